namespace Seed.BookingsInvoicing.Sync;

using Microsoft.Inventory.Item;
using Seed.BookingsInvoicing.Setup;

/// <summary>
/// Two-way service sync, BC master for name and price. 1) Each Bookings service is mapped to an item of Type Service
/// (created from the default item template when unmapped) and corrected in Bookings when the item differs.
/// 2) Only when an Item Filter is set on the setup: unmapped service items in that filter are created in Bookings
/// (no filter = BC items are never published to Bookings by accident).
/// </summary>
codeunit 70470033 "BKI Service Sync"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;
    Permissions = tabledata Item = r,
                  tabledata "BKI Booking Service Mapping" = rim,
                  tabledata "BKI Booking Sync Setup" = rm;

    var
        BKISyncLogMgt: Codeunit "BKI Sync Log Mgt.";
        BKIJsonHelper: Codeunit "BKI Json Helper";
        ServicesKeyTok: Label 'services', Locked = true;

    procedure Sync(var BKISyncLog: Record "BKI Sync Log")
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        RunStartedAt: DateTime;
        ReadOk: Boolean;
    begin
        RunStartedAt := CurrentDateTime();
        BKIBookingSyncSetup.GetSetup();
        ReadOk := PullServices(BKISyncLog, BKIBookingSyncSetup);
        if ReadOk then
            PushItems(BKISyncLog, BKIBookingSyncSetup);
        BKIBookingSyncSetup.Get();
        if ReadOk then
            BKIBookingSyncSetup."Last Service Sync" := RunStartedAt;
        BKIBookingSyncSetup.Modify();
        Commit();
    end;

    local procedure PullServices(var BKISyncLog: Record "BKI Sync Log"; BKIBookingSyncSetup: Record "BKI Booking Sync Setup"): Boolean
    var
        BKIGraphClient: Codeunit "BKI Graph Client";
        BKIGraphFetch: Codeunit "BKI Graph Fetch";
        BKIProcessBookingService: Codeunit "BKI Process Booking Service";
        Values: JsonArray;
        Item: JsonToken;
    begin
        BKIGraphFetch.SetPath(BKIGraphClient.BusinessPath() + '/services');
        Commit(); // Codeunit.Run needs a clean transaction.
        if not BKIGraphFetch.Run() then begin
            BKISyncLogMgt.LogLastError(BKISyncLog."Entry No.", Enum::"BKI Sync Entity"::Service, ServicesKeyTok);
            BKISyncLog.Failed += 1;
            Commit();
            exit(false);
        end;
        BKIGraphFetch.GetValues(Values);
        foreach Item in Values do begin
            Clear(BKIProcessBookingService);
            BKIProcessBookingService.SetContext(BKIBookingSyncSetup."Business ID", BKIBookingSyncSetup."Default Item Templ.");
            if Item.IsObject() then
                BKIProcessBookingService.SetService(Item.AsObject());
            if BKIProcessBookingService.Run() then
                BKISyncLog.AddOutcome(BKIProcessBookingService.GetOutcome())
            else begin
                BKISyncLogMgt.LogLastError(BKISyncLog."Entry No.", Enum::"BKI Sync Entity"::Service, ServiceKeyOf(Item));
                BKISyncLog.AddOutcome(Enum::"BKI Sync Outcome"::Failed);
            end;
            Commit(); // One transaction per service: a later failure never undoes an item already created and mapped.
        end;
        exit(true);
    end;

    local procedure PushItems(var BKISyncLog: Record "BKI Sync Log"; BKIBookingSyncSetup: Record "BKI Booking Sync Setup")
    var
        ServiceItem: Record Item;
        BKIBookingServiceMapping: Record "BKI Booking Service Mapping";
        BKICustomerSync: Codeunit "BKI Customer Sync";
        BKIPushService: Codeunit "BKI Push Service";
        FilterView: Text;
    begin
        FilterView := BKICustomerSync.ReadFilterView(BKIBookingSyncSetup, BKIBookingSyncSetup.FieldNo("Item Filter"));
        if FilterView = '' then
            exit;
        ServiceItem.SetView(FilterView);
        ServiceItem.SetRange(Type, ServiceItem.Type::Service);
        ServiceItem.SetRange(Blocked, false);
        if not ServiceItem.FindSet() then
            exit;
        BKIBookingServiceMapping.SetCurrentKey("Item No.");
        repeat
            BKIBookingServiceMapping.SetRange("Business ID", BKIBookingSyncSetup."Business ID");
            BKIBookingServiceMapping.SetRange("Item No.", ServiceItem."No.");
            if BKIBookingServiceMapping.IsEmpty() then begin
                Clear(BKIPushService);
                BKIPushService.SetContext(BKIBookingSyncSetup."Business ID");
                if BKIPushService.Run(ServiceItem) then
                    BKISyncLog.AddOutcome(Enum::"BKI Sync Outcome"::Created)
                else begin
                    BKISyncLogMgt.LogLastError(BKISyncLog."Entry No.", Enum::"BKI Sync Entity"::Service, ServiceItem."No.");
                    BKISyncLog.AddOutcome(Enum::"BKI Sync Outcome"::Failed);
                end;
                Commit(); // One transaction per item sent, so the mapping of a created service is kept.
            end;
        until ServiceItem.Next() = 0;
    end;

    local procedure ServiceKeyOf(Item: JsonToken): Text
    begin
        if not Item.IsObject() then
            exit('');
        exit(BKIJsonHelper.GetText(Item.AsObject(), 'displayName'));
    end;
}

namespace Seed.BookingsInvoicing.Sync;

using Microsoft.Foundation.UOM;
using Microsoft.Inventory.Item;
using Seed.BookingsInvoicing.Setup;
using System.Utilities;

/// <summary>
/// Brings one Bookings service into BC, in one Codeunit.Run. BC IS MASTER for name and price (as in the original
/// feature): a mapped service whose name or price differs from its item is corrected in Bookings (PATCH); an unmapped
/// service creates an item of Type Service from the default item template, with the Bookings name and price, and a mapping.
/// </summary>
codeunit 70470040 "BKI Process Booking Service"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;
    Permissions = tabledata Item = rim,
                  tabledata "Unit of Measure" = r,
                  tabledata "BKI Booking Service Mapping" = rimd;

    var
        BKIJsonHelper: Codeunit "BKI Json Helper";
        ServiceJson: JsonObject;
        BusinessId: Text[250];
        ItemTemplateCode: Code[20];
        Outcome: Enum "BKI Sync Outcome";
        HourUnitOfMeasureTok: Label 'HOUR', Locked = true;
        TemplateFailedErr: Label 'Item template %1 could not create an item for Bookings service %2.', Comment = '%1 = template code, %2 = service name';

    trigger OnRun()
    begin
        Outcome := Outcome::Skipped;
        ProcessService();
    end;

    procedure SetContext(NewBusinessId: Text[250]; NewItemTemplateCode: Code[20])
    begin
        BusinessId := NewBusinessId;
        ItemTemplateCode := NewItemTemplateCode;
    end;

    procedure SetService(NewServiceJson: JsonObject)
    begin
        ServiceJson := NewServiceJson;
    end;

    procedure GetOutcome(): Enum "BKI Sync Outcome"
    begin
        exit(Outcome);
    end;

    local procedure ProcessService()
    var
        BKIBookingServiceMapping: Record "BKI Booking Service Mapping";
        Item: Record Item;
        ServiceId: Text;
        ServiceName: Text;
        ServicePrice: Decimal;
    begin
        ServiceId := BKIJsonHelper.GetRequiredText(ServiceJson, 'id', 'service');
        ServiceName := BKIJsonHelper.GetText(ServiceJson, 'displayName');
        ServicePrice := BKIJsonHelper.GetDecimal(ServiceJson, 'defaultPrice');

        if BKIBookingServiceMapping.Get(BusinessId, CopyStr(ServiceId, 1, MaxStrLen(BKIBookingServiceMapping."Service ID"))) then
            if Item.Get(BKIBookingServiceMapping."Item No.") then begin
                // BC is master; an item without a description never blanks the service's name in Bookings.
                if (Item.Description <> '') and ((Item.Description <> ServiceName) or (Item."Unit Price" <> ServicePrice)) then begin
                    SendItemToBookings(ServiceId, Item);
                    Outcome := Outcome::Updated;
                end;
                BKIBookingServiceMapping."Service Name" := Item.Description;
                BKIBookingServiceMapping."Last Synced At" := CurrentDateTime();
                BKIBookingServiceMapping.Modify();
                exit;
            end else
                BKIBookingServiceMapping.Delete(); // The item was deleted in BC: map the service again below.

        // A new item needs the service's name: a missing or non-text displayName is an error row, nothing is created.
        ServiceName := BKIJsonHelper.GetRequiredText(ServiceJson, 'displayName', 'service');
        CreateItem(Item, ServiceName, ServicePrice);
        BKIBookingServiceMapping.Init();
        BKIBookingServiceMapping."Business ID" := BusinessId;
        BKIBookingServiceMapping."Service ID" := CopyStr(ServiceId, 1, MaxStrLen(BKIBookingServiceMapping."Service ID"));
        BKIBookingServiceMapping."Item No." := Item."No.";
        BKIBookingServiceMapping."Service Name" := Item.Description;
        BKIBookingServiceMapping."Last Synced At" := CurrentDateTime();
        BKIBookingServiceMapping.Insert();
        Outcome := Outcome::Created;
    end;

    local procedure CreateItem(var Item: Record Item; ServiceName: Text; ServicePrice: Decimal)
    var
        UnitOfMeasure: Record "Unit of Measure";
        ItemTemplMgt: Codeunit "Item Templ. Mgt.";
        IsHandled: Boolean;
    begin
        if ItemTemplateCode <> '' then begin
            if not ItemTemplMgt.CreateItemFromTemplate(Item, IsHandled, ItemTemplateCode) then
                Error(TemplateFailedErr, ItemTemplateCode, ServiceName);
        end else begin
            Item.Init();
            Item.Insert(true);
        end;
        Item.Validate(Type, Item.Type::Service);
        Item.Validate(Description, CopyStr(ServiceName, 1, MaxStrLen(Item.Description)));
        // The template should give the unit of measure; without one, services are sold by the hour when BC has HOUR.
        if Item."Base Unit of Measure" = '' then
            if UnitOfMeasure.Get(HourUnitOfMeasureTok) then
                Item.Validate("Base Unit of Measure", UnitOfMeasure.Code);
        Item.Validate("Unit Price", ServicePrice);
        Item.Modify(true);
    end;

    local procedure SendItemToBookings(ServiceId: Text; Item: Record Item)
    var
        BKIGraphClient: Codeunit "BKI Graph Client";
        Uri: Codeunit Uri;
        Body: JsonObject;
    begin
        Body.Add('@odata.type', '#microsoft.graph.bookingService');
        Body.Add('displayName', Item.Description);
        Body.Add('defaultPrice', Item."Unit Price");
        BKIGraphClient.PatchJson(BKIGraphClient.BusinessPath() + '/services/' + Uri.EscapeDataString(ServiceId), Body);
    end;
}

namespace Seed.BookingsInvoicing.Sync;

using Microsoft.Inventory.Item;
using Seed.BookingsInvoicing.Setup;

/// <summary>Creates one Bookings service from a BC service item (name, fixed price, one hour) and maps it.</summary>
codeunit 70470045 "BKI Push Service"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;
    TableNo = Item;
    Permissions = tabledata "BKI Booking Service Mapping" = ri;

    var
        BusinessId: Text[250];

    trigger OnRun()
    var
        BKIBookingServiceMapping: Record "BKI Booking Service Mapping";
        BKIGraphClient: Codeunit "BKI Graph Client";
        BKIJsonHelper: Codeunit "BKI Json Helper";
        Body: JsonObject;
        Response: JsonObject;
    begin
        Body.Add('@odata.type', '#microsoft.graph.bookingService');
        Body.Add('displayName', Rec.Description);
        Body.Add('defaultPrice', Rec."Unit Price");
        Body.Add('defaultPriceType', 'fixedPrice');
        Body.Add('defaultDuration', 'PT1H');
        Response := BKIGraphClient.PostJson(BKIGraphClient.BusinessPath() + '/services', Body);

        BKIBookingServiceMapping.Init();
        BKIBookingServiceMapping."Business ID" := BusinessId;
        BKIBookingServiceMapping."Service ID" := CopyStr(BKIJsonHelper.GetRequiredText(Response, 'id', 'service'), 1, MaxStrLen(BKIBookingServiceMapping."Service ID"));
        BKIBookingServiceMapping."Item No." := Rec."No.";
        BKIBookingServiceMapping."Service Name" := Rec.Description;
        BKIBookingServiceMapping."Last Synced At" := CurrentDateTime();
        BKIBookingServiceMapping.Insert();
    end;

    procedure SetContext(NewBusinessId: Text[250])
    begin
        BusinessId := NewBusinessId;
    end;
}

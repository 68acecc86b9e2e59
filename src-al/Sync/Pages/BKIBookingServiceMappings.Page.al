namespace Seed.BookingsInvoicing.Sync;

/// <summary>Which BC service item invoices which Bookings service. Change the item to invoice a service differently.</summary>
page 70470024 "BKI Booking Service Mappings"
{
    Caption = 'Bookings Service Mappings';
    PageType = List;
    SourceTable = "BKI Booking Service Mapping";
    UsageCategory = Lists;
    ApplicationArea = All;
    AdditionalSearchTerms = 'Bookings services, service items';

    layout
    {
        area(Content)
        {
            repeater(Mappings)
            {
                field("Service Name"; Rec."Service Name")
                {
                    ToolTip = 'Specifies the name of the Bookings service.';
                    Editable = false;
                }
                field("Item No."; Rec."Item No.")
                {
                    ToolTip = 'Specifies the service item that invoices appointments of this service.';
                }
                field("Service ID"; Rec."Service ID")
                {
                    ToolTip = 'Specifies the ID of the service in Bookings.';
                    Editable = false;
                    Visible = false;
                }
                field("Last Synced At"; Rec."Last Synced At")
                {
                    ToolTip = 'Specifies when the service was last synchronized.';
                    Editable = false;
                }
            }
        }
    }
}

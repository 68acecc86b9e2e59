namespace Seed.BookingsInvoicing.Sync;

using Microsoft.Inventory.Item;

/// <summary>Links a Bookings service (by ID) to the BC item of Type Service that invoices it.</summary>
table 70470012 "BKI Booking Service Mapping"
{
    Caption = 'Booking Service Mapping';
    DataClassification = CustomerContent;
    DrillDownPageId = "BKI Booking Service Mappings";
    LookupPageId = "BKI Booking Service Mappings";
    Access = Public;

    fields
    {
        field(1; "Business ID"; Text[250])
        {
            Caption = 'Business ID';
            DataClassification = OrganizationIdentifiableInformation;
        }
        field(2; "Service ID"; Text[100])
        {
            Caption = 'Service ID';
            DataClassification = SystemMetadata;
        }
        field(10; "Item No."; Code[20])
        {
            Caption = 'Item No.';
            DataClassification = CustomerContent;
            TableRelation = Item where(Type = const(Service));
        }
        field(11; "Service Name"; Text[100])
        {
            Caption = 'Service Name';
            DataClassification = CustomerContent;
        }
        field(12; "Last Synced At"; DateTime)
        {
            Caption = 'Last Synced At';
            DataClassification = SystemMetadata;
        }
    }

    keys
    {
        key(PK; "Business ID", "Service ID")
        {
            Clustered = true;
        }
        key(ByItem; "Item No.")
        {
        }
    }
}

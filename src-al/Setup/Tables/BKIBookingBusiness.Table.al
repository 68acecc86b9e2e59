namespace Seed.BookingsInvoicing.Setup;

/// <summary>
/// A Bookings business read from Microsoft Graph, shown in the business selection list. Temporary only.
/// </summary>
table 70470001 "BKI Booking Business"
{
    Caption = 'Bookings Business';
    TableType = Temporary;
    DataClassification = CustomerContent;
    Access = Internal;
    LookupPageId = "BKI Booking Businesses";
    DrillDownPageId = "BKI Booking Businesses";

    fields
    {
        field(1; Id; Text[250])
        {
            Caption = 'Business ID';
            DataClassification = OrganizationIdentifiableInformation;
        }
        field(2; "Display Name"; Text[250])
        {
            Caption = 'Name';
            DataClassification = OrganizationIdentifiableInformation;
        }
        field(3; "E-Mail"; Text[250])
        {
            Caption = 'Email';
            DataClassification = OrganizationIdentifiableInformation;
            ExtendedDatatype = EMail;
        }
        field(4; "Time Zone"; Text[100])
        {
            Caption = 'Time Zone';
            DataClassification = SystemMetadata;
        }
        field(5; "Currency Code"; Code[10])
        {
            Caption = 'Currency';
            DataClassification = SystemMetadata;
        }
        field(6; Phone; Text[50])
        {
            Caption = 'Phone';
            DataClassification = OrganizationIdentifiableInformation;
            ExtendedDatatype = PhoneNo;
        }
        field(7; "Details Loaded"; Boolean)
        {
            Caption = 'Details Loaded';
            DataClassification = SystemMetadata;
        }
        field(8; "Details Error"; Text[250])
        {
            Caption = 'Details Error';
            DataClassification = SystemMetadata;
        }
        field(9; "Sort Order"; Integer)
        {
            Caption = 'Sort Order';
            DataClassification = SystemMetadata;
        }
    }

    keys
    {
        key(PK; Id)
        {
            Clustered = true;
        }
        key(Sorting; "Sort Order")
        {
        }
    }
}

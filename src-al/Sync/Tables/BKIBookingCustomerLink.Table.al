namespace Seed.BookingsInvoicing.Sync;

using Microsoft.Sales.Customer;

/// <summary>
/// Links a Bookings customer to the one BC customer with the same e-mail (compared case-insensitively).
/// "E-Mail (Lower)" is unique per business, so one e-mail never gets a second BC customer.
/// </summary>
table 70470013 "BKI Booking Customer Link"
{
    Caption = 'Booking Customer Link';
    DataClassification = CustomerContent;
    Access = Public;

    fields
    {
        field(1; "Business ID"; Text[250])
        {
            Caption = 'Business ID';
            DataClassification = OrganizationIdentifiableInformation;
        }
        field(2; "E-Mail (Lower)"; Text[80])
        {
            Caption = 'Email (Lower Case)';
            DataClassification = EndUserIdentifiableInformation;
        }
        field(10; "Bookings Customer ID"; Text[100])
        {
            Caption = 'Bookings Customer ID';
            DataClassification = EndUserPseudonymousIdentifiers;
        }
        field(11; "Customer No."; Code[20])
        {
            Caption = 'Customer No.';
            DataClassification = CustomerContent;
            TableRelation = Customer;
        }
        field(12; "Last Synced At"; DateTime)
        {
            Caption = 'Last Synced At';
            DataClassification = SystemMetadata;
        }
    }

    keys
    {
        key(PK; "Business ID", "E-Mail (Lower)")
        {
            Clustered = true;
        }
        key(ByBookingsId; "Business ID", "Bookings Customer ID")
        {
        }
        key(ByCustomer; "Customer No.")
        {
        }
    }
}

namespace Seed.BookingsInvoicing.Sync;

using Microsoft.Finance.Currency;

/// <summary>
/// One Bookings appointment as read from Graph calendarView. Graph v1.0 has no invoice properties, so the invoiced
/// state lives here (kept in step with table "BKI Booking Invoice Link"). Start and end are UTC instants; "Local Date"
/// and "Local Time" are the start in the business time zone, used for the list and invoice descriptions.
/// </summary>
table 70470010 "BKI Booking Appointment"
{
    Caption = 'Booking Appointment';
    DataClassification = CustomerContent;
    DrillDownPageId = "BKI Booking Appointments";
    LookupPageId = "BKI Booking Appointments";
    Access = Public;

    fields
    {
        field(1; "Business ID"; Text[250])
        {
            Caption = 'Business ID';
            DataClassification = OrganizationIdentifiableInformation;
        }
        field(2; "Appointment ID"; Text[250])
        {
            Caption = 'Appointment ID';
            DataClassification = SystemMetadata;
        }
        field(10; "Start Date Time (UTC)"; DateTime)
        {
            Caption = 'Start Date Time (UTC)';
            DataClassification = CustomerContent;
        }
        field(11; "End Date Time (UTC)"; DateTime)
        {
            Caption = 'End Date Time (UTC)';
            DataClassification = CustomerContent;
        }
        field(12; "Local Date"; Date)
        {
            Caption = 'Date';
            ToolTip = 'Specifies the start date of the appointment in the time zone of the Bookings business.';
            DataClassification = CustomerContent;
        }
        field(13; "Local Time"; Time)
        {
            Caption = 'Time';
            ToolTip = 'Specifies the start time of the appointment in the time zone of the Bookings business.';
            DataClassification = CustomerContent;
        }
        field(14; "Duration (Min.)"; Integer)
        {
            Caption = 'Duration (Min.)';
            DataClassification = CustomerContent;
        }
        field(20; "Service ID"; Text[100])
        {
            Caption = 'Service ID';
            DataClassification = SystemMetadata;
        }
        field(21; "Service Name"; Text[100])
        {
            Caption = 'Service';
            DataClassification = CustomerContent;
        }
        field(22; "Staff Member IDs"; Text[2048])
        {
            Caption = 'Staff Member IDs';
            DataClassification = EndUserPseudonymousIdentifiers;
        }
        field(23; "Staff Names"; Text[250])
        {
            Caption = 'Staff';
            DataClassification = EndUserIdentifiableInformation;
        }
        field(30; "Customer Count"; Integer)
        {
            Caption = 'Customer Count';
            DataClassification = SystemMetadata;
        }
        field(31; "First Customer Name"; Text[100])
        {
            Caption = 'Customer Name';
            DataClassification = EndUserIdentifiableInformation;
        }
        field(32; "First Customer E-Mail"; Text[80])
        {
            Caption = 'Customer Email';
            DataClassification = EndUserIdentifiableInformation;
            ExtendedDatatype = EMail;
        }
        field(33; "First Customer Key"; Text[100])
        {
            Caption = 'First Customer Key';
            ToolTip = 'Specifies the key of the first customer of the appointment (the Bookings customer ID, or the e-mail when Bookings sends none).';
            DataClassification = EndUserPseudonymousIdentifiers;
            Editable = false;
        }
        field(40; Price; Decimal)
        {
            Caption = 'Price';
            DataClassification = CustomerContent;
            AutoFormatType = 2;
            AutoFormatExpression = "Currency Code";
        }
        field(41; "Price Type"; Enum "BKI Booking Price Type")
        {
            Caption = 'Price Type';
            DataClassification = CustomerContent;
        }
        field(42; "Currency Code"; Code[10])
        {
            Caption = 'Currency Code';
            DataClassification = CustomerContent;
            TableRelation = Currency;
        }
        field(50; Cancelled; Boolean)
        {
            Caption = 'Cancelled';
            DataClassification = CustomerContent;
        }
        field(51; "Cancelled At"; DateTime)
        {
            Caption = 'Cancelled At';
            DataClassification = SystemMetadata;
        }
        field(60; "Invoice Status"; Enum "BKI Appt. Invoice Status")
        {
            Caption = 'Invoice Status';
            DataClassification = CustomerContent;
            Editable = false;
        }
        field(61; "Invoice No."; Code[20])
        {
            Caption = 'Invoice No.';
            DataClassification = CustomerContent;
            Editable = false;
        }
        field(62; "Invoice Posted"; Boolean)
        {
            Caption = 'Invoice Posted';
            DataClassification = CustomerContent;
            Editable = false;
        }
        field(63; "Invoice Link Count"; Integer)
        {
            Caption = 'Invoice Link Count';
            ToolTip = 'Specifies how many customers of the appointment are on an invoice or marked as invoiced.';
            DataClassification = SystemMetadata;
            Editable = false;
        }
        field(70; "Graph Last Updated"; DateTime)
        {
            Caption = 'Last Updated in Bookings';
            DataClassification = SystemMetadata;
        }
        field(71; "Last Seen Run No."; Integer)
        {
            Caption = 'Last Seen Sync Run';
            DataClassification = SystemMetadata;
        }
        field(72; "Customers Complete"; Boolean)
        {
            Caption = 'Customers Complete';
            DataClassification = SystemMetadata;
        }
    }

    keys
    {
        key(PK; "Business ID", "Appointment ID")
        {
            Clustered = true;
        }
        key(ByStart; "Business ID", "Start Date Time (UTC)")
        {
        }
        key(NotInvoiced; "Business ID", "Invoice Status", Cancelled, "End Date Time (UTC)")
        {
        }
    }

    trigger OnDelete()
    var
        BKIBookingApptCustomer: Record "BKI Booking Appt. Customer";
    begin
        BKIBookingApptCustomer.SetRange("Business ID", "Business ID");
        BKIBookingApptCustomer.SetRange("Appointment ID", "Appointment ID");
        BKIBookingApptCustomer.DeleteAll();
    end;

    /// <summary>Tells whether the appointment has ended (its end time has passed).</summary>
    procedure IsCompleted(): Boolean
    begin
        exit(("End Date Time (UTC)" <> 0DT) and ("End Date Time (UTC)" < CurrentDateTime()));
    end;

    /// <summary>Filters the records to the appointments that can still be invoiced: completed, not cancelled, not (fully) invoiced.</summary>
    procedure SetNotInvoicedFilter(BusinessId: Text[250])
    begin
        SetRange("Business ID", BusinessId);
        SetRange(Cancelled, false);
        SetFilter("Invoice Status", '%1|%2', "Invoice Status"::"Not Invoiced", "Invoice Status"::"Partly Invoiced");
        SetFilter("End Date Time (UTC)", '<>%1&<%2', 0DT, CurrentDateTime());
    end;
}

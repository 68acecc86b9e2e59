namespace Seed.BookingsInvoicing.Sync;

/// <summary>
/// One customer of an appointment (Graph bookingCustomerInformation). An appointment with several customers has
/// several rows; each customer is invoiced on his or her own invoice. "Customer Key" is the Bookings customer ID,
/// or the lower-case e-mail when Graph sends none.
/// </summary>
table 70470011 "BKI Booking Appt. Customer"
{
    Caption = 'Booking Appointment Customer';
    DataClassification = CustomerContent;
    Access = Public;

    fields
    {
        field(1; "Business ID"; Text[250])
        {
            Caption = 'Business ID';
            DataClassification = OrganizationIdentifiableInformation;
            TableRelation = "BKI Booking Appointment"."Business ID";
        }
        field(2; "Appointment ID"; Text[250])
        {
            Caption = 'Appointment ID';
            DataClassification = SystemMetadata;
            TableRelation = "BKI Booking Appointment"."Appointment ID" where("Business ID" = field("Business ID"));
        }
        field(3; "Customer Key"; Text[100])
        {
            Caption = 'Customer Key';
            DataClassification = EndUserPseudonymousIdentifiers;
        }
        field(10; "Bookings Customer ID"; Text[100])
        {
            Caption = 'Bookings Customer ID';
            DataClassification = EndUserPseudonymousIdentifiers;
        }
        field(11; Name; Text[100])
        {
            Caption = 'Name';
            DataClassification = EndUserIdentifiableInformation;
        }
        field(12; "E-Mail"; Text[80])
        {
            Caption = 'Email';
            DataClassification = EndUserIdentifiableInformation;
            ExtendedDatatype = EMail;
        }
        field(13; Phone; Text[30])
        {
            Caption = 'Phone';
            DataClassification = EndUserIdentifiableInformation;
            ExtendedDatatype = PhoneNo;
        }
        field(14; "Time Zone"; Text[100])
        {
            Caption = 'Time Zone';
            DataClassification = CustomerContent;
        }
        field(20; Sequence; Integer)
        {
            Caption = 'Sequence';
            DataClassification = SystemMetadata;
        }
    }

    keys
    {
        key(PK; "Business ID", "Appointment ID", "Customer Key")
        {
            Clustered = true;
        }
        key(BySequence; "Business ID", "Appointment ID", Sequence)
        {
        }
    }

    /// <summary>The key of a customer of an appointment: the Bookings customer ID, else the lower-case e-mail, else a placeholder.</summary>
    procedure BuildCustomerKey(BookingsCustomerId: Text; EMail: Text): Text[100]
    begin
        if BookingsCustomerId <> '' then
            exit(CopyStr(BookingsCustomerId, 1, 100));
        if EMail <> '' then
            exit(CopyStr('mailto:' + EMail.ToLower(), 1, 100));
        exit(NoCustomerKey());
    end;

    /// <summary>The customer key used for an appointment without any customer.</summary>
    procedure NoCustomerKey(): Text[100]
    begin
        exit('-');
    end;
}

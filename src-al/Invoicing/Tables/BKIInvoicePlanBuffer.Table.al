namespace Seed.BookingsInvoicing.Invoicing;

using Microsoft.Finance.Currency;
using Microsoft.Sales.Customer;
using Seed.BookingsInvoicing.Sync;

/// <summary>
/// Temporary plan of the invoices to create (Preview) and, after creating, the result: one Invoice row per planned
/// invoice, its Line rows in date order, and Problem rows with the reason and what to open to fix it.
/// </summary>
table 70470021 "BKI Invoice Plan Buffer"
{
    Caption = 'Invoice Plan Buffer';
    TableType = Temporary;
    DataClassification = CustomerContent;
    Access = Public;

    fields
    {
        field(1; "Entry No."; Integer)
        {
            Caption = 'Entry No.';
            DataClassification = SystemMetadata;
        }
        field(2; "Line Type"; Enum "BKI Invoice Plan Line Type")
        {
            Caption = 'Type';
            DataClassification = SystemMetadata;
        }
        field(3; "Group Key"; Text[250])
        {
            Caption = 'Invoice Group';
            DataClassification = SystemMetadata;
        }
        field(10; "Customer No."; Code[20])
        {
            Caption = 'Customer No.';
            DataClassification = CustomerContent;
            TableRelation = Customer;
        }
        field(11; "Customer Name"; Text[100])
        {
            Caption = 'Customer Name';
            DataClassification = EndUserIdentifiableInformation;
        }
        field(12; "Customer E-Mail"; Text[80])
        {
            Caption = 'Customer Email';
            DataClassification = EndUserIdentifiableInformation;
        }
        field(13; "Create Customer"; Boolean)
        {
            Caption = 'New Customer from Template';
            DataClassification = SystemMetadata;
        }
        field(20; "Business ID"; Text[250])
        {
            Caption = 'Business ID';
            DataClassification = OrganizationIdentifiableInformation;
        }
        field(21; "Appointment ID"; Text[250])
        {
            Caption = 'Appointment ID';
            DataClassification = SystemMetadata;
        }
        field(22; "Customer Key"; Text[100])
        {
            Caption = 'Customer Key';
            DataClassification = EndUserPseudonymousIdentifiers;
        }
        field(23; "Appointment SystemId"; Guid)
        {
            Caption = 'Appointment SystemId';
            DataClassification = SystemMetadata;
        }
        field(24; "Start Date Time (UTC)"; DateTime)
        {
            Caption = 'Start Date Time (UTC)';
            DataClassification = CustomerContent;
        }
        field(25; "Local Date"; Date)
        {
            Caption = 'Date';
            DataClassification = CustomerContent;
        }
        field(26; "Local Time"; Time)
        {
            Caption = 'Time';
            DataClassification = CustomerContent;
        }
        field(30; "Item No."; Code[20])
        {
            Caption = 'Item No.';
            DataClassification = CustomerContent;
        }
        field(31; Description; Text[100])
        {
            Caption = 'Description';
            DataClassification = CustomerContent;
        }
        field(32; "Description 2"; Text[50])
        {
            Caption = 'Description 2';
            DataClassification = CustomerContent;
        }
        field(33; Quantity; Decimal)
        {
            Caption = 'Quantity';
            DataClassification = CustomerContent;
            DecimalPlaces = 0 : 5;
        }
        field(34; "Unit Price"; Decimal)
        {
            Caption = 'Unit Price';
            DataClassification = CustomerContent;
            AutoFormatType = 2;
            AutoFormatExpression = "Currency Code";
        }
        field(35; Amount; Decimal)
        {
            Caption = 'Amount';
            DataClassification = CustomerContent;
            AutoFormatType = 1;
            AutoFormatExpression = "Currency Code";
        }
        field(36; "Currency Code"; Code[10])
        {
            Caption = 'Currency Code';
            DataClassification = CustomerContent;
            TableRelation = Currency;
        }
        field(37; "Price Type"; Enum "BKI Booking Price Type")
        {
            Caption = 'Price Type';
            DataClassification = CustomerContent;
        }
        field(38; "Price Needed"; Boolean)
        {
            Caption = 'Price Needed';
            DataClassification = SystemMetadata;
        }
        field(39; "Line Count"; Integer)
        {
            Caption = 'Lines';
            DataClassification = SystemMetadata;
        }
        field(40; Problem; Text[250])
        {
            Caption = 'Problem';
            DataClassification = CustomerContent;
        }
        field(43; Status; Text[50])
        {
            Caption = 'Status';
            DataClassification = SystemMetadata;
        }
        field(41; "Fix Action"; Enum "BKI Invoice Fix Action")
        {
            Caption = 'Fix';
            DataClassification = SystemMetadata;
        }
        field(42; "Fix Record ID"; RecordId)
        {
            Caption = 'Fix Record ID';
            DataClassification = SystemMetadata;
        }
        field(50; "Document No."; Code[20])
        {
            Caption = 'Invoice No.';
            DataClassification = CustomerContent;
        }
        field(51; "Document Line No."; Integer)
        {
            Caption = 'Invoice Line No.';
            DataClassification = SystemMetadata;
        }
    }

    keys
    {
        key(PK; "Entry No.")
        {
            Clustered = true;
        }
        key(ByGroup; "Group Key", "Line Type", "Start Date Time (UTC)", "Customer Key")
        {
        }
        key(ByAppointment; "Business ID", "Appointment ID", "Customer Key")
        {
        }
    }
}

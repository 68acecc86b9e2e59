namespace Seed.BookingsInvoicing.Invoicing;

using Microsoft.Sales.Customer;
using Seed.BookingsInvoicing.Sync;

/// <summary>
/// Exactly-once invoicing. One row per (business, appointment, appointment customer) that is billed, pointing to the
/// draft invoice line, the posted invoice line, or "Marked as Invoiced". The primary key makes a second invoice for the
/// same appointment customer impossible; rows are written in the same transaction as the invoice line and kept in step
/// when lines or drafts are deleted and when invoices are posted (codeunit "BKI Invoice Link Mgt.").
/// </summary>
table 70470020 "BKI Booking Invoice Link"
{
    Caption = 'Booking Invoice Link';
    DataClassification = CustomerContent;
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
            TableRelation = "BKI Booking Appointment"."Appointment ID" where("Business ID" = field("Business ID"));
            ValidateTableRelation = false;
        }
        field(3; "Customer Key"; Text[100])
        {
            Caption = 'Customer Key';
            DataClassification = EndUserPseudonymousIdentifiers;
        }
        field(10; "Document Type"; Enum "BKI Invoice Link Doc. Type")
        {
            Caption = 'Document Type';
            DataClassification = CustomerContent;
        }
        field(11; "Document No."; Code[20])
        {
            Caption = 'Document No.';
            DataClassification = CustomerContent;
        }
        field(12; "Line No."; Integer)
        {
            Caption = 'Line No.';
            DataClassification = CustomerContent;
        }
        field(13; "Customer No."; Code[20])
        {
            Caption = 'Customer No.';
            DataClassification = CustomerContent;
            TableRelation = Customer;
        }
        field(14; "Linked At"; DateTime)
        {
            Caption = 'Linked At';
            DataClassification = SystemMetadata;
        }
        field(15; "Linked By"; Code[50])
        {
            Caption = 'Linked By';
            DataClassification = EndUserIdentifiableInformation;
        }
    }

    keys
    {
        key(PK; "Business ID", "Appointment ID", "Customer Key")
        {
            Clustered = true;
        }
        key(ByDocument; "Document Type", "Document No.", "Line No.")
        {
        }
    }
}

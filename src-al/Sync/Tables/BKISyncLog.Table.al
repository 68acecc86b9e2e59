namespace Seed.BookingsInvoicing.Sync;

using System.Security.AccessControl;

/// <summary>
/// One synchronization run: when, who, how it ended, and what it did. A row with Status Running and the session
/// that owns it is also the "one run at a time per company" guard.
/// </summary>
table 70470014 "BKI Sync Log"
{
    Caption = 'Bookings Sync Log';
    DataClassification = SystemMetadata;
    DrillDownPageId = "BKI Sync Log";
    LookupPageId = "BKI Sync Log";
    Access = Public;

    fields
    {
        field(1; "Entry No."; Integer)
        {
            Caption = 'Entry No.';
            AutoIncrement = true;
            DataClassification = SystemMetadata;
        }
        field(2; "Started At"; DateTime)
        {
            Caption = 'Started At';
            DataClassification = SystemMetadata;
        }
        field(3; "Ended At"; DateTime)
        {
            Caption = 'Ended At';
            DataClassification = SystemMetadata;
        }
        field(4; Status; Enum "BKI Sync Status")
        {
            Caption = 'Status';
            DataClassification = SystemMetadata;
        }
        field(5; "User ID"; Code[50])
        {
            Caption = 'User ID';
            DataClassification = EndUserIdentifiableInformation;
            TableRelation = User."User Name";
            ValidateTableRelation = false;
        }
        field(6; "Session ID"; Integer)
        {
            Caption = 'Session ID';
            DataClassification = SystemMetadata;
        }
        field(7; "Server Instance ID"; Integer)
        {
            Caption = 'Server Instance ID';
            DataClassification = SystemMetadata;
        }
        field(8; "Business ID"; Text[250])
        {
            Caption = 'Business ID';
            DataClassification = OrganizationIdentifiableInformation;
        }
        field(10; Created; Integer)
        {
            Caption = 'Created';
            DataClassification = SystemMetadata;
        }
        field(11; Updated; Integer)
        {
            Caption = 'Updated';
            DataClassification = SystemMetadata;
        }
        field(12; Skipped; Integer)
        {
            Caption = 'Skipped';
            DataClassification = SystemMetadata;
        }
        field(13; Failed; Integer)
        {
            Caption = 'Failed';
            DataClassification = SystemMetadata;
        }
        field(14; Cancelled; Integer)
        {
            Caption = 'Marked Cancelled';
            DataClassification = SystemMetadata;
        }
        field(20; "Error Count"; Integer)
        {
            Caption = 'Errors';
            FieldClass = FlowField;
            CalcFormula = count("BKI Sync Log Error" where("Log Entry No." = field("Entry No.")));
            Editable = false;
        }
        field(21; Summary; Text[250])
        {
            Caption = 'Summary';
            DataClassification = SystemMetadata;
        }
        field(22; "Run Error"; Text[2048])
        {
            Caption = 'Run Error';
            DataClassification = SystemMetadata;
        }
    }

    keys
    {
        key(PK; "Entry No.")
        {
            Clustered = true;
        }
        key(ByStatus; Status)
        {
        }
    }

    /// <summary>Adds the outcome of one processed record to the counters.</summary>
    procedure AddOutcome(Outcome: Enum "BKI Sync Outcome")
    begin
        case Outcome of
            Outcome::Created:
                Created += 1;
            Outcome::Updated:
                Updated += 1;
            Outcome::Skipped:
                Skipped += 1;
            Outcome::Failed:
                Failed += 1;
        end;
    end;
}

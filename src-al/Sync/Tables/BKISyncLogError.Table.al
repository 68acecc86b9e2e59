namespace Seed.BookingsInvoicing.Sync;

/// <summary>One failed record (or failed request) of a sync run, with the error that stopped it.</summary>
table 70470015 "BKI Sync Log Error"
{
    Caption = 'Bookings Sync Log Error';
    DataClassification = SystemMetadata;
    DrillDownPageId = "BKI Sync Log Errors";
    LookupPageId = "BKI Sync Log Errors";
    Access = Public;

    fields
    {
        field(1; "Entry No."; Integer)
        {
            Caption = 'Entry No.';
            AutoIncrement = true;
            DataClassification = SystemMetadata;
        }
        field(2; "Log Entry No."; Integer)
        {
            Caption = 'Log Entry No.';
            DataClassification = SystemMetadata;
            TableRelation = "BKI Sync Log";
        }
        field(3; Entity; Enum "BKI Sync Entity")
        {
            Caption = 'Entity';
            DataClassification = SystemMetadata;
        }
        field(4; "Record Key"; Text[250])
        {
            Caption = 'Record';
            DataClassification = CustomerContent;
        }
        field(5; "Error Message"; Text[2048])
        {
            Caption = 'Error Message';
            DataClassification = CustomerContent;
        }
        field(6; "Error Call Stack"; Blob)
        {
            Caption = 'Error Call Stack';
            DataClassification = SystemMetadata;
        }
        field(7; "Logged At"; DateTime)
        {
            Caption = 'Logged At';
            DataClassification = SystemMetadata;
        }
    }

    keys
    {
        key(PK; "Entry No.")
        {
            Clustered = true;
        }
        key(ByLog; "Log Entry No.", Entity)
        {
        }
    }

    /// <summary>Reads the call stack stored with the error.</summary>
    procedure GetCallStack() CallStack: Text
    var
        InStr: InStream;
    begin
        CalcFields("Error Call Stack");
        if not "Error Call Stack".HasValue() then
            exit('');
        "Error Call Stack".CreateInStream(InStr, TextEncoding::UTF8);
        InStr.ReadText(CallStack);
    end;
}

// Tables and enums used by the conformance codeunits.
enum 50113 "RT Kind"
{
    Extensible = true;
    value(0; " ") { Caption = ' '; }
    value(1; Person) { Caption = 'Private Person'; }
    value(2; Company) { Caption = 'Company'; }
}

table 50110 "RT Customer"
{
    Caption = 'RT Customer';

    fields
    {
        field(1; "No."; Code[20]) { Caption = 'No.'; }
        field(2; Name; Text[50])
        {
            Caption = 'Name';
            trigger OnValidate()
            begin
                "Search Name" := Name;
                if xRec.Name <> '' then
                    "Previous Name" := xRec.Name;
            end;
        }
        field(3; "Search Name"; Code[50]) { Caption = 'Search Name'; }
        field(4; Balance; Decimal)
        {
            Caption = 'Balance';
            FieldClass = FlowField;
            CalcFormula = sum("RT Entry".Amount where("Customer No." = field("No."), "Posting Date" = field("Date Filter")));
        }
        field(5; Blocked; Boolean) { Caption = 'Blocked'; }
        field(6; Status; Option)
        {
            Caption = 'Status';
            OptionMembers = Open,Released,Closed;
        }
        field(7; "Credit Limit"; Decimal) { Caption = 'Credit Limit'; InitValue = 1000; }
        field(8; "Date Filter"; Date) { Caption = 'Date Filter'; FieldClass = FlowFilter; }
        field(9; "Entry Count"; Integer)
        {
            Caption = 'Entry Count';
            FieldClass = FlowField;
            CalcFormula = count("RT Entry" where("Customer No." = field("No.")));
        }
        field(10; "Has Open Entries"; Boolean)
        {
            Caption = 'Has Open Entries';
            FieldClass = FlowField;
            CalcFormula = exist("RT Entry" where("Customer No." = field("No."), Open = const(true)));
        }
        field(11; "Country Code"; Code[10])
        {
            Caption = 'Country Code';
            TableRelation = "RT Country".Code;
        }
        field(12; Kind; Enum "RT Kind") { Caption = 'Kind'; }
        field(13; "Modify Count"; Integer) { Caption = 'Modify Count'; }
        field(14; "Insert Trigger Ran"; Boolean) { Caption = 'Insert Trigger Ran'; }
        field(15; "Previous Name"; Text[50]) { Caption = 'Previous Name'; }
        field(16; "Last Amount"; Decimal)
        {
            Caption = 'Last Amount';
            FieldClass = FlowField;
            CalcFormula = max("RT Entry".Amount where("Customer No." = field("No.")));
        }
        field(17; City; Text[30]) { Caption = 'City'; }
    }

    keys
    {
        key(PK; "No.") { Clustered = true; }
        key(ByName; Name) { }
        key(ByCity; City, Name) { }
    }

    trigger OnInsert()
    begin
        "Insert Trigger Ran" := true;
    end;

    trigger OnModify()
    begin
        "Modify Count" := xRec."Modify Count" + 1;
    end;

    trigger OnDelete()
    var
        Entry: Record "RT Entry";
    begin
        Entry.SetRange("Customer No.", "No.");
        Entry.DeleteAll();
    end;

    trigger OnRename()
    begin
        "Previous Name" := 'renamed from ' + xRec."No.";
    end;

    procedure DisplayName(): Text
    begin
        exit("No." + ' ' + Name);
    end;
}

table 50111 "RT Entry"
{
    fields
    {
        field(1; "Entry No."; Integer) { AutoIncrement = true; }
        field(2; "Customer No."; Code[20]) { }
        field(3; "Posting Date"; Date) { }
        field(4; Amount; Decimal) { }
        field(5; Open; Boolean) { }
        field(6; Description; Text[50]) { }
        field(7; Payload; Blob) { }
    }

    keys
    {
        key(PK; "Entry No.") { }
        key(ByCustomer; "Customer No.", "Posting Date") { SumIndexFields = Amount; }
    }
}

table 50112 "RT Country"
{
    fields
    {
        field(1; Code; Code[10]) { }
        field(2; Name; Text[30]) { }
    }

    keys
    {
        key(PK; Code) { }
    }
}

table 50114 "RT Line"
{
    fields
    {
        field(1; "Document No."; Code[20]) { }
        field(2; "Line No."; Integer) { }
        field(3; Quantity; Decimal) { }
        field(4; "Unit Price"; Decimal) { }
        field(5; Amount; Decimal) { }
    }

    keys
    {
        key(PK; "Document No.", "Line No.") { }
    }
}

table 50115 "RT Customer Copy"
{
    fields
    {
        field(1; "No."; Code[20]) { }
        field(2; Name; Text[50]) { }
        field(5; Blocked; Boolean) { }
        field(99; Extra; Text[10]) { }
    }

    keys
    {
        key(PK; "No.") { }
    }
}

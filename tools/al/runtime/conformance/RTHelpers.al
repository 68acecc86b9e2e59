// Helper objects for the conformance codeunits: runnable codeunits, a single-instance codeunit, interfaces,
// the record fixture.
codeunit 50120 "RT Failing Run"
{
    TableNo = "RT Customer";

    trigger OnRun()
    begin
        Rec.Name := 'Touched by OnRun';
        Rec.Insert();
        Error('OnRun failed for %1', Rec."No.");
    end;
}

codeunit 50121 "RT Good Run"
{
    TableNo = "RT Customer";

    trigger OnRun()
    begin
        Rec.Name := 'Inserted by OnRun';
        Rec.Insert();
    end;
}

codeunit 50122 "RT Commit Then Fail"
{
    TableNo = "RT Customer";

    trigger OnRun()
    begin
        Rec.Insert();
        Commit();
        Rec."No." := Rec."No." + '-2';
        Rec.Insert();
        Error('after commit');
    end;
}

codeunit 50123 "RT Counter"
{
    SingleInstance = true;

    var
        Count: Integer;

    procedure Increment(): Integer
    begin
        Count += 1;
        exit(Count);
    end;
}

codeunit 50124 "RT Plain Counter"
{
    var
        Count: Integer;

    procedure Increment(): Integer
    begin
        Count += 1;
        exit(Count);
    end;
}

interface "RT Shape"
{
    procedure Area(Size: Decimal): Decimal;
    procedure Name(): Text;
}

codeunit 50125 "RT Square" implements "RT Shape"
{
    procedure Area(Size: Decimal): Decimal
    begin
        exit(Size * Size);
    end;

    procedure Name(): Text
    begin
        exit('Square');
    end;
}

codeunit 50126 "RT Circle Approx" implements "RT Shape"
{
    procedure Area(Size: Decimal): Decimal
    begin
        exit(3 * Size * Size);
    end;

    procedure Name(): Text
    begin
        exit('Circle');
    end;
}

enum 50127 "RT Shape Kind" implements "RT Shape"
{
    Extensible = true;
    DefaultImplementation = "RT Shape" = "RT Square";

    value(0; Square) { Implementation = "RT Shape" = "RT Square"; }
    value(1; Circle) { Implementation = "RT Shape" = "RT Circle Approx"; }
    value(2; Other) { }
}

codeunit 50128 "RT Self Caller"
{
    var
        Calls: Integer;

    procedure Outer(): Integer
    begin
        this.Inner();
        this.Inner();
        exit(Calls);
    end;

    procedure Inner()
    begin
        Calls += 1;
    end;
}

interface "RT Splitter"
{
    procedure Split(Total: Decimal; var First: Decimal; var Second: Decimal);
}

codeunit 50129 "RT Half Splitter" implements "RT Splitter"
{
    procedure Split(Total: Decimal; var First: Decimal; var Second: Decimal)
    begin
        First := Total / 2;
        Second := Total - First;
    end;
}

// Shared data set-up for the record conformance codeunits ("RT Records", "RT Record Reads", "RT Record Sets").
codeunit 50118 "RT Record Fixture"
{
    procedure Clean()
    var
        Cust: Record "RT Customer";
        Entry: Record "RT Entry";
        Country: Record "RT Country";
    begin
        Cust.DeleteAll();
        Entry.DeleteAll();
        Country.DeleteAll();
    end;

    procedure NewCustomer(No: Code[20]; Name: Text[50]; City: Text[30])
    var
        Cust: Record "RT Customer";
    begin
        Cust.Init();
        Cust."No." := No;
        Cust.Name := Name;
        Cust.City := City;
        Cust.Insert();
    end;

    procedure NewEntry(CustNo: Code[20]; PostingDate: Date; Amount: Decimal; IsOpen: Boolean)
    var
        Entry: Record "RT Entry";
    begin
        Entry.Init();
        Entry."Customer No." := CustNo;
        Entry."Posting Date" := PostingDate;
        Entry.Amount := Amount;
        Entry.Open := IsOpen;
        Entry.Insert();
    end;
}

// Conformance: set operations and record variables: ModifyAll/DeleteAll, AutoIncrement, TransferFields,
// Copy/Clear/Reset, FlowFields (CalcFields/SetAutoCalcFields/CalcSums), temporary records, records as parameters.
codeunit 50117 "RT Record Sets"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";
        Fixture: Codeunit "RT Record Fixture";

    [Test]
    procedure ModifyAllChangesFilteredRecords()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.ModifyAll(Any, Any [, Boolean]) Method"
        Fixture.Clean();
        Fixture.NewEntry('C1', 20260101D, 1, true);
        Fixture.NewEntry('C1', 20260102D, 2, true);
        Fixture.NewEntry('C2', 20260103D, 3, true);
        Entry.SetRange("Customer No.", 'C1');
        Entry.ModifyAll(Open, false);
        Entry.Reset();
        Entry.SetRange(Open, true);
        Assert.AreEqual(1, Entry.Count(), 'only C2 still open');
    end;

    [Test]
    procedure ModifyAllWithTriggerRunsOnModify()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.ModifyAll(Any, Any [, Boolean]) Method" (RunTrigger runs OnModify per record)
        Fixture.Clean();
        Fixture.NewCustomer('A', '', '');
        Fixture.NewCustomer('B', '', '');
        Cust.ModifyAll(City, 'Paris', true);
        Cust.Get('B');
        Assert.AreEqual('Paris', Cust.City, 'changed');
        Assert.AreEqual(1, Cust."Modify Count", 'trigger ran');
    end;

    [Test]
    procedure DeleteAllDeletesFilteredRecords()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.DeleteAll([Boolean]) Method"
        Fixture.Clean();
        Fixture.NewEntry('C1', 20260101D, 1, true);
        Fixture.NewEntry('C2', 20260102D, 2, true);
        Entry.SetRange("Customer No.", 'C1');
        Entry.DeleteAll();
        Entry.Reset();
        Assert.AreEqual(1, Entry.Count(), 'one left');
    end;

    [Test]
    procedure AutoIncrementNumbersEntries()
    var
        Entry: Record "RT Entry";
        First: Integer;
    begin
        // Source: Microsoft Learn, "AutoIncrement Property" (0 gets the next number; numbers are not reused after deletes)
        Fixture.Clean();
        Fixture.NewEntry('C1', 20260101D, 1, true);
        Entry.FindLast();
        First := Entry."Entry No.";
        Assert.IsTrue(First > 0, 'numbered');
        Fixture.NewEntry('C1', 20260102D, 2, true);
        Entry.FindLast();
        Assert.AreEqual(First + 1, Entry."Entry No.", 'next number');
    end;

    [Test]
    procedure TransferFieldsByFieldNumber()
    var
        Cust: Record "RT Customer";
        Copy: Record "RT Customer Copy";
    begin
        // Source: Microsoft Learn, "Record.TransferFields(var Record [, Boolean]) Method" (fields with the same number)
        Cust."No." := 'C1';
        Cust.Name := 'Alpha';
        Cust.Blocked := true;
        Copy.TransferFields(Cust);
        Assert.AreEqual('C1', Copy."No.", 'key');
        Assert.AreEqual('Alpha', Copy.Name, 'name');
        Assert.IsTrue(Copy.Blocked, 'blocked (field 5)');
    end;

    [Test]
    procedure TransferFieldsWithoutPrimaryKey()
    var
        Cust: Record "RT Customer";
        Copy: Record "RT Customer Copy";
    begin
        // Source: Microsoft Learn, "Record.TransferFields(var Record [, Boolean]) Method" (InitPrimaryKeyFields = false)
        Cust."No." := 'C1';
        Cust.Name := 'Alpha';
        Copy."No." := 'KEEP';
        Copy.TransferFields(Cust, false);
        Assert.AreEqual('KEEP', Copy."No.", 'key kept');
        Assert.AreEqual('Alpha', Copy.Name, 'name copied');
    end;

    [Test]
    procedure AssignmentCopiesValuesNotFilters()
    var
        Cust: Record "RT Customer";
        Cust2: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Copy(Record [, Boolean]) Method" (unlike :=, Copy also copies filters)
        Cust."No." := 'C1';
        Cust.SetRange(Name, 'x');
        Cust2 := Cust;
        Assert.AreEqual('C1', Cust2."No.", 'values');
        Assert.AreEqual('', Cust2.GetFilters(), 'no filters');
    end;

    [Test]
    procedure CopyCopiesFilters()
    var
        Cust: Record "RT Customer";
        Cust2: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Copy(Record [, Boolean]) Method"
        Cust."No." := 'C1';
        Cust.SetRange(Name, 'x');
        Cust2.Copy(Cust);
        Assert.AreEqual('C1', Cust2."No.", 'values');
        Assert.AreEqual('x', Cust2.GetFilter(Name), 'filters');
    end;

    [Test]
    procedure ClearResetsValuesAndFilters()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "System.Clear(var Any) Method" (a record is cleared, its filters removed)
        Cust."No." := 'C1';
        Cust.SetRange(Name, 'x');
        Clear(Cust);
        Assert.AreEqual('', Cust."No.", 'value cleared');
        Assert.AreEqual('', Cust.GetFilters(), 'filters cleared');
    end;

    [Test]
    procedure ResetKeepsValues()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Reset() Method" (removes filters; field values stay)
        Cust."No." := 'C1';
        Cust.SetRange(Name, 'x');
        Cust.Reset();
        Assert.AreEqual('C1', Cust."No.", 'value kept');
    end;

    [Test]
    procedure CalcFieldsSum()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.CalcFields(Any [, Any,...]) Method" (FlowField sum)
        Fixture.Clean();
        Fixture.NewCustomer('C1', '', '');
        Fixture.NewEntry('C1', 20260101D, 10.5, true);
        Fixture.NewEntry('C1', 20260201D, 4.5, false);
        Fixture.NewEntry('C2', 20260101D, 100, true);
        Cust.Get('C1');
        Assert.AreEqual(0, Cust.Balance, 'not calculated yet');
        Cust.CalcFields(Balance);
        Assert.AreEqual(15, Cust.Balance, 'sum of C1');
    end;

    [Test]
    procedure CalcFieldsUsesFlowFilter()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "FlowFilter" fields restrict FlowFields via field(...) in CalcFormula
        Fixture.Clean();
        Fixture.NewCustomer('C1', '', '');
        Fixture.NewEntry('C1', 20260101D, 10.5, true);
        Fixture.NewEntry('C1', 20260201D, 4.5, false);
        Cust.Get('C1');
        Cust.SetRange("Date Filter", 20260101D, 20260131D);
        Cust.CalcFields(Balance);
        Assert.AreEqual(10.5, Cust.Balance, 'January only');
    end;

    [Test]
    procedure CalcFieldsCountExistMax()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "CalcFormula Property" (count, exist, max)
        Fixture.Clean();
        Fixture.NewCustomer('C1', '', '');
        Fixture.NewEntry('C1', 20260101D, 10, false);
        Fixture.NewEntry('C1', 20260102D, 30, true);
        Fixture.NewEntry('C1', 20260103D, 20, false);
        Cust.Get('C1');
        Cust.CalcFields("Entry Count", "Has Open Entries", "Last Amount");
        Assert.AreEqual(3, Cust."Entry Count", 'count');
        Assert.IsTrue(Cust."Has Open Entries", 'exist');
        Assert.AreEqual(30, Cust."Last Amount", 'max');
    end;

    [Test]
    procedure SetAutoCalcFields()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.SetAutoCalcFields([Any,...]) Method" (calculated when records are read)
        Fixture.Clean();
        Fixture.NewCustomer('C1', '', '');
        Fixture.NewEntry('C1', 20260101D, 7, true);
        Cust.SetAutoCalcFields(Balance);
        Cust.FindFirst();
        Assert.AreEqual(7, Cust.Balance, 'auto');
    end;

    [Test]
    procedure CalcSumsOverFilter()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.CalcSums(Any [, Any,...]) Method"
        Fixture.Clean();
        Fixture.NewEntry('C1', 20260101D, 1.25, true);
        Fixture.NewEntry('C1', 20260102D, 2.5, true);
        Fixture.NewEntry('C2', 20260103D, 100, true);
        Entry.SetRange("Customer No.", 'C1');
        Entry.CalcSums(Amount);
        Assert.AreEqual(3.75, Entry.Amount, 'sum');
    end;

    [Test]
    procedure TemporaryRecordIsPrivate()
    var
        TempCust: Record "RT Customer" temporary;
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Temporary tables" (temporary records are not written to the database)
        Fixture.Clean();
        TempCust."No." := 'T1';
        TempCust.Insert();
        Assert.AreEqual(1, TempCust.Count(), 'in temp');
        Assert.IsTrue(Cust.IsEmpty(), 'not in database');
        Assert.IsTrue(TempCust.IsTemporary(), 'IsTemporary');
    end;

    [Test]
    procedure TemporaryRecordsAreNotRolledBack()
    var
        TempCust: Record "RT Customer" temporary;
    begin
        // Source: Microsoft Learn, "Temporary tables" (temporary tables are not part of the database transaction)
        asserterror InsertTempAndFail(TempCust);
        Assert.AreEqual(1, TempCust.Count(), 'temp insert survives the rollback');
    end;

    local procedure InsertTempAndFail(var TempCust: Record "RT Customer" temporary)
    begin
        TempCust."No." := 'T1';
        TempCust.Insert();
        Error('fail');
    end;

    [Test]
    procedure TwoTemporaryVariablesAreSeparate()
    var
        Temp1: Record "RT Customer" temporary;
        Temp2: Record "RT Customer" temporary;
    begin
        // Source: Microsoft Learn, "Temporary tables" (each temporary variable has its own table)
        Temp1."No." := 'A';
        Temp1.Insert();
        Assert.IsTrue(Temp2.IsEmpty(), 'separate');
    end;

    [Test]
    procedure CopyShareTableSharesTemporaryData()
    var
        Temp1: Record "RT Customer" temporary;
        Temp2: Record "RT Customer" temporary;
    begin
        // Source: Microsoft Learn, "Record.Copy(Record [, Boolean]) Method" (ShareTable = true)
        Temp2.Copy(Temp1, true);
        Temp1."No." := 'A';
        Temp1.Insert();
        Assert.AreEqual(1, Temp2.Count(), 'shared');
    end;

    [Test]
    procedure RecordIsPassedByValue()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Parameters" (a record passed without var is a copy)
        Cust.Name := 'before';
        ChangeName(Cust);
        Assert.AreEqual('before', Cust.Name, 'copy changed only');
    end;

    [Test]
    procedure RecordVarParameterIsAlias()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Parameters" (var passes the record itself)
        Cust.Name := 'before';
        ChangeNameVar(Cust);
        Assert.AreEqual('after', Cust.Name, 'changed');
    end;

    [Test]
    procedure RecordVarParameterKeepsFilters()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Parameters" (filters set by the callee on a var record stay)
        SetNameFilter(Cust);
        Assert.AreEqual('x*', Cust.GetFilter(Name), 'filter from callee');
    end;

    local procedure ChangeName(Cust: Record "RT Customer")
    begin
        Cust.Name := 'after';
    end;

    local procedure ChangeNameVar(var Cust: Record "RT Customer")
    begin
        Cust.Name := 'after';
    end;

    local procedure SetNameFilter(var Cust: Record "RT Customer")
    begin
        Cust.SetFilter(Name, 'x*');
    end;
}

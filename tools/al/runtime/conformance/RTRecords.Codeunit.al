// Conformance: record methods, triggers, keys, marks, FlowFields, temporary records.
codeunit 50105 "RT Records"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";

    local procedure Clean()
    var
        Cust: Record "RT Customer";
        Entry: Record "RT Entry";
        Country: Record "RT Country";
    begin
        Cust.DeleteAll();
        Entry.DeleteAll();
        Country.DeleteAll();
    end;

    local procedure NewCustomer(No: Code[20]; Name: Text[50]; City: Text[30])
    var
        Cust: Record "RT Customer";
    begin
        Cust.Init();
        Cust."No." := No;
        Cust.Name := Name;
        Cust.City := City;
        Cust.Insert();
    end;

    local procedure NewEntry(CustNo: Code[20]; PostingDate: Date; Amount: Decimal; IsOpen: Boolean)
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

    [Test]
    procedure InitAppliesInitValue()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "InitValue Property" (Init sets fields to their InitValue)
        Cust.Init();
        Assert.AreEqual(1000, Cust."Credit Limit", 'InitValue');
    end;

    [Test]
    procedure InitKeepsPrimaryKey()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Init() Method" (primary key fields are not changed)
        Cust."No." := 'K1';
        Cust.Name := 'x';
        Cust.Init();
        Assert.AreEqual('K1', Cust."No.", 'key kept');
        Assert.AreEqual('', Cust.Name, 'other fields cleared');
    end;

    [Test]
    procedure InsertThenGet()
    var
        Cust: Record "RT Customer";
        Cust2: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Insert([Boolean]) Method" and "Record.Get([Any,...]) Method"
        Clean();
        NewCustomer('C1', 'Alpha', 'Oslo');
        Assert.IsTrue(Cust2.Get('C1'), 'found');
        Assert.AreEqual('Alpha', Cust2.Name, 'name');
        Assert.IsFalse(Cust.Get('NOPE'), 'missing');
    end;

    [Test]
    procedure InsertDuplicateFails()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Insert([Boolean]) Method" (error if the record already exists)
        Clean();
        NewCustomer('C1', 'Alpha', '');
        Cust."No." := 'C1';
        asserterror Cust.Insert();
        Assert.ExpectedError('The record in table RT Customer already exists. Identification fields and values: No.=''C1''');
    end;

    [Test]
    procedure InsertDuplicateReturnsFalse()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Insert([Boolean]) Method" (with a return value no error is raised)
        Clean();
        NewCustomer('C1', 'Alpha', '');
        Cust."No." := 'C1';
        Assert.IsFalse(Cust.Insert(), 'false');
    end;

    [Test]
    procedure InsertTrueRunsOnInsert()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Insert([Boolean]) Method" (RunTrigger = true runs OnInsert)
        Clean();
        Cust."No." := 'T1';
        Cust.Insert(true);
        Cust.Get('T1');
        Assert.IsTrue(Cust."Insert Trigger Ran", 'trigger ran');
    end;

    [Test]
    procedure InsertWithoutTriggerSkipsOnInsert()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Insert([Boolean]) Method" (default RunTrigger = false)
        Clean();
        Cust."No." := 'T2';
        Cust.Insert();
        Cust.Get('T2');
        Assert.IsFalse(Cust."Insert Trigger Ran", 'no trigger');
    end;

    [Test]
    procedure ModifyStoresChanges()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Modify([Boolean]) Method"
        Clean();
        NewCustomer('C1', 'Alpha', '');
        Cust.Get('C1');
        Cust.Name := 'Changed';
        Cust.Modify();
        Clear(Cust);
        Cust.Get('C1');
        Assert.AreEqual('Changed', Cust.Name, 'stored');
    end;

    [Test]
    procedure ChangeWithoutModifyIsNotStored()
    var
        Cust: Record "RT Customer";
        Cust2: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Modify([Boolean]) Method" (changes are stored only by Modify)
        Clean();
        NewCustomer('C1', 'Alpha', '');
        Cust.Get('C1');
        Cust.Name := 'Not saved';
        Cust2.Get('C1');
        Assert.AreEqual('Alpha', Cust2.Name, 'unchanged in database');
    end;

    [Test]
    procedure ModifyTrueRunsOnModifyWithXRec()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "OnModify (Table) Trigger" (xRec holds the stored record)
        Clean();
        NewCustomer('C1', 'Alpha', '');
        Cust.Get('C1');
        Cust.Modify(true);
        Cust.Modify(true);
        Cust.Get('C1');
        Assert.AreEqual(2, Cust."Modify Count", 'two modifications counted via xRec');
    end;

    [Test]
    procedure ModifyMissingRecordFails()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Modify([Boolean]) Method" (error if the record does not exist)
        Clean();
        Cust."No." := 'GHOST';
        asserterror Cust.Modify();
        Assert.ExpectedError('The RT Customer does not exist.');
    end;

    [Test]
    procedure DeleteRemovesRecord()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Delete([Boolean]) Method"
        Clean();
        NewCustomer('C1', 'Alpha', '');
        Cust.Get('C1');
        Cust.Delete();
        Assert.IsFalse(Cust.Get('C1'), 'gone');
    end;

    [Test]
    procedure DeleteTrueRunsOnDelete()
    var
        Cust: Record "RT Customer";
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.Delete([Boolean]) Method" (RunTrigger = true runs OnDelete)
        Clean();
        NewCustomer('C1', 'Alpha', '');
        NewEntry('C1', 20260101D, 5, true);
        Cust.Get('C1');
        Cust.Delete(true);
        Assert.IsTrue(Entry.IsEmpty(), 'OnDelete removed the entries');
    end;

    [Test]
    procedure DeleteMissingReturnsFalse()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Delete([Boolean]) Method" (returns false when used with a return value)
        Clean();
        Cust."No." := 'GHOST';
        Assert.IsFalse(Cust.Delete(), 'false');
    end;

    [Test]
    procedure GetMissingFails()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Get([Any,...]) Method" (error when not found and no return value)
        Clean();
        asserterror Cust.Get('NOPE');
        Assert.ExpectedError('The RT Customer does not exist. Identification fields and values: No.=''NOPE''');
    end;

    [Test]
    procedure GetMissingErrorCode()
    var
        Cust: Record "RT Customer";
    begin
        // Source: BCApps "Library Assert".AssertRecordNotFound checks GetLastErrorCode = DB:RecordNotFound
        Clean();
        asserterror Cust.Get('NOPE');
        Assert.AssertRecordNotFound();
    end;

    [Test]
    procedure GetWithCompoundKey()
    var
        Line: Record "RT Line";
    begin
        // Source: Microsoft Learn, "Record.Get([Any,...]) Method" (values for the primary key fields in order)
        Line.DeleteAll();
        Line."Document No." := 'D1';
        Line."Line No." := 20000;
        Line.Quantity := 3;
        Line.Insert();
        Clear(Line);
        Assert.IsTrue(Line.Get('D1', 20000), 'found');
        Assert.AreEqual(3, Line.Quantity, 'quantity');
    end;

    [Test]
    procedure GetIgnoresFilters()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Get([Any,...]) Method" (Get does not respect filters)
        Clean();
        NewCustomer('C1', 'Alpha', '');
        Cust.SetRange("No.", 'OTHER');
        Assert.IsTrue(Cust.Get('C1'), 'found despite filter');
    end;

    [Test]
    procedure RenameChangesPrimaryKey()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Rename(Any [, Any,...]) Method"
        Clean();
        NewCustomer('OLD', 'Alpha', '');
        Cust.Get('OLD');
        Cust.Rename('NEW');
        Assert.IsFalse(Cust.Get('OLD'), 'old key gone');
        Assert.IsTrue(Cust.Get('NEW'), 'new key');
        Assert.AreEqual('Alpha', Cust.Name, 'data moved');
    end;

    [Test]
    procedure RenameRunsOnRename()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "OnRename (Table) Trigger" (xRec has the old key)
        Clean();
        NewCustomer('OLD', 'Alpha', '');
        Cust.Get('OLD');
        Cust.Rename('NEW');
        Cust.Get('NEW');
        Assert.AreEqual('renamed from OLD', Cust."Previous Name", 'trigger with xRec');
    end;

    [Test]
    procedure RenameToExistingFails()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Rename(Any [, Any,...]) Method" (the new key must not exist)
        Clean();
        NewCustomer('A', 'A', '');
        NewCustomer('B', 'B', '');
        Cust.Get('A');
        asserterror Cust.Rename('B');
        Assert.ExpectedError('already exists');
    end;

    [Test]
    procedure FindFirstAndLastUsePrimaryKeyOrder()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.FindFirst() Method" (first record in the current key)
        Clean();
        NewCustomer('B', 'x', '');
        NewCustomer('A', 'y', '');
        NewCustomer('C', 'z', '');
        Cust.FindFirst();
        Assert.AreEqual('A', Cust."No.", 'first');
        Cust.FindLast();
        Assert.AreEqual('C', Cust."No.", 'last');
    end;

    [Test]
    procedure FindFirstWithNoRecordsFails()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.FindFirst() Method" (error when nothing is found and no return value)
        Clean();
        asserterror Cust.FindFirst();
        Assert.ExpectedError('There is no RT Customer within the filter.');
    end;

    [Test]
    procedure FindFirstWithNoRecordsErrorCode()
    var
        Cust: Record "RT Customer";
    begin
        // Source: BCApps "Library Assert".AssertNothingInsideFilter checks GetLastErrorCode = DB:NothingInsideFilter
        Clean();
        asserterror Cust.FindFirst();
        Assert.AssertNothingInsideFilter();
    end;

    [Test]
    procedure FindSetNextLoopVisitsAllInOrder()
    var
        Entry: Record "RT Entry";
        Total: Decimal;
        Visited: Text;
    begin
        // Source: Microsoft Learn, "Record.Next([Integer]) Method" (repeat ... until Next() = 0)
        Clean();
        NewEntry('C1', 20260103D, 3, true);
        NewEntry('C1', 20260101D, 1, true);
        NewEntry('C1', 20260102D, 2, true);
        if Entry.FindSet() then
            repeat
                Total += Entry.Amount;
                Visited += Format(Entry.Amount);
            until Entry.Next() = 0;
        Assert.AreEqual(6, Total, 'sum');
        Assert.AreEqual('312', Visited, 'entry number (insertion) order');
    end;

    [Test]
    procedure SetCurrentKeyChangesOrder()
    var
        Entry: Record "RT Entry";
        Visited: Text;
    begin
        // Source: Microsoft Learn, "Record.SetCurrentKey(Any [, Any,...]) Method"
        Clean();
        NewEntry('C1', 20260103D, 3, true);
        NewEntry('C1', 20260101D, 1, true);
        NewEntry('C1', 20260102D, 2, true);
        Entry.SetCurrentKey("Customer No.", "Posting Date");
        if Entry.FindSet() then
            repeat
                Visited += Format(Entry.Amount);
            until Entry.Next() = 0;
        Assert.AreEqual('123', Visited, 'by posting date');
    end;

    [Test]
    procedure AscendingFalseReverses()
    var
        Cust: Record "RT Customer";
        Visited: Text;
    begin
        // Source: Microsoft Learn, "Record.Ascending([Boolean]) Method"
        Clean();
        NewCustomer('A', '', '');
        NewCustomer('B', '', '');
        NewCustomer('C', '', '');
        Cust.Ascending(false);
        if Cust.FindSet() then
            repeat
                Visited += Cust."No.";
            until Cust.Next() = 0;
        Assert.AreEqual('CBA', Visited, 'descending');
    end;

    [Test]
    procedure SecondaryKeyTiesBrokenByPrimaryKey()
    var
        Cust: Record "RT Customer";
        Visited: Text;
    begin
        // Source: Microsoft Learn, "Table keys" (the primary key is appended to every secondary key)
        Clean();
        NewCustomer('B', 'Same', 'X');
        NewCustomer('A', 'Same', 'X');
        NewCustomer('C', 'Other', 'X');
        Cust.SetCurrentKey(City, Name);
        if Cust.FindSet() then
            repeat
                Visited += Cust."No.";
            until Cust.Next() = 0;
        Assert.AreEqual('CAB', Visited, 'Other, then Same by No.');
    end;

    [Test]
    procedure NextReturnsZeroAtEnd()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Next([Integer]) Method" (returns the number of records moved)
        Clean();
        NewCustomer('A', '', '');
        Cust.FindFirst();
        Assert.AreEqual(0, Cust.Next(), 'no more');
        Assert.AreEqual('A', Cust."No.", 'stays on last');
    end;

    [Test]
    procedure NextWithStepsAndBackwards()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Next([Integer]) Method" (Steps may be negative)
        Clean();
        NewCustomer('A', '', '');
        NewCustomer('B', '', '');
        NewCustomer('C', '', '');
        NewCustomer('D', '', '');
        Cust.FindFirst();
        Assert.AreEqual(2, Cust.Next(2), 'two steps');
        Assert.AreEqual('C', Cust."No.", 'at C');
        Assert.AreEqual(-1, Cust.Next(-1), 'one back');
        Assert.AreEqual('B', Cust."No.", 'at B');
        Assert.AreEqual(2, Cust.Next(5), 'only two left');
    end;

    [Test]
    procedure FindWithWhich()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Find([Text]) Method" ('-', '+', '=', '>', '<')
        Clean();
        NewCustomer('A', '', '');
        NewCustomer('B', '', '');
        NewCustomer('C', '', '');
        Assert.IsTrue(Cust.Find('+'), 'last');
        Assert.AreEqual('C', Cust."No.", 'C');
        Cust."No." := 'B';
        Assert.IsTrue(Cust.Find('='), 'exact');
        Assert.IsTrue(Cust.Find('>'), 'next');
        Assert.AreEqual('C', Cust."No.", 'after B');
        Cust."No." := 'BB';
        Assert.IsTrue(Cust.Find('<'), 'before BB');
        Assert.AreEqual('B', Cust."No.", 'B');
    end;

    [Test]
    procedure FindRespectsFilters()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.FindFirst() Method" (within the filters)
        Clean();
        NewEntry('C1', 20260101D, 1, false);
        NewEntry('C2', 20260102D, 2, true);
        Entry.SetRange(Open, true);
        Entry.FindFirst();
        Assert.AreEqual('C2', Entry."Customer No.", 'first open');
    end;

    [Test]
    procedure CountAndIsEmpty()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Count() Method" and "Record.IsEmpty() Method"
        Clean();
        Assert.IsTrue(Cust.IsEmpty(), 'empty');
        NewCustomer('A', '', '');
        NewCustomer('B', '', '');
        Assert.AreEqual(2, Cust.Count(), 'two');
        Assert.IsFalse(Cust.IsEmpty(), 'not empty');
    end;

    [Test]
    procedure MarksAndMarkedOnly()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Mark([Boolean]) Method" and "Record.MarkedOnly([Boolean]) Method"
        Clean();
        NewCustomer('A', '', '');
        NewCustomer('B', '', '');
        NewCustomer('C', '', '');
        Cust.Get('A');
        Cust.Mark(true);
        Cust.Get('C');
        Cust.Mark(true);
        Cust.MarkedOnly(true);
        Assert.AreEqual(2, Cust.Count(), 'two marked');
        Cust.FindLast();
        Assert.AreEqual('C', Cust."No.", 'last marked');
        Assert.IsTrue(Cust.Mark(), 'C is marked');
    end;

    [Test]
    procedure ModifyAllChangesFilteredRecords()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.ModifyAll(Any, Any [, Boolean]) Method"
        Clean();
        NewEntry('C1', 20260101D, 1, true);
        NewEntry('C1', 20260102D, 2, true);
        NewEntry('C2', 20260103D, 3, true);
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
        Clean();
        NewCustomer('A', '', '');
        NewCustomer('B', '', '');
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
        Clean();
        NewEntry('C1', 20260101D, 1, true);
        NewEntry('C2', 20260102D, 2, true);
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
        Clean();
        NewEntry('C1', 20260101D, 1, true);
        Entry.FindLast();
        First := Entry."Entry No.";
        Assert.IsTrue(First > 0, 'numbered');
        NewEntry('C1', 20260102D, 2, true);
        Entry.FindLast();
        Assert.AreEqual(First + 1, Entry."Entry No.", 'next number');
    end;

    [Test]
    procedure TestFieldBlankFails()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.TestField(Any) Method" (error when the field is blank)
        Cust."No." := 'C1';
        asserterror Cust.TestField(Name);
        Assert.ExpectedError('Name must have a value in RT Customer: No.=C1. It cannot be zero or empty.');
    end;

    [Test]
    procedure TestFieldValueFails()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.TestField(Any, Any) Method" (error when the field differs from Value)
        Cust."No." := 'C1';
        Cust.Status := Cust.Status::Released;
        asserterror Cust.TestField(Status, Cust.Status::Open);
        Assert.ExpectedError('Status must be equal to ''Open''  in RT Customer: No.=C1. Current value is ''Released''.');
    end;

    [Test]
    procedure TestFieldPasses()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.TestField(Any, Any) Method"
        Cust.Name := 'x';
        Cust.TestField(Name);
        Cust.TestField(Name, 'x');
        Assert.IsTrue(true, 'no error');
    end;

    [Test]
    procedure TestFieldErrorCode()
    var
        Cust: Record "RT Customer";
    begin
        // Source: BCApps "Library Assert".ExpectedTestFieldError expects GetLastErrorCode TestField
        asserterror Cust.TestField(Name);
        Assert.ExpectedErrorCode('TestField');
    end;

    [Test]
    procedure FieldErrorMessage()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.FieldError(Any [, Text]) Method" (field caption, text, table and key)
        Cust."No." := 'C1';
        asserterror Cust.FieldError(Name, 'must not be blank');
        Assert.ExpectedError('Name must not be blank in RT Customer: No.=C1.');
    end;

    [Test]
    procedure ValidateRunsOnValidate()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Validate(Any [, Any]) Method" (assigns and runs OnValidate)
        Cust.Validate(Name, 'acme');
        Assert.AreEqual('ACME', Cust."Search Name", 'OnValidate ran');
    end;

    [Test]
    procedure AssignmentDoesNotRunOnValidate()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "OnValidate (Fields) Trigger" (runs on Validate, not on plain assignment)
        Cust.Name := 'acme';
        Assert.AreEqual('', Cust."Search Name", 'no trigger');
    end;

    [Test]
    procedure ValidateXRecHasPreviousValue()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "OnValidate (Fields) Trigger" (xRec holds the values before the change)
        Cust.Validate(Name, 'First');
        Cust.Validate(Name, 'Second');
        Assert.AreEqual('First', Cust."Previous Name", 'xRec.Name');
    end;

    [Test]
    procedure ValidateTableRelationFails()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "TableRelation Property" (Validate checks that the value exists in the related table)
        Clean();
        asserterror Cust.Validate("Country Code", 'XX');
        Assert.ExpectedError('cannot be found in the related table');
    end;

    [Test]
    procedure ValidateTableRelationPasses()
    var
        Cust: Record "RT Customer";
        Country: Record "RT Country";
    begin
        // Source: Microsoft Learn, "TableRelation Property"
        Clean();
        Country.Code := 'NO';
        Country.Insert();
        Cust.Validate("Country Code", 'no');
        Assert.AreEqual('NO', Cust."Country Code", 'related value accepted');
    end;

    [Test]
    procedure ValidateBlankSkipsTableRelation()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "TableRelation Property" (a blank value is not looked up)
        Clean();
        Cust.Validate("Country Code", '');
        Assert.AreEqual('', Cust."Country Code", 'blank allowed');
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
        Clean();
        NewCustomer('C1', '', '');
        NewEntry('C1', 20260101D, 10.5, true);
        NewEntry('C1', 20260201D, 4.5, false);
        NewEntry('C2', 20260101D, 100, true);
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
        Clean();
        NewCustomer('C1', '', '');
        NewEntry('C1', 20260101D, 10.5, true);
        NewEntry('C1', 20260201D, 4.5, false);
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
        Clean();
        NewCustomer('C1', '', '');
        NewEntry('C1', 20260101D, 10, false);
        NewEntry('C1', 20260102D, 30, true);
        NewEntry('C1', 20260103D, 20, false);
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
        Clean();
        NewCustomer('C1', '', '');
        NewEntry('C1', 20260101D, 7, true);
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
        Clean();
        NewEntry('C1', 20260101D, 1.25, true);
        NewEntry('C1', 20260102D, 2.5, true);
        NewEntry('C2', 20260103D, 100, true);
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
        Clean();
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
    procedure FieldNoCaptionAndTableCaption()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.FieldNo(Any) Method", "Record.FieldCaption(Any) Method", "Record.TableCaption() Method"
        Assert.AreEqual(7, Cust.FieldNo("Credit Limit"), 'field no');
        Assert.AreEqual('Credit Limit', Cust.FieldCaption("Credit Limit"), 'caption');
        Assert.AreEqual('RT Customer', Cust.TableCaption(), 'table caption');
    end;

    [Test]
    procedure FieldAssignmentChecksLength()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Text data type" (field length is enforced on assignment)
        asserterror Cust.City := PadStr('', 31, 'x');
        Assert.ExpectedError('must be less than or equal to 30 characters');
    end;

    [Test]
    procedure CodeFieldUppercasesValue()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Code data type"
        Cust."No." := 'abc';
        Assert.AreEqual('ABC', Cust."No.", 'uppercase');
    end;

    [Test]
    procedure TableProcedureCall()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Procedures in tables" (record variables call the table's procedures)
        Cust."No." := 'C1';
        Cust.Name := 'Alpha';
        Assert.AreEqual('C1 Alpha', Cust.DisplayName(), 'procedure');
    end;

    [Test]
    procedure EnumFieldFormatsCaption()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Enum data type" (Format shows the value caption)
        Cust.Kind := Cust.Kind::Person;
        Assert.AreEqual('Private Person', Format(Cust.Kind), 'caption');
    end;

    [Test]
    procedure NextAfterDeletingCurrentContinues()
    var
        Cust: Record "RT Customer";
        Visited: Text;
    begin
        // Source: BCApps loops delete the current record and continue with Next (position is kept by key)
        Clean();
        NewCustomer('A', '', '');
        NewCustomer('B', '', '');
        NewCustomer('C', '', '');
        if Cust.FindSet() then
            repeat
                Visited += Cust."No.";
                if Cust."No." = 'B' then
                    Cust.Delete();
            until Cust.Next() = 0;
        Assert.AreEqual('ABC', Visited, 'all visited');
        Assert.AreEqual(2, Cust.Count(), 'B deleted');
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

    [Test]
    procedure RecordIdFormat()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "RecordId data type" (table caption and key values)
        Cust."No." := 'C1';
        Assert.AreEqual('RT Customer: C1', Format(Cust.RecordId()), 'record id');
    end;

    [Test]
    procedure RecordRefBasics()
    var
        Cust: Record "RT Customer";
        RecRef: RecordRef;
    begin
        // Source: Microsoft Learn, "RecordRef data type" (Open by table number, Count, Caption)
        Clean();
        NewCustomer('A', '', '');
        RecRef.Open(Database::"RT Customer");
        Assert.AreEqual(1, RecRef.Count(), 'count');
        Assert.AreEqual('RT Customer', RecRef.Caption(), 'caption');
        RecRef.GetTable(Cust);
        Assert.AreEqual(50110, RecRef.Number(), 'number');
    end;

    [Test]
    procedure AssertRecordCountWithFilters()
    var
        Entry: Record "RT Entry";
    begin
        // Source: BCApps "Library Assert".RecordCount (counts the records within the filters)
        Clean();
        NewEntry('C1', 20260101D, 1, true);
        NewEntry('C2', 20260101D, 1, true);
        Entry.SetRange("Customer No.", 'C1');
        Assert.RecordCount(Entry, 1);
        Assert.RecordIsNotEmpty(Entry);
    end;
}

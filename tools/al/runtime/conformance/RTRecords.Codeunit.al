// Conformance: Init/Insert/Modify/Delete/Get/Rename and their triggers, TestField, Validate,
// TableRelation, field properties, RecordId and RecordRef.
codeunit 50105 "RT Records"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";
        Fixture: Codeunit "RT Record Fixture";

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
        Fixture.Clean();
        Fixture.NewCustomer('C1', 'Alpha', 'Oslo');
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
        Fixture.Clean();
        Fixture.NewCustomer('C1', 'Alpha', '');
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
        Fixture.Clean();
        Fixture.NewCustomer('C1', 'Alpha', '');
        Cust."No." := 'C1';
        Assert.IsFalse(Cust.Insert(), 'false');
    end;

    [Test]
    procedure InsertTrueRunsOnInsert()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Insert([Boolean]) Method" (RunTrigger = true runs OnInsert)
        Fixture.Clean();
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
        Fixture.Clean();
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
        Fixture.Clean();
        Fixture.NewCustomer('C1', 'Alpha', '');
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
        Fixture.Clean();
        Fixture.NewCustomer('C1', 'Alpha', '');
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
        Fixture.Clean();
        Fixture.NewCustomer('C1', 'Alpha', '');
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
        Fixture.Clean();
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
        Fixture.Clean();
        Fixture.NewCustomer('C1', 'Alpha', '');
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
        Fixture.Clean();
        Fixture.NewCustomer('C1', 'Alpha', '');
        Fixture.NewEntry('C1', 20260101D, 5, true);
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
        Fixture.Clean();
        Cust."No." := 'GHOST';
        Assert.IsFalse(Cust.Delete(), 'false');
    end;

    [Test]
    procedure GetMissingFails()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Get([Any,...]) Method" (error when not found and no return value)
        Fixture.Clean();
        asserterror Cust.Get('NOPE');
        Assert.ExpectedError('The RT Customer does not exist. Identification fields and values: No.=''NOPE''');
    end;

    [Test]
    procedure GetMissingErrorCode()
    var
        Cust: Record "RT Customer";
    begin
        // Source: BCApps "Library Assert".AssertRecordNotFound checks GetLastErrorCode = DB:RecordNotFound
        Fixture.Clean();
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
        Fixture.Clean();
        Fixture.NewCustomer('C1', 'Alpha', '');
        Cust.SetRange("No.", 'OTHER');
        Assert.IsTrue(Cust.Get('C1'), 'found despite filter');
    end;

    [Test]
    procedure RenameChangesPrimaryKey()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Rename(Any [, Any,...]) Method"
        Fixture.Clean();
        Fixture.NewCustomer('OLD', 'Alpha', '');
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
        Fixture.Clean();
        Fixture.NewCustomer('OLD', 'Alpha', '');
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
        Fixture.Clean();
        Fixture.NewCustomer('A', 'A', '');
        Fixture.NewCustomer('B', 'B', '');
        Cust.Get('A');
        asserterror Cust.Rename('B');
        Assert.ExpectedError('already exists');
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
        Fixture.Clean();
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
        Fixture.Clean();
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
        Fixture.Clean();
        Cust.Validate("Country Code", '');
        Assert.AreEqual('', Cust."Country Code", 'blank allowed');
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
        Fixture.Clean();
        Fixture.NewCustomer('A', '', '');
        RecRef.Open(Database::"RT Customer");
        Assert.AreEqual(1, RecRef.Count(), 'count');
        Assert.AreEqual('RT Customer', RecRef.Caption(), 'caption');
        RecRef.GetTable(Cust);
        Assert.AreEqual(50110, RecRef.Number(), 'number');
    end;
}

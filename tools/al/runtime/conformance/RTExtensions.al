// Conformance: table and enum extensions, system fields, SetRecFilter and table views.
enumextension 50130 "RT Kind Ext" extends "RT Kind"
{
    value(50; Partner) { Caption = 'Partner Company'; }
}

tableextension 50131 "RT Country Ext" extends "RT Country"
{
    fields
    {
        field(50100; "EU Member"; Boolean)
        {
            trigger OnValidate()
            begin
                if "EU Member" then
                    Name := UpperCase(Name);
            end;
        }
    }

    procedure IsEU(): Boolean
    begin
        exit("EU Member");
    end;
}

codeunit 50109 "RT Extensions"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";

    [Test]
    procedure EnumExtensionAddsValue()
    var
        Kind: Enum "RT Kind";
    begin
        // Source: Microsoft Learn, "Enum extension object" (extensions add values to extensible enums)
        Kind := Kind::Partner;
        Assert.AreEqual(50, Kind.AsInteger(), 'ordinal');
        Assert.AreEqual('Partner Company', Format(Kind), 'caption');
    end;

    [Test]
    procedure TableExtensionFieldAndTrigger()
    var
        Country: Record "RT Country";
    begin
        // Source: Microsoft Learn, "Table extension object" (new fields, triggers and procedures)
        Country.Code := 'DE';
        Country.Name := 'Germany';
        Country.Validate("EU Member", true);
        Assert.AreEqual('GERMANY', Country.Name, 'extension OnValidate ran');
        Assert.IsTrue(Country.IsEU(), 'extension procedure');
    end;

    [Test]
    procedure TableExtensionFieldIsStored()
    var
        Country: Record "RT Country";
    begin
        // Source: Microsoft Learn, "Table extension object" (extension fields are stored with the record)
        Country.DeleteAll();
        Country.Code := 'FR';
        Country."EU Member" := true;
        Country.Insert();
        Clear(Country);
        Country.Get('FR');
        Assert.IsTrue(Country."EU Member", 'stored');
    end;

    [Test]
    procedure SystemIdIsAssignedOnInsert()
    var
        Country: Record "RT Country";
    begin
        // Source: Microsoft Learn, "System fields" (SystemId gets a GUID when the record is inserted)
        Country.DeleteAll();
        Country.Code := 'NO';
        Country.Insert();
        Assert.IsFalse(IsNullGuid(Country.SystemId), 'assigned');
    end;

    [Test]
    procedure GetBySystemId()
    var
        Country: Record "RT Country";
        Id: Guid;
    begin
        // Source: Microsoft Learn, "Record.GetBySystemId(Guid) Method"
        Country.DeleteAll();
        Country.Code := 'SE';
        Country.Insert();
        Id := Country.SystemId;
        Clear(Country);
        Assert.IsTrue(Country.GetBySystemId(Id), 'found');
        Assert.AreEqual('SE', Country.Code, 'record');
    end;

    [Test]
    procedure SystemIdSetBeforeInsertIsKept()
    var
        Country: Record "RT Country";
        Id: Guid;
    begin
        // Source: Microsoft Learn, "System fields" (a SystemId assigned before Insert is used)
        Country.DeleteAll();
        Id := CreateGuid();
        Country.Code := 'DK';
        Country.SystemId := Id;
        Country.Insert();
        Assert.AreEqual(Id, Country.SystemId, 'kept');
    end;

    [Test]
    procedure SystemCreatedAtIsSet()
    var
        Country: Record "RT Country";
    begin
        // Source: Microsoft Learn, "System fields" (SystemCreatedAt is set on insert)
        Country.DeleteAll();
        Country.Code := 'FI';
        Country.Insert();
        Country.Get('FI');
        Assert.AreNotEqual(0DT, Country.SystemCreatedAt, 'set');
    end;

    [Test]
    procedure SetRecFilterFiltersOnKey()
    var
        Line: Record "RT Line";
    begin
        // Source: Microsoft Learn, "Record.SetRecFilter() Method" (filters on the primary key values)
        Line."Document No." := 'D1';
        Line."Line No." := 10000;
        Line.SetRecFilter();
        Assert.AreEqual('D1', Line.GetFilter("Document No."), 'document');
        Assert.AreEqual('10000', Line.GetFilter("Line No."), 'line');
    end;

    [Test]
    procedure GetViewSetViewRoundTrip()
    var
        Entry: Record "RT Entry";
        Entry2: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.GetView([Boolean]) Method" and "Record.SetView(Text) Method"
        Entry.SetCurrentKey("Customer No.", "Posting Date");
        Entry.SetFilter(Amount, '>10');
        Entry2.SetView(Entry.GetView());
        Assert.AreEqual('>10', Entry2.GetFilter(Amount), 'filter restored');
    end;

    [Test]
    procedure ObjectTypeOption()
    begin
        // Source: Microsoft Learn, "ObjectType Option Type" (Table = 1, Codeunit = 5, Page = 8)
        Assert.AreEqual(1, ObjectType::Table, 'table');
        Assert.AreEqual(5, ObjectType::Codeunit, 'codeunit');
        Assert.AreEqual(8, ObjectType::Page, 'page');
    end;

    [Test]
    procedure DatabaseAndCodeunitObjectIds()
    begin
        // Source: Microsoft Learn, "Database::, Codeunit:: object references give the object ID"
        Assert.AreEqual(50110, Database::"RT Customer", 'table id');
        Assert.AreEqual(50123, Codeunit::"RT Counter", 'codeunit id');
    end;

    [Test]
    procedure BlobStreamsRoundTrip()
    var
        Entry: Record "RT Entry";
        OutStr: OutStream;
        InStr: InStream;
        Line: Text;
    begin
        // Source: Microsoft Learn, "Blob data type" (CreateOutStream writes, CreateInStream reads after CalcFields)
        Entry.DeleteAll();
        Entry.Payload.CreateOutStream(OutStr, TextEncoding::UTF8);
        OutStr.WriteText('{"a":1}');
        Entry.Insert();
        Clear(Entry);
        Entry.FindFirst();
        Entry.CalcFields(Payload);
        Assert.IsTrue(Entry.Payload.HasValue(), 'has value');
        Entry.Payload.CreateInStream(InStr, TextEncoding::UTF8);
        InStr.ReadText(Line);
        Assert.AreEqual('{"a":1}', Line, 'content');
        Assert.IsTrue(InStr.EOS(), 'end of stream');
    end;

    [Test]
    procedure BlobWithoutValue()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Blob.HasValue() Method"
        Assert.IsFalse(Entry.Payload.HasValue(), 'empty');
    end;

    [Test]
    procedure FieldRefReadsAndWritesValues()
    var
        Country: Record "RT Country";
        RecRef: RecordRef;
        FldRef: FieldRef;
    begin
        // Source: Microsoft Learn, "RecordRef.Field(Integer) Method" and "FieldRef.Value([Any]) Method"
        Country.DeleteAll();
        RecRef.Open(Database::"RT Country");
        FldRef := RecRef.Field(1);
        FldRef.Value := 'IT';
        FldRef := RecRef.Field(2);
        FldRef.Value := 'Italy';
        RecRef.Insert();
        Assert.IsTrue(Country.Get('IT'), 'inserted through RecordRef');
        Assert.AreEqual('Italy', Country.Name, 'name');
        Assert.AreEqual('Name', FldRef.Name(), 'field name');
        Assert.AreEqual(2, FldRef.Number(), 'field number');
    end;

    [Test]
    procedure FieldRefFilters()
    var
        Country: Record "RT Country";
        RecRef: RecordRef;
        FldRef: FieldRef;
    begin
        // Source: Microsoft Learn, "FieldRef.SetRange([Any] [, Any]) Method"
        Country.DeleteAll();
        Country.Code := 'A';
        Country.Insert();
        Country.Code := 'B';
        Country.Insert();
        RecRef.Open(Database::"RT Country");
        FldRef := RecRef.Field(1);
        FldRef.SetRange('B');
        Assert.AreEqual(1, RecRef.Count(), 'filtered');
        Assert.AreEqual('B', FldRef.GetFilter(), 'filter text');
    end;

    [Test]
    procedure WritePermissionIsGranted()
    var
        Country: Record "RT Country";
    begin
        // Source: Microsoft Learn, "Record.WritePermission() Method" (the runtime grants every permission)
        Assert.IsTrue(Country.WritePermission(), 'write');
        Assert.IsTrue(Country.ReadPermission(), 'read');
    end;
}

// Conformance: app resources (NavApp.GetResource) read from the app's resourceFolders.
codeunit 50149 "RT Resources"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";

    [Test]
    procedure GetResourceReadsTheFile()
    var
        InStr: InStream;
        Line: Text;
        Content: Text;
        JObject: JsonObject;
    begin
        // Source: Microsoft Learn, "NavApp.GetResource(Text, var InStream [, TextEncoding]) Method"
        NavApp.GetResource('RTResource.json', InStr, TextEncoding::UTF8);
        while not InStr.EOS() do begin
            InStr.ReadText(Line);
            Content += Line;
        end;
        Assert.IsTrue(JObject.ReadFrom(Content), 'resource is JSON');
        Assert.AreEqual('hello', JObject.GetText('greeting'), 'content');
    end;

    [Test]
    procedure MissingResourceIsError()
    var
        InStr: InStream;
    begin
        // Source: Microsoft Learn, "NavApp.GetResource(Text, var InStream [, TextEncoding]) Method" (an error when the resource does not exist)
        asserterror NavApp.GetResource('NoSuchResource.json', InStr);
        Assert.ExpectedError('NoSuchResource.json');
    end;

    [Test]
    procedure EnumTypeStaticMethods()
    var
        Kind: Enum "RT Shape Kind";
        Names: List of [Text];
    begin
        // Source: Microsoft Learn, "Enum.Names() Method" and "Enum.FromInteger(Integer) Method" (called on Enum::"Name")
        Names := Enum::"RT Shape Kind".Names();
        Assert.AreEqual(3, Names.Count(), 'names');
        Assert.AreEqual('Circle', Names.Get(2), 'second name');
        Assert.AreEqual(2, Enum::"RT Shape Kind".Ordinals().Get(3), 'third ordinal');
        Kind := Enum::"RT Shape Kind".FromInteger(1);
        Assert.IsTrue(Kind = Kind::Circle, 'from integer');
    end;

    [Test]
    procedure ClearOnVarListParameter()
    var
        Items: List of [Text];
    begin
        // Source: Microsoft Learn, "System.Clear(var Any) Method" (a var parameter refers to the caller's variable)
        Items.Add('old');
        RefillList(Items);
        Assert.AreEqual(1, Items.Count(), 'one element');
        Assert.AreEqual('new', Items.Get(1), 'caller sees the refilled list');
    end;

    local procedure RefillList(var Items: List of [Text])
    begin
        Clear(Items);
        Items.Add('new');
    end;

    [Test]
    procedure SleepLetsTimePass()
    var
        Before: DateTime;
    begin
        // Source: Microsoft Learn, "System.Sleep(Integer) Method" (waits the given milliseconds; time has moved on after it)
        Before := CurrentDateTime();
        Sleep(1500);
        Assert.IsTrue(CurrentDateTime() - Before >= 1500, 'at least 1.5 s later');
    end;

    [Test]
    procedure InsStrAndArrayLen()
    var
        Values: array[4] of Integer;
        Grid: array[2, 3] of Text;
    begin
        // Source: Microsoft Learn, "Text.InsStr(Text, Text, Integer) Method" and "System.ArrayLen(Array [, Integer]) Method"
        Assert.AreEqual('AB-CD', InsStr('ABCD', '-', 3), 'inserted');
        Assert.AreEqual('ABCD!', InsStr('ABCD', '!', 10), 'past the end appends');
        Assert.AreEqual(4, ArrayLen(Values), 'one dimension');
        Assert.AreEqual(3, ArrayLen(Grid, 2), 'second dimension');
    end;
}

// Conformance: JsonObject, JsonArray, JsonToken, JsonValue (reference semantics, methods, errors).
codeunit 50145 "RT Json"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";

    [Test]
    procedure ObjectReadFromAndGet()
    var
        JObject: JsonObject;
        JToken: JsonToken;
    begin
        // Source: Microsoft Learn, "JsonObject.ReadFrom(Text) Method" and "JsonObject.Get(Text, var JsonToken) Method"
        Assert.IsTrue(JObject.ReadFrom('{"id":"A1","amount":12.50,"active":true}'), 'parsed');
        Assert.IsTrue(JObject.Get('id', JToken), 'id found');
        Assert.AreEqual('A1', JToken.AsValue().AsText(), 'id');
        Assert.IsFalse(JObject.Get('missing', JToken), 'missing key gives false');
        Assert.AreEqual(3, JObject.Keys().Count(), 'keys');
    end;

    [Test]
    procedure ObjectReadFromInvalidReturnsFalse()
    var
        JObject: JsonObject;
    begin
        // Source: Microsoft Learn, "JsonObject.ReadFrom(Text) Method" (returns false when the text is not valid JSON)
        Assert.IsFalse(JObject.ReadFrom('{"id":'), 'invalid JSON');
        asserterror JObject.ReadFrom('[1,2]');
        Assert.ExpectedError('Error reading JObject from JsonReader.');
    end;

    [Test]
    procedure ObjectAddDuplicateKeyIsError()
    var
        JObject: JsonObject;
    begin
        // Source: Microsoft Learn, "JsonObject.Add(Text, JsonToken) Method" (fails when the key already exists)
        JObject.Add('name', 'x');
        Assert.IsFalse(JObject.Add('name', 'y'), 'second Add returns false');
        asserterror JObject.Add('name', 'z');
        Assert.ExpectedError('An item with the same key has already been added.');
    end;

    [Test]
    procedure ObjectGetMissingWithoutResultIsError()
    var
        JObject: JsonObject;
        JToken: JsonToken;
    begin
        // Source: Microsoft Learn, "JsonObject.Get(Text, var JsonToken) Method" (without a return value a missing key is an error)
        asserterror JObject.Get('nope', JToken);
        Assert.ExpectedError('nope');
    end;

    [Test]
    procedure ObjectWriteToKeepsNumberText()
    var
        JObject: JsonObject;
        Json: Text;
    begin
        // Source: Microsoft Learn, "JsonObject.WriteTo(var Text) Method"
        JObject.ReadFrom('{"a":12.50,"b":[1,2],"c":null}');
        JObject.WriteTo(Json);
        Assert.AreEqual('{"a":12.50,"b":[1,2],"c":null}', Json, 'round trip');
    end;

    [Test]
    procedure ObjectAddSimpleValuesWritesJson()
    var
        JObject: JsonObject;
        Json: Text;
    begin
        // Source: Microsoft Learn, "JsonObject.Add(Text, Boolean) Method" and siblings
        JObject.Add('text', 'a"b');
        JObject.Add('int', 42);
        JObject.Add('bool', false);
        JObject.Add('date', DMY2Date(31, 1, 2024));
        JObject.WriteTo(Json);
        Assert.AreEqual('{"text":"a\"b","int":42,"bool":false,"date":"2024-01-31"}', Json, 'written');
    end;

    [Test]
    procedure ObjectIsReferenceType()
    var
        A: JsonObject;
        B: JsonObject;
    begin
        // Source: Microsoft Learn, "JsonObject data type" (JsonObject is a reference type)
        B := A;
        B.Add('k', 1);
        Assert.IsTrue(A.Contains('k'), 'A sees the change made through B');
    end;

    [Test]
    procedure CloneIsDeepCopy()
    var
        A: JsonObject;
        B: JsonObject;
    begin
        // Source: Microsoft Learn, "JsonObject.Clone() Method" (a deep copy)
        A.Add('k', 1);
        B := A.Clone().AsObject();
        B.Add('other', 2);
        Assert.IsFalse(A.Contains('other'), 'clone is independent');
        Assert.IsTrue(B.Contains('k'), 'clone has the original keys');
    end;

    [Test]
    procedure ObjectReplaceRemoveContains()
    var
        JObject: JsonObject;
    begin
        // Source: Microsoft Learn, "JsonObject.Replace(Text, JsonToken) Method", "JsonObject.Remove(Text) Method"
        JObject.Add('k', 1);
        JObject.Replace('k', 'two');
        Assert.AreEqual('two', JObject.GetText('k'), 'replaced');
        Assert.IsTrue(JObject.Remove('k'), 'removed');
        Assert.IsFalse(JObject.Contains('k'), 'gone');
        Assert.IsFalse(JObject.Replace('k', 3), 'replace of a missing key is false');
    end;

    [Test]
    procedure ObjectTypedGetters()
    var
        JObject: JsonObject;
    begin
        // Source: Microsoft Learn, "JsonObject.GetText(Text [, Boolean]) Method" and siblings
        JObject.ReadFrom('{"t":"x","i":7,"d":1.25,"b":true,"n":null}');
        Assert.AreEqual('x', JObject.GetText('t'), 'text');
        Assert.AreEqual(7, JObject.GetInteger('i'), 'integer');
        Assert.AreEqual(1.25, JObject.GetDecimal('d'), 'decimal');
        Assert.IsTrue(JObject.GetBoolean('b'), 'boolean');
        Assert.AreEqual('', JObject.GetText('missing', true), 'default if not found');
        asserterror JObject.GetText('missing');
        Assert.ExpectedError('missing');
    end;

    [Test]
    procedure ArrayAddGetCount()
    var
        JArray: JsonArray;
        JToken: JsonToken;
        Json: Text;
    begin
        // Source: Microsoft Learn, "JsonArray data type" (Add, Get, Count; indexes start at 0)
        JArray.Add(1);
        JArray.Add('two');
        JArray.Insert(0, true);
        Assert.AreEqual(3, JArray.Count(), 'count');
        JArray.Get(2, JToken);
        Assert.AreEqual('two', JToken.AsValue().AsText(), 'index 2');
        JArray.WriteTo(Json);
        Assert.AreEqual('[true,1,"two"]', Json, 'written');
        Assert.IsFalse(JArray.Get(3, JToken), 'out of range gives false');
    end;

    [Test]
    procedure ArraySetRemoveAtIndexOf()
    var
        JArray: JsonArray;
    begin
        // Source: Microsoft Learn, "JsonArray.Set(Integer, JsonToken) Method", "JsonArray.RemoveAt(Integer) Method", "JsonArray.IndexOf(JsonToken) Method"
        JArray.ReadFrom('["a","b","c"]');
        JArray.Set(1, 'B');
        Assert.AreEqual(1, JArray.IndexOf('B'), 'index of B');
        JArray.RemoveAt(0);
        Assert.AreEqual(2, JArray.Count(), 'count after remove');
        Assert.AreEqual('B', JArray.GetText(0), 'first is B');
        asserterror JArray.RemoveAt(5);
        Assert.ExpectedError('Index 5');
    end;

    [Test]
    procedure ArrayForeachOverTokens()
    var
        JArray: JsonArray;
        JToken: JsonToken;
        Total: Integer;
    begin
        // Source: Microsoft Learn, "JsonArray data type" (foreach over a JsonArray yields JsonToken)
        JArray.ReadFrom('[1,2,3]');
        foreach JToken in JArray do
            Total += JToken.AsValue().AsInteger();
        Assert.AreEqual(6, Total, 'sum');
    end;

    [Test]
    procedure TokenKinds()
    var
        JToken: JsonToken;
    begin
        // Source: Microsoft Learn, "JsonToken.IsObject() Method", "JsonToken.IsArray() Method", "JsonToken.IsValue() Method"
        JToken.ReadFrom('{"a":1}');
        Assert.IsTrue(JToken.IsObject(), 'object');
        JToken.ReadFrom('[1]');
        Assert.IsTrue(JToken.IsArray(), 'array');
        JToken.ReadFrom('"x"');
        Assert.IsTrue(JToken.IsValue(), 'value');
    end;

    [Test]
    procedure TokenWrongConversionIsError()
    var
        JToken: JsonToken;
    begin
        // Source: Microsoft Learn, "JsonToken.AsValue() Method" (fails when the token is not a value)
        JToken.ReadFrom('{"a":1}');
        asserterror JToken.AsValue();
        Assert.ExpectedError('Unable to convert from Microsoft.Dynamics.Nav.Runtime.NavJsonObject to Microsoft.Dynamics.Nav.Runtime.NavJsonValue.');
    end;

    [Test]
    procedure AsObjectSharesTheNode()
    var
        Root: JsonObject;
        Child: JsonObject;
        JToken: JsonToken;
    begin
        // Source: Microsoft Learn, "JsonToken.AsObject() Method" (returns the same object, not a copy)
        Root.ReadFrom('{"inner":{"a":1}}');
        Root.Get('inner', JToken);
        Child := JToken.AsObject();
        Child.Add('b', 2);
        Assert.AreEqual(2, Root.GetObject('inner').GetInteger('b'), 'change visible through the root');
    end;

    [Test]
    procedure SelectTokenByPath()
    var
        JObject: JsonObject;
        JToken: JsonToken;
    begin
        // Source: Microsoft Learn, "JsonObject.SelectToken(Text, var JsonToken) Method" (JPath expressions)
        JObject.ReadFrom('{"value":[{"id":"a"},{"id":"b"}],"next":null}');
        Assert.IsTrue(JObject.SelectToken('$.value[1].id', JToken), 'selected');
        Assert.AreEqual('b', JToken.AsValue().AsText(), 'second id');
        Assert.AreEqual('value[1].id', JToken.Path(), 'path of the token');
        Assert.IsFalse(JObject.SelectToken('$.nothing', JToken), 'no match gives false');
    end;

    [Test]
    procedure SelectTokensReturnsAll()
    var
        JObject: JsonObject;
        Tokens: List of [JsonToken];
        JToken: JsonToken;
        Ids: Text;
    begin
        // Source: Microsoft Learn, "JsonObject.SelectTokens(Text, var List of [JsonToken]) Method"
        JObject.ReadFrom('{"value":[{"id":"a"},{"id":"b"}]}');
        Assert.IsTrue(JObject.SelectTokens('$.value[*].id', Tokens), 'selected');
        foreach JToken in Tokens do
            Ids += JToken.AsValue().AsText();
        Assert.AreEqual('ab', Ids, 'both ids');
    end;

    [Test]
    procedure ValueIsNullAndSetValue()
    var
        JObject: JsonObject;
        JValue: JsonValue;
        Json: Text;
    begin
        // Source: Microsoft Learn, "JsonValue.IsNull() Method", "JsonValue.SetValue(Decimal) Method"
        Assert.IsTrue(JValue.IsNull(), 'a new JsonValue is null');
        JValue.SetValue(10.5);
        Assert.IsFalse(JValue.IsNull(), 'set');
        JObject.Add('amount', JValue);
        JValue.SetValueToNull();
        JObject.WriteTo(Json);
        Assert.AreEqual('{"amount":null}', Json, 'the object holds the same value node');
    end;

    [Test]
    procedure ValueAsDateTimeIsUtc()
    var
        JValue: JsonValue;
        Expected: DateTime;
    begin
        // Source: Microsoft Learn, "JsonValue.AsDateTime() Method"
        JValue.ReadFrom('"2024-03-01T10:00:00.0000000Z"');
        Expected := CreateDateTime(DMY2Date(1, 3, 2024), 100000T);
        Assert.AreEqual(Format(Expected, 0, 9), Format(JValue.AsDateTime(), 0, 9), 'UTC date-time');
    end;

    [Test]
    procedure ValueAsIntegerOfTextIsError()
    var
        JValue: JsonValue;
    begin
        // Source: Microsoft Learn, "JsonValue.AsInteger() Method" (fails when the value cannot be converted)
        JValue.SetValue('abc');
        asserterror JValue.AsInteger();
        Assert.ExpectedError('cannot be converted');
    end;

    [Test]
    procedure ClearGivesNewObject()
    var
        A: JsonObject;
        B: JsonObject;
    begin
        // Source: Microsoft Learn, "System.Clear(var Any) Method" (a cleared reference variable gets a new instance)
        A.Add('k', 1);
        B := A;
        Clear(A);
        Assert.AreEqual(0, A.Keys().Count(), 'A is empty');
        Assert.IsTrue(B.Contains('k'), 'B keeps the old object');
    end;

    [Test]
    procedure JsonInVariant()
    var
        JObject: JsonObject;
        V: Variant;
    begin
        // Source: Microsoft Learn, "Variant.IsJsonObject() Method"
        V := JObject;
        Assert.IsTrue(V.IsJsonObject(), 'variant holds a JsonObject');
        Assert.IsFalse(V.IsJsonArray(), 'not an array');
    end;

    [Test]
    procedure SecretTextCannotBeStored()
    var
        JObject: JsonObject;
        Secret: SecretText;
    begin
        // Source: Microsoft Learn, "SecretText data type" (a secret cannot be converted into other data)
        Secret := 'p@ss';
        asserterror JObject.Add('secret', Secret);
        Assert.IsTrue(StrPos(GetLastErrorText(), 'p@ss') = 0, 'secret not in the error');
    end;

    [Test]
    procedure ErrorCarriesCallStack()
    var
        JToken: JsonToken;
    begin
        // Source: Microsoft Learn, "System.GetLastErrorCallStack() Method"
        JToken.ReadFrom('[1]');
        asserterror ReadObject(JToken);
        Assert.IsTrue(StrPos(GetLastErrorCallStack(), 'ReadObject') > 0, 'call stack names the procedure');
    end;

    local procedure ReadObject(JToken: JsonToken)
    begin
        JToken.AsObject();
    end;
}

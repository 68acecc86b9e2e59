// Conformance: SecretText, IsolatedStorage, ErrorInfo properties.
codeunit 50144 "RT Secrets"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";

    [Test]
    procedure SecretTextFromText()
    var
        Secret: SecretText;
    begin
        // Source: Microsoft Learn, "SecretText data type" (a Text converts to SecretText)
        Assert.IsTrue(Secret.IsEmpty(), 'empty by default');
        Secret := 'p@ss';
        Assert.IsFalse(Secret.IsEmpty(), 'set');
    end;

    [Test]
    procedure SecretTextCannotBeFormatted()
    var
        Secret: SecretText;
    begin
        // Source: Microsoft Learn, "SecretText data type" (the value cannot be shown or converted back to text)
        Secret := 'p@ss';
        asserterror Error('Value: %1', Format(Secret));
        Assert.IsTrue(StrPos(GetLastErrorText(), 'p@ss') = 0, 'secret not in the error text');
    end;

    [Test]
    procedure SecretStrSubstNoBuildsSecret()
    var
        Secret: SecretText;
        Header: SecretText;
    begin
        // Source: Microsoft Learn, "System.SecretStrSubstNo(Text, SecretText...) Method"
        Secret := 'token';
        Header := SecretStrSubstNo('Bearer %1', Secret);
        Assert.IsFalse(Header.IsEmpty(), 'built');
    end;

    [Test]
    procedure IsolatedStorageRoundTrip()
    var
        Value: Text;
    begin
        // Source: Microsoft Learn, "IsolatedStorage.Set", "IsolatedStorage.Get", "IsolatedStorage.Contains"
        Assert.IsTrue(IsolatedStorage.Set('K1', 'v1', DataScope::Company), 'set');
        Assert.IsTrue(IsolatedStorage.Contains('K1', DataScope::Company), 'contains');
        Assert.IsTrue(IsolatedStorage.Get('K1', DataScope::Company, Value), 'get');
        Assert.AreEqual('v1', Value, 'value');
    end;

    [Test]
    procedure IsolatedStorageScopesAreSeparate()
    var
        Value: Text;
    begin
        // Source: Microsoft Learn, "DataScope Option Type" (Module, User, Company, CompanyAndUser)
        IsolatedStorage.Set('K2', 'company', DataScope::Company);
        Assert.IsFalse(IsolatedStorage.Contains('K2', DataScope::User), 'not in user scope');
        Assert.IsFalse(IsolatedStorage.Get('K2', DataScope::Module, Value), 'not in module scope');
    end;

    [Test]
    procedure IsolatedStorageSecretAndDelete()
    var
        Secret: SecretText;
        Back: SecretText;
    begin
        // Source: Microsoft Learn, "IsolatedStorage.SetEncrypted" and "IsolatedStorage.Delete"
        Secret := 'client secret';
        IsolatedStorage.SetEncrypted('S1', Secret, DataScope::Company);
        Assert.IsTrue(IsolatedStorage.Get('S1', DataScope::Company, Back), 'get secret');
        Assert.IsFalse(Back.IsEmpty(), 'secret value');
        Assert.IsTrue(IsolatedStorage.Delete('S1', DataScope::Company), 'deleted');
        Assert.IsFalse(IsolatedStorage.Contains('S1', DataScope::Company), 'gone');
    end;

    [Test]
    procedure ErrorInfoPropertiesByAssignment()
    var
        Info: ErrorInfo;
    begin
        // Source: Microsoft Learn, "ErrorInfo data type" (Message, Title and ErrorType can be set)
        Info.Title := 'Sync failed';
        Info.Message := 'The connection was refused.';
        Info.ErrorType := ErrorType::Client;
        Assert.AreEqual('Sync failed', Info.Title, 'title');
        asserterror Error(Info);
        Assert.ExpectedError('The connection was refused.');
    end;
}

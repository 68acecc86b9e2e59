namespace Seed.BookingsInvoicing.Setup;

/// <summary>
/// Typed getters for Graph JSON that treat a missing property and a JSON null the same way.
/// </summary>
codeunit 70470015 "BKI Json Reader"
{
    Access = Public;
    InherentEntitlements = X;
    InherentPermissions = X;

    /// <summary>The text value of a property, or '' when it is missing, null or not a value.</summary>
    procedure GetText(JObject: JsonObject; PropertyName: Text): Text
    var
        Token: JsonToken;
    begin
        if not JObject.Get(PropertyName, Token) then
            exit('');
        if not Token.IsValue() then
            exit('');
        if Token.AsValue().IsNull() or Token.AsValue().IsUndefined() then
            exit('');
        exit(Token.AsValue().AsText());
    end;

    /// <summary>Gets a nested object; false when it is missing, null or not an object.</summary>
    procedure GetObject(JObject: JsonObject; PropertyName: Text; var Result: JsonObject): Boolean
    var
        Token: JsonToken;
    begin
        Clear(Result);
        if not JObject.Get(PropertyName, Token) then
            exit(false);
        if not Token.IsObject() then
            exit(false);
        Result := Token.AsObject();
        exit(true);
    end;
}

namespace Seed.BookingsInvoicing.Sync;

/// <summary>
/// Typed, null-safe getters for Graph JSON. Missing and null values give the empty value; texts are cut to the
/// maximum length asked for. Every Graph response is parsed once, here, into records.
/// </summary>
codeunit 70470036 "BKI Json Helper"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;

    procedure GetText(JObject: JsonObject; PropertyName: Text): Text
    var
        Token: JsonToken;
    begin
        if not GetValueToken(JObject, PropertyName, Token) then
            exit('');
        exit(Token.AsValue().AsText());
    end;

    procedure GetText(JObject: JsonObject; PropertyName: Text; MaxLength: Integer): Text
    begin
        exit(CopyStr(GetText(JObject, PropertyName), 1, MaxLength));
    end;

    procedure GetDecimal(JObject: JsonObject; PropertyName: Text): Decimal
    var
        Token: JsonToken;
        Result: Decimal;
    begin
        if not GetValueToken(JObject, PropertyName, Token) then
            exit(0);
        if Evaluate(Result, Token.AsValue().AsText(), 9) then
            exit(Result);
        exit(Token.AsValue().AsDecimal());
    end;

    procedure GetBoolean(JObject: JsonObject; PropertyName: Text): Boolean
    var
        Token: JsonToken;
    begin
        if not GetValueToken(JObject, PropertyName, Token) then
            exit(false);
        exit(Token.AsValue().AsBoolean());
    end;

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

    procedure GetArray(JObject: JsonObject; PropertyName: Text; var Result: JsonArray): Boolean
    var
        Token: JsonToken;
    begin
        Clear(Result);
        if not JObject.Get(PropertyName, Token) then
            exit(false);
        if not Token.IsArray() then
            exit(false);
        Result := Token.AsArray();
        exit(true);
    end;

    /// <summary>Reads a required text property; raises an error naming the property when it is missing or empty.</summary>
    procedure GetRequiredText(JObject: JsonObject; PropertyName: Text; EntityName: Text): Text
    var
        Value: Text;
        MissingPropertyErr: Label 'The %1 sent by Bookings has no "%2" value, so it cannot be synchronized.', Comment = '%1 = entity, e.g. appointment, %2 = JSON property name';
    begin
        Value := GetText(JObject, PropertyName);
        if Value = '' then
            Error(MissingPropertyErr, EntityName, PropertyName);
        exit(Value);
    end;

    /// <summary>Reads an array of strings (e.g. staffMemberIds).</summary>
    procedure GetTextList(JObject: JsonObject; PropertyName: Text; var Result: List of [Text])
    var
        Values: JsonArray;
        Item: JsonToken;
    begin
        Clear(Result);
        if not GetArray(JObject, PropertyName, Values) then
            exit;
        foreach Item in Values do
            if Item.IsValue() then
                if not Item.AsValue().IsNull() then
                    Result.Add(Item.AsValue().AsText());
    end;

    /// <summary>
    /// Reads a Graph dateTimeTimeZone property (e.g. startDateTime) as a UTC instant. Graph v1.0 uses
    /// startDateTime/endDateTime; some samples use start/end, so the caller passes both names.
    /// </summary>
    procedure GetDateTimeTimeZone(JObject: JsonObject; PropertyName: Text; AlternativeName: Text; var Result: DateTime): Boolean
    var
        BKITimeZoneConversion: Codeunit "BKI Time Zone Conversion";
        DateTimeObject: JsonObject;
    begin
        Result := 0DT;
        if not GetObject(JObject, PropertyName, DateTimeObject) then
            if not GetObject(JObject, AlternativeName, DateTimeObject) then
                exit(false);
        exit(BKITimeZoneConversion.ParseGraphDateTime(GetText(DateTimeObject, 'dateTime'), GetText(DateTimeObject, 'timeZone'), Result));
    end;

    /// <summary>Reads an ISO 8601 DateTimeOffset property such as lastUpdatedDateTime.</summary>
    procedure GetDateTimeOffset(JObject: JsonObject; PropertyName: Text): DateTime
    var
        BKITimeZoneConversion: Codeunit "BKI Time Zone Conversion";
        Result: DateTime;
    begin
        if not BKITimeZoneConversion.ParseGraphDateTime(GetText(JObject, PropertyName), 'UTC', Result) then
            exit(0DT);
        exit(Result);
    end;

    /// <summary>Converts an ISO 8601 duration (PT1H30M, P1DT2H, PT45S) to whole minutes; 0 when it cannot be read.</summary>
    procedure ParseDurationMinutes(IsoDuration: Text): Integer
    var
        Number: Text;
        Character: Text;
        Position: Integer;
        InTimePart: Boolean;
        Value: Decimal;
        TotalSeconds: Decimal;
    begin
        IsoDuration := IsoDuration.ToUpper();
        if not IsoDuration.StartsWith('P') then
            exit(0);
        for Position := 2 to StrLen(IsoDuration) do begin
            Character := CopyStr(IsoDuration, Position, 1);
            if Character = 'T' then
                InTimePart := true
            else
                if StrPos('0123456789.,', Character) > 0 then
                    Number += Character.Replace(',', '.')
                else begin
                    Value := 0;
                    if Number <> '' then
                        if not Evaluate(Value, Number, 9) then
                            exit(0);
                    case true of
                        (Character = 'D'):
                            TotalSeconds += Value * 86400;
                        (Character = 'H') and InTimePart:
                            TotalSeconds += Value * 3600;
                        (Character = 'M') and InTimePart:
                            TotalSeconds += Value * 60;
                        (Character = 'S') and InTimePart:
                            TotalSeconds += Value;
                        (Character = 'W'):
                            TotalSeconds += Value * 604800;
                        else
                            exit(0);
                    end;
                    Number := '';
                end;
        end;
        exit(Round(TotalSeconds / 60, 1));
    end;

    /// <summary>Formats a UTC instant as ISO 8601 for Graph query parameters (e.g. 2025-01-31T00:00:00Z).</summary>
    procedure FormatUtc(Value: DateTime): Text
    begin
        // Format 9 is the XML format, always written in UTC with a Z suffix, whatever the session time zone.
        exit(Format(Value, 0, 9));
    end;

    local procedure GetValueToken(JObject: JsonObject; PropertyName: Text; var Token: JsonToken): Boolean
    begin
        if not JObject.Get(PropertyName, Token) then
            exit(false);
        if not Token.IsValue() then
            exit(false);
        exit(not Token.AsValue().IsNull());
    end;
}

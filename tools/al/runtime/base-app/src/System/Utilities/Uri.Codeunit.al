// Model of System Application codeunit 3060 Uri: the escaping procedures, written in AL with the behaviour of .NET
// Uri.EscapeDataString/UnescapeDataString (RFC 3986: unreserved characters A-Z a-z 0-9 - . _ ~ stay, every other
// character becomes %XX per UTF-8 byte, upper-case hex). The parsing procedures (Init, GetHost, ...) are not modelled.
namespace System.Utilities;

codeunit 3060 Uri
{
    Access = Public;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        HexDigitsTok: Label '0123456789ABCDEF', Locked = true;
        UnreservedTok: Label 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~', Locked = true;

    procedure EscapeDataString(TextToEscape: Text): Text
    var
        Builder: TextBuilder;
        Character: Char;
        CodePoint: Integer;
        i: Integer;
    begin
        i := 1;
        while i <= StrLen(TextToEscape) do begin
            Character := TextToEscape[i];
            if StrPos(UnreservedTok, Format(Character)) > 0 then
                Builder.Append(Format(Character))
            else begin
                CodePoint := Character;
                // A UTF-16 surrogate pair carries one code point above U+FFFF.
                if (CodePoint >= 55296) and (CodePoint <= 56319) and (i < StrLen(TextToEscape)) then begin
                    i += 1;
                    Character := TextToEscape[i];
                    CodePoint := 65536 + (CodePoint - 55296) * 1024 + (Character - 56320);
                end;
                AppendUtf8Escaped(Builder, CodePoint);
            end;
            i += 1;
        end;
        exit(Builder.ToText());
    end;

    procedure UnescapeDataString(TextToUnescape: Text): Text
    var
        Builder: TextBuilder;
        EscapedBytes: List of [Integer];
        i: Integer;
        ByteValue: Integer;
    begin
        i := 1;
        while i <= StrLen(TextToUnescape) do begin
            if (TextToUnescape[i] = '%') and (i + 2 <= StrLen(TextToUnescape)) and TryHexByte(CopyStr(TextToUnescape, i + 1, 2), ByteValue) then begin
                EscapedBytes.Add(ByteValue);
                i += 3;
            end else begin
                if EscapedBytes.Count() > 0 then begin
                    Builder.Append(DecodeUtf8(EscapedBytes));
                    Clear(EscapedBytes);
                end;
                Builder.Append(Format(TextToUnescape[i]));
                i += 1;
            end;
        end;
        if EscapedBytes.Count() > 0 then
            Builder.Append(DecodeUtf8(EscapedBytes));
        exit(Builder.ToText());
    end;

    local procedure AppendUtf8Escaped(var Builder: TextBuilder; CodePoint: Integer)
    begin
        case true of
            CodePoint < 128:
                AppendByte(Builder, CodePoint);
            CodePoint < 2048:
                begin
                    AppendByte(Builder, 192 + (CodePoint div 64));
                    AppendByte(Builder, 128 + (CodePoint mod 64));
                end;
            CodePoint < 65536:
                begin
                    AppendByte(Builder, 224 + (CodePoint div 4096));
                    AppendByte(Builder, 128 + ((CodePoint div 64) mod 64));
                    AppendByte(Builder, 128 + (CodePoint mod 64));
                end;
            else begin
                AppendByte(Builder, 240 + (CodePoint div 262144));
                AppendByte(Builder, 128 + ((CodePoint div 4096) mod 64));
                AppendByte(Builder, 128 + ((CodePoint div 64) mod 64));
                AppendByte(Builder, 128 + (CodePoint mod 64));
            end;
        end;
    end;

    local procedure AppendByte(var Builder: TextBuilder; ByteValue: Integer)
    begin
        Builder.Append('%');
        Builder.Append(CopyStr(HexDigitsTok, (ByteValue div 16) + 1, 1));
        Builder.Append(CopyStr(HexDigitsTok, (ByteValue mod 16) + 1, 1));
    end;

    local procedure TryHexByte(HexText: Text; var ByteValue: Integer): Boolean
    var
        High: Integer;
        Low: Integer;
    begin
        High := StrPos(HexDigitsTok, UpperCase(CopyStr(HexText, 1, 1))) - 1;
        Low := StrPos(HexDigitsTok, UpperCase(CopyStr(HexText, 2, 1))) - 1;
        if (High < 0) or (Low < 0) then
            exit(false);
        ByteValue := High * 16 + Low;
        exit(true);
    end;

    // Decodes a run of escaped UTF-8 bytes into text (invalid sequences stay as %XX, like .NET).
    local procedure DecodeUtf8(Bytes: List of [Integer]): Text
    var
        Builder: TextBuilder;
        Character: Char;
        CodePoint: Integer;
        Needed: Integer;
        Lead: Integer;
        i: Integer;
        j: Integer;
        Valid: Boolean;
    begin
        i := 1;
        while i <= Bytes.Count() do begin
            Lead := Bytes.Get(i);
            case true of
                Lead < 128:
                    begin
                        Needed := 0;
                        CodePoint := Lead;
                    end;
                (Lead >= 192) and (Lead < 224):
                    begin
                        Needed := 1;
                        CodePoint := Lead - 192;
                    end;
                (Lead >= 224) and (Lead < 240):
                    begin
                        Needed := 2;
                        CodePoint := Lead - 224;
                    end;
                (Lead >= 240) and (Lead < 248):
                    begin
                        Needed := 3;
                        CodePoint := Lead - 240;
                    end;
                else
                    Needed := -1;
            end;
            Valid := (Needed >= 0) and (i + Needed <= Bytes.Count());
            if Valid then
                for j := 1 to Needed do
                    if (Bytes.Get(i + j) < 128) or (Bytes.Get(i + j) >= 192) then
                        Valid := false
                    else
                        CodePoint := CodePoint * 64 + (Bytes.Get(i + j) - 128);
            if not Valid then begin
                AppendByte(Builder, Lead);
                i += 1;
            end else begin
                if CodePoint >= 65536 then begin
                    Character := 55296 + ((CodePoint - 65536) div 1024);
                    Builder.Append(Format(Character));
                    Character := 56320 + ((CodePoint - 65536) mod 1024);
                end else
                    Character := CodePoint;
                Builder.Append(Format(Character));
                i += Needed + 1;
            end;
        end;
        exit(Builder.ToText());
    end;
}

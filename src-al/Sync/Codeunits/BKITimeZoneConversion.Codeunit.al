namespace Seed.BookingsInvoicing.Sync;

using System.DateTime;

/// <summary>
/// The one place that converts between UTC instants and wall-clock date/time in the Bookings business time zone.
/// Uses the System Application "Time Zone" codeunit (daylight saving aware), never the session time zone, and never
/// DT2Date/DT2Time (they use the user's time zone). Accepts Windows zone names and the common IANA names Bookings sends.
/// </summary>
codeunit 70470037 "BKI Time Zone Conversion"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;

    /// <summary>Splits a UTC instant into the date and time on the wall clock of the given time zone.</summary>
    procedure UtcToLocal(UtcDateTime: DateTime; TimeZoneId: Text; var LocalDate: Date; var LocalTime: Time)
    var
        Shifted: DateTime;
    begin
        LocalDate := 0D;
        LocalTime := 0T;
        if UtcDateTime = 0DT then
            exit;
        Shifted := UtcDateTime + GetUtcOffset(UtcDateTime, TimeZoneId);
        SplitUtc(Shifted, LocalDate, LocalTime);
    end;

    /// <summary>The UTC instant of a wall-clock date and time in the given time zone.</summary>
    procedure LocalToUtc(LocalDate: Date; LocalTime: Time; TimeZoneId: Text): DateTime
    var
        WallClockAsUtc: DateTime;
    begin
        WallClockAsUtc := ComposeUtc(LocalDate, LocalTime);
        exit(WallClockAsUtc - GetUtcOffset(WallClockAsUtc, TimeZoneId));
    end;

    /// <summary>The offset (local minus UTC) of the time zone at the given instant; 0 for a blank zone or UTC.</summary>
    procedure GetUtcOffset(UtcDateTime: DateTime; TimeZoneId: Text): Duration
    var
        TimeZone: Codeunit "Time Zone";
        WindowsId: Text;
    begin
        WindowsId := ToWindowsTimeZoneId(TimeZoneId);
        if (WindowsId = '') or (WindowsId = 'UTC') then
            exit(0);
        exit(TimeZone.GetTimezoneOffset(UtcDateTime, WindowsId));
    end;

    /// <summary>
    /// Parses a Graph date-time text ("2025-03-01T13:00:00.0000000Z", with or without Z or an offset) that belongs to
    /// the given Graph time zone name, into a UTC instant. Returns false when the text cannot be read.
    /// </summary>
    procedure ParseGraphDateTime(DateTimeText: Text; TimeZoneId: Text; var Result: DateTime): Boolean
    var
        Normalized: Text;
        Suffix: Text;
        HasZone: Boolean;
        DotPosition: Integer;
        Position: Integer;
        Fraction: Text;
    begin
        Result := 0DT;
        DateTimeText := DelChr(DateTimeText, '<>', ' ');
        if StrLen(DateTimeText) < 19 then
            exit(false);
        Normalized := CopyStr(DateTimeText, 1, 19);
        Suffix := CopyStr(DateTimeText, 20);
        // Keep at most three fractional digits; Graph sends seven.
        if Suffix.StartsWith('.') then begin
            DotPosition := 1;
            Position := 2;
            while (Position <= StrLen(Suffix)) and IsDigit(CopyStr(Suffix, Position, 1)) do
                Position += 1;
            Fraction := CopyStr(Suffix, DotPosition + 1, Position - DotPosition - 1);
            Suffix := CopyStr(Suffix, Position);
            if Fraction <> '' then
                Normalized += '.' + PadStr(CopyStr(Fraction, 1, 3), 3, '0');
        end;
        HasZone := (Suffix <> '');
        if HasZone then
            Normalized += Suffix
        else
            Normalized += 'Z';
        if not Evaluate(Result, Normalized, 9) then
            exit(false);
        if not HasZone then
            // The text is a wall-clock time in TimeZoneId (Graph says UTC for appointments, but honour any zone).
            Result := Result - GetUtcOffset(Result, TimeZoneId);
        exit(true);
    end;

    /// <summary>Splits an instant into its UTC date and time, independent of the session time zone.</summary>
    procedure SplitUtc(Value: DateTime; var UtcDate: Date; var UtcTime: Time)
    var
        XmlText: Text;
        Year: Integer;
        Month: Integer;
        Day: Integer;
        Hour: Integer;
        Minute: Integer;
        Second: Integer;
    begin
        // Format 9 writes the instant in UTC: yyyy-mm-ddThh:mi:ss[.fff]Z.
        XmlText := Format(Value, 0, 9);
        Evaluate(Year, CopyStr(XmlText, 1, 4));
        Evaluate(Month, CopyStr(XmlText, 6, 2));
        Evaluate(Day, CopyStr(XmlText, 9, 2));
        Evaluate(Hour, CopyStr(XmlText, 12, 2));
        Evaluate(Minute, CopyStr(XmlText, 15, 2));
        Evaluate(Second, CopyStr(XmlText, 18, 2));
        UtcDate := DMY2Date(Day, Month, Year);
        UtcTime := 000000T + ((Hour * 3600 + Minute * 60 + Second) * 1000);
    end;

    /// <summary>Builds the instant whose UTC date and time are the given ones, independent of the session time zone.</summary>
    procedure ComposeUtc(UtcDate: Date; UtcTime: Time): DateTime
    var
        Result: DateTime;
        MillisecondsInDay: Integer;
        XmlTextTok: Label '%1T%2:%3:%4Z', Locked = true;
    begin
        if UtcTime = 0T then
            UtcTime := 000000T;
        MillisecondsInDay := UtcTime - 000000T;
        Evaluate(Result, StrSubstNo(XmlTextTok, FormatIsoDate(UtcDate), Pad2(MillisecondsInDay div 3600000),
            Pad2((MillisecondsInDay mod 3600000) div 60000), Pad2((MillisecondsInDay mod 60000) div 1000)), 9);
        exit(Result);
    end;

    /// <summary>Formats a time as HH:mm (24 hours), the format of the selection grid and invoice descriptions.</summary>
    procedure FormatTime(Value: Time): Text
    var
        MillisecondsInDay: Integer;
    begin
        if Value = 0T then
            exit('');
        MillisecondsInDay := Value - 000000T;
        exit(Pad2(MillisecondsInDay div 3600000) + ':' + Pad2((MillisecondsInDay mod 3600000) div 60000));
    end;

    /// <summary>Formats a date as YYYY-MM-DD, independent of the regional format.</summary>
    procedure FormatIsoDate(Value: Date): Text
    begin
        if Value = 0D then
            exit('');
        exit(Format(Date2DMY(Value, 3), 0, 9) + '-' + Pad2(Date2DMY(Value, 2)) + '-' + Pad2(Date2DMY(Value, 1)));
    end;

    local procedure Pad2(Value: Integer): Text
    begin
        if Value < 10 then
            exit('0' + Format(Value, 0, 9));
        exit(Format(Value, 0, 9));
    end;

    local procedure IsDigit(Character: Text): Boolean
    begin
        exit((Character <> '') and (StrPos('0123456789', Character) > 0));
    end;

    /// <summary>Maps IANA time zone names that Bookings sends to Windows names; Windows names pass unchanged.</summary>
    procedure ToWindowsTimeZoneId(TimeZoneId: Text): Text
    begin
        case TimeZoneId.ToLower() of
            '', 'utc', 'etc/utc', 'etc/gmt', 'gmt', 'z':
                exit('UTC');
            'america/los_angeles', 'us/pacific', 'america/vancouver', 'america/tijuana':
                exit('Pacific Standard Time');
            'america/denver', 'us/mountain', 'america/edmonton':
                exit('Mountain Standard Time');
            'america/phoenix':
                exit('US Mountain Standard Time');
            'america/chicago', 'us/central', 'america/winnipeg':
                exit('Central Standard Time');
            'america/new_york', 'us/eastern', 'america/toronto', 'america/detroit':
                exit('Eastern Standard Time');
            'america/anchorage':
                exit('Alaskan Standard Time');
            'pacific/honolulu':
                exit('Hawaiian Standard Time');
            'america/sao_paulo':
                exit('E. South America Standard Time');
            'europe/london', 'europe/dublin', 'europe/lisbon':
                exit('GMT Standard Time');
            'europe/berlin', 'europe/amsterdam', 'europe/vienna', 'europe/rome', 'europe/stockholm', 'europe/oslo', 'europe/zurich':
                exit('W. Europe Standard Time');
            'europe/paris', 'europe/brussels', 'europe/copenhagen', 'europe/madrid':
                exit('Romance Standard Time');
            'europe/warsaw', 'europe/zagreb', 'europe/sarajevo':
                exit('Central European Standard Time');
            'europe/prague', 'europe/budapest', 'europe/belgrade':
                exit('Central Europe Standard Time');
            'europe/helsinki', 'europe/kiev', 'europe/kyiv', 'europe/riga', 'europe/tallinn', 'europe/vilnius', 'europe/sofia':
                exit('FLE Standard Time');
            'europe/athens', 'europe/bucharest':
                exit('GTB Standard Time');
            'europe/istanbul':
                exit('Turkey Standard Time');
            'europe/moscow':
                exit('Russian Standard Time');
            'asia/dubai':
                exit('Arabian Standard Time');
            'asia/kolkata', 'asia/calcutta':
                exit('India Standard Time');
            'asia/singapore':
                exit('Singapore Standard Time');
            'asia/shanghai', 'asia/hong_kong':
                exit('China Standard Time');
            'asia/tokyo':
                exit('Tokyo Standard Time');
            'asia/seoul':
                exit('Korea Standard Time');
            'australia/sydney', 'australia/melbourne':
                exit('AUS Eastern Standard Time');
            'australia/perth':
                exit('W. Australia Standard Time');
            'pacific/auckland':
                exit('New Zealand Standard Time');
            'africa/johannesburg':
                exit('South Africa Standard Time');
        end;
        exit(TimeZoneId);
    end;
}

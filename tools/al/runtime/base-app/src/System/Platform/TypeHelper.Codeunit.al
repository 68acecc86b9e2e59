// Model of Base Application codeunit 10 "Type Helper": only the date/time and time-zone procedures (BC implements
// them with .NET TimeZoneInfo; here they go through the runtime's native hooks). Faithful details kept:
// GetTimezoneOffset(var Duration; ID) and the Convert* procedures use the zone's BASE offset (no daylight saving
// time), and the Convert* procedures first remove the user's offset when the client is the web client.
namespace System.Reflection;

using System.Runtime.Native;

codeunit 10 "Type Helper"
{
    var
        NativeHooks: Codeunit "Runtime Native Hooks";

    /// <summary>Base UTC offset of TimeZoneID (no DST); with a blank ID, the offset of the user's time zone now.</summary>
    procedure GetTimezoneOffset(var Duration: Duration; TimeZoneID: Text)
    begin
        if TimeZoneID = '' then begin
            if not GetUserTimezoneOffset(Duration) then
                Duration := 0;
            exit;
        end;
        Duration := NativeHooks.GetBaseUtcOffset(TimeZoneID);
    end;

    /// <summary>Offset of the user's time zone setting at the current time; false when the user has none.</summary>
    procedure GetUserTimezoneOffset(var Duration: Duration): Boolean
    var
        UserTimeZoneId: Text;
    begin
        UserTimeZoneId := NativeHooks.GetUserTimeZoneId();
        if UserTimeZoneId = '' then
            exit(false);
        Duration := NativeHooks.GetUtcOffset(CurrentDateTime(), UserTimeZoneId);
        exit(true);
    end;

    /// <summary>The user's offset in the web client, else 0.</summary>
    procedure GetUserClientTypeOffset(var Duration: Duration)
    begin
        Duration := 0;
        if NativeHooks.IsWebClient() then
            GetUserTimezoneOffset(Duration);
    end;

    /// <summary>Current date and time (AL DateTime values are UTC instants).</summary>
    procedure GetCurrUTCDateTime(): DateTime
    begin
        exit(CurrentDateTime());
    end;

    /// <summary>Current UTC time as yyyy-MM-ddTHH:mm:ssZ (format 9 is UTC; its milliseconds are dropped).</summary>
    procedure GetCurrUTCDateTimeISO8601(): Text
    begin
        exit(CopyStr(Format(CurrentDateTime(), 0, 9), 1, 19) + 'Z');
    end;

    procedure AddHoursToDateTime(SourceDateTime: DateTime; NoOfHours: Integer): DateTime
    var
        Milliseconds: BigInteger;
    begin
        Milliseconds := NoOfHours;
        Milliseconds := Milliseconds * 3600000;
        exit(SourceDateTime + Milliseconds);
    end;

    /// <summary>1, -1 or 0; values less than 10 ms apart count as equal (storage precision), as in BC.</summary>
    procedure CompareDateTime(DateTimeA: DateTime; DateTimeB: DateTime): Integer
    begin
        case true of
            DateTimeA = DateTimeB:
                exit(0);
            DateTimeA = 0DT:
                exit(-1);
            DateTimeB = 0DT:
                exit(1);
            Abs(DateTimeA - DateTimeB) < 10:
                exit(0);
            DateTimeA > DateTimeB:
                exit(1);
        end;
        exit(-1);
    end;

    /// <summary>The user's current local date and time as a DateTime (UTC + user offset).</summary>
    procedure GetCurrentDateTimeInUserTimeZone(): DateTime
    var
        Offset: Duration;
    begin
        if not GetUserTimezoneOffset(Offset) then
            Offset := 0;
        exit(CurrentDateTime() + Offset);
    end;

    procedure GetInputDateTimeInUserTimeZone(InputDateTime: DateTime): DateTime
    var
        Offset: Duration;
    begin
        if not GetUserTimezoneOffset(Offset) then
            Offset := 0;
        exit(InputDateTime + Offset);
    end;

    /// <summary>BC's behaviour: InputDateTime minus the client offset plus the base offset of TimeZoneTxt.</summary>
    procedure ConvertDateTimeFromUTCToTimeZone(InputDateTime: DateTime; TimeZoneTxt: Text): DateTime
    var
        Offset: Duration;
    begin
        if TimeZoneTxt = '' then
            exit(InputDateTime);
        GetUserClientTypeOffset(Offset);
        InputDateTime := InputDateTime - Offset;
        exit(InputDateTime + NativeHooks.GetBaseUtcOffset(TimeZoneTxt));
    end;

    /// <summary>BC's behaviour: InputDateTime plus the client offset minus the base offset of TimeZoneTxt.</summary>
    procedure ConvertDateTimeFromInputTimeZoneToClientTimezone(InputDateTime: DateTime; TimeZoneTxt: Text): DateTime
    var
        Offset: Duration;
    begin
        if TimeZoneTxt = '' then
            exit(InputDateTime);
        GetUserClientTypeOffset(Offset);
        InputDateTime := InputDateTime + Offset;
        exit(InputDateTime - NativeHooks.GetBaseUtcOffset(TimeZoneTxt));
    end;
}

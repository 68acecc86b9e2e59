// Model of System Application codeunit 8720 "Time Zone": UTC offsets with daylight saving time, from the runtime's
// time-zone database (native hooks). Accepts Windows and IANA time-zone IDs.
namespace System.DateTime;

using System.Runtime.Native;

codeunit 8720 "Time Zone"
{
    Access = Public;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        NativeHooks: Codeunit "Runtime Native Hooks";

    /// <summary>Offset between UTC and TimeZoneId at SourceDateTime (DST included).</summary>
    procedure GetTimezoneOffset(SourceDateTime: DateTime; TimeZoneId: Text): Duration
    begin
        exit(NativeHooks.GetUtcOffset(SourceDateTime, TimeZoneId));
    end;

    /// <summary>Offset between UTC and the user's time zone at SourceDateTime; 0 when the user has none.</summary>
    procedure GetTimezoneOffset(SourceDateTime: DateTime): Duration
    var
        UserTimeZoneId: Text;
    begin
        UserTimeZoneId := NativeHooks.GetUserTimeZoneId();
        if UserTimeZoneId = '' then
            exit(0);
        exit(NativeHooks.GetUtcOffset(SourceDateTime, UserTimeZoneId));
    end;

    /// <summary>Offset of DestinationTimeZoneId minus offset of SourceTimeZoneId at SourceDateTime.</summary>
    procedure GetTimezoneOffset(SourceDateTime: DateTime; SourceTimeZoneId: Text; DestinationTimeZoneId: Text): Duration
    begin
        exit(NativeHooks.GetUtcOffset(SourceDateTime, DestinationTimeZoneId) - NativeHooks.GetUtcOffset(SourceDateTime, SourceTimeZoneId));
    end;

    procedure TimeZoneSupportsDaylightSavingTime(TimeZoneId: Text): Boolean
    begin
        exit(NativeHooks.SupportsDaylightSavingTime(TimeZoneId));
    end;

    procedure IsDaylightSavingTime(DateTimeToCheck: DateTime; TimeZoneId: Text): Boolean
    begin
        exit(NativeHooks.IsDaylightSavingTime(DateTimeToCheck, TimeZoneId));
    end;
}

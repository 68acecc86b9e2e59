namespace Seed.BookingsInvoicing.Test.Sync;

using Seed.BookingsInvoicing.Sync;
using System.TestLibraries.Utilities;

/// <summary>
/// UTC to business-local conversion on both sides of midnight UTC (Pacific and Tokyo), with daylight saving, IANA
/// names, Graph date-time texts with seven fractional digits, and ISO 8601 durations.
/// </summary>
codeunit 70470244 "BKI Time Zone Test"
{
    Subtype = Test;
    TestPermissions = Disabled;

    var
        BKITimeZoneConversion: Codeunit "BKI Time Zone Conversion";
        LibraryAssert: Codeunit "Library Assert";

    [Test]
    procedure PacificEveningIsThePreviousDayInUtc()
    var
        LocalDate: Date;
        LocalTime: Time;
    begin
        // [SCENARIO] 23:30 on 15 January in Pacific time is 07:30 UTC on the 16th; the local date stays the 15th.
        // [WHEN] 2025-01-16 07:30 UTC is converted for Pacific Standard Time
        BKITimeZoneConversion.UtcToLocal(Utc(2025, 1, 16, 073000T), 'Pacific Standard Time', LocalDate, LocalTime);
        // [THEN] It is 15 January, 23:30
        LibraryAssert.AreEqual(DMY2Date(15, 1, 2025), LocalDate, 'Local date');
        LibraryAssert.AreEqual(233000T, LocalTime, 'Local time');
    end;

    [Test]
    procedure TokyoEarlyMorningIsThePreviousDayInUtc()
    var
        LocalDate: Date;
        LocalTime: Time;
    begin
        // [SCENARIO] 00:30 on 16 January in Tokyo is 15:30 UTC on the 15th; the local date is the 16th.
        BKITimeZoneConversion.UtcToLocal(Utc(2025, 1, 15, 153000T), 'Tokyo Standard Time', LocalDate, LocalTime);
        LibraryAssert.AreEqual(DMY2Date(16, 1, 2025), LocalDate, 'Local date');
        LibraryAssert.AreEqual(003000T, LocalTime, 'Local time');
    end;

    [Test]
    procedure DaylightSavingTimeIsApplied()
    var
        LocalDate: Date;
        LocalTime: Time;
    begin
        // [SCENARIO] In July, Pacific time is UTC-7 (not the standard -8).
        BKITimeZoneConversion.UtcToLocal(Utc(2025, 7, 16, 063000T), 'Pacific Standard Time', LocalDate, LocalTime);
        LibraryAssert.AreEqual(DMY2Date(15, 7, 2025), LocalDate, 'Local date');
        LibraryAssert.AreEqual(233000T, LocalTime, 'Local time');
    end;

    [Test]
    procedure IanaNamesAreAccepted()
    var
        LocalDate: Date;
        LocalTime: Time;
    begin
        // [SCENARIO] Bookings may send IANA names; America/Los_Angeles converts like Pacific Standard Time.
        LibraryAssert.AreEqual('Pacific Standard Time', BKITimeZoneConversion.ToWindowsTimeZoneId('America/Los_Angeles'), 'Mapped name');
        BKITimeZoneConversion.UtcToLocal(Utc(2025, 1, 16, 073000T), 'America/Los_Angeles', LocalDate, LocalTime);
        LibraryAssert.AreEqual(DMY2Date(15, 1, 2025), LocalDate, 'Local date');
        LibraryAssert.AreEqual(233000T, LocalTime, 'Local time');
    end;

    [Test]
    procedure LocalToUtcIsTheInverse()
    begin
        // [SCENARIO] 00:30 on 16 January in Tokyo is 15:30 UTC on the 15th.
        LibraryAssert.AreEqual(Utc(2025, 1, 15, 153000T),
            BKITimeZoneConversion.LocalToUtc(DMY2Date(16, 1, 2025), 003000T, 'Tokyo Standard Time'), 'UTC instant');
    end;

    [Test]
    procedure GraphDateTimeTextIsReadAsUtc()
    var
        Result: DateTime;
    begin
        // [SCENARIO] Graph's "2025-03-03T09:00:00.0000000Z" (seven fractional digits) is 09:00 UTC.
        LibraryAssert.IsTrue(BKITimeZoneConversion.ParseGraphDateTime('2025-03-03T09:00:00.0000000Z', 'UTC', Result), 'Parsed');
        LibraryAssert.AreEqual(Utc(2025, 3, 3, 090000T), Result, 'With Z');
        // [SCENARIO] Without Z the text is a wall-clock time in the given zone.
        LibraryAssert.IsTrue(BKITimeZoneConversion.ParseGraphDateTime('2025-01-15T23:30:00.0000000', 'Pacific Standard Time', Result), 'Parsed');
        LibraryAssert.AreEqual(Utc(2025, 1, 16, 073000T), Result, 'Pacific wall clock');
        // [SCENARIO] Text that is not a date-time is refused.
        LibraryAssert.IsFalse(BKITimeZoneConversion.ParseGraphDateTime('not a date', 'UTC', Result), 'Refused');
    end;

    [Test]
    procedure IsoDurationsAreReadInMinutes()
    var
        BKIJsonHelper: Codeunit "BKI Json Helper";
    begin
        // [SCENARIO] ISO 8601 durations of Graph become minutes.
        LibraryAssert.AreEqual(90, BKIJsonHelper.ParseDurationMinutes('PT1H30M'), 'PT1H30M');
        LibraryAssert.AreEqual(45, BKIJsonHelper.ParseDurationMinutes('PT45M'), 'PT45M');
        LibraryAssert.AreEqual(1560, BKIJsonHelper.ParseDurationMinutes('P1DT2H'), 'P1DT2H');
        LibraryAssert.AreEqual(0, BKIJsonHelper.ParseDurationMinutes('1 hour'), 'Not a duration');
    end;

    local procedure Utc(Year: Integer; Month: Integer; Day: Integer; UtcTime: Time): DateTime
    begin
        exit(BKITimeZoneConversion.ComposeUtc(DMY2Date(Day, Month, Year), UtcTime));
    end;
}

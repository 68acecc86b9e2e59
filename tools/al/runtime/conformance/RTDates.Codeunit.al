// Conformance: Date, Time, DateTime, Duration, DateFormula and the date built-ins.
codeunit 50103 "RT Dates"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";

    [Test]
    procedure CalcDateAddsDays()
    begin
        // Source: Microsoft Learn, "System.CalcDate(Text [, Date]) Method" (D = day)
        Assert.AreEqual(20260204D, CalcDate('<10D>', 20260125D), '+10D');
        Assert.AreEqual(20260115D, CalcDate('<-10D>', 20260125D), '-10D');
    end;

    [Test]
    procedure CalcDateAddsWeeks()
    begin
        // Source: Microsoft Learn, "System.CalcDate(Text [, Date]) Method" (W = week)
        Assert.AreEqual(20260208D, CalcDate('<2W>', 20260125D), '+2W');
    end;

    [Test]
    procedure CalcDateAddsMonthsClampingDay()
    begin
        // Source: Microsoft Learn, "System.CalcDate(Text [, Date]) Method" (M = month; day kept within the month)
        Assert.AreEqual(20260228D, CalcDate('<1M>', 20260131D), 'Jan 31 + 1M');
        Assert.AreEqual(20260325D, CalcDate('<2M>', 20260125D), '+2M');
    end;

    [Test]
    procedure CalcDateAddsYearsFromLeapDay()
    begin
        // Source: Microsoft Learn, "System.CalcDate(Text [, Date]) Method" (Y = year)
        Assert.AreEqual(20250228D, CalcDate('<1Y>', 20240229D), 'leap day + 1Y');
    end;

    [Test]
    procedure CalcDateAddsQuarter()
    begin
        // Source: Microsoft Learn, "System.CalcDate(Text [, Date]) Method" (Q = quarter)
        Assert.AreEqual(20260425D, CalcDate('<1Q>', 20260125D), '+1Q');
    end;

    [Test]
    procedure CalcDateCurrentMonth()
    begin
        // Source: Microsoft Learn, "System.CalcDate(Text [, Date]) Method" (CM = end of current month, -CM = start)
        Assert.AreEqual(20260228D, CalcDate('<CM>', 20260215D), 'CM');
        Assert.AreEqual(20260201D, CalcDate('<-CM>', 20260215D), '-CM');
    end;

    [Test]
    procedure CalcDateCurrentYear()
    begin
        // Source: Microsoft Learn, "System.CalcDate(Text [, Date]) Method" (CY)
        Assert.AreEqual(20261231D, CalcDate('<CY>', 20260215D), 'CY');
        Assert.AreEqual(20260101D, CalcDate('<-CY>', 20260215D), '-CY');
    end;

    [Test]
    procedure CalcDateCurrentQuarter()
    begin
        // Source: Microsoft Learn, "System.CalcDate(Text [, Date]) Method" (CQ)
        Assert.AreEqual(20260331D, CalcDate('<CQ>', 20260215D), 'CQ');
        Assert.AreEqual(20260401D, CalcDate('<-CQ>', 20260515D), '-CQ');
    end;

    [Test]
    procedure CalcDateCurrentWeekRunsMondayToSunday()
    begin
        // Source: Microsoft Learn, "System.CalcDate(Text [, Date]) Method" (CW: weeks start on Monday)
        Assert.AreEqual(20260125D, CalcDate('<CW>', 20260121D), 'CW is Sunday');
        Assert.AreEqual(20260119D, CalcDate('<-CW>', 20260121D), '-CW is Monday');
    end;

    [Test]
    procedure CalcDateCombinedTerms()
    begin
        // Source: Microsoft Learn, "System.CalcDate(Text [, Date]) Method" (terms combine left to right, e.g. CM+1D)
        Assert.AreEqual(20260301D, CalcDate('<CM+1D>', 20260215D), 'first of next month');
        Assert.AreEqual(20260331D, CalcDate('<1M+CM>', 20260215D), 'end of next month');
        Assert.AreEqual(20260201D, CalcDate('<-1M-CM>', 20260315D), 'start of previous month');
    end;

    [Test]
    procedure CalcDateWeekday()
    begin
        // Source: Microsoft Learn, "System.CalcDate(Text [, Date]) Method" (WD = weekday, 1 is Monday)
        Assert.AreEqual(20260126D, CalcDate('<WD1>', 20260121D), 'next Monday');
        Assert.AreEqual(20260123D, CalcDate('<WD5>', 20260121D), 'next Friday');
    end;

    [Test]
    procedure CalcDateWithoutBracketsOrCase()
    begin
        // Source: Microsoft Learn, "System.CalcDate(Text [, Date]) Method" (formula text without <> is accepted too)
        Assert.AreEqual(20260126D, CalcDate('1d', 20260125D), 'lower case');
    end;

    [Test]
    procedure CalcDateInvalidFormulaFails()
    begin
        // Source: Microsoft Learn, "System.CalcDate(Text [, Date]) Method" (invalid formula raises an error)
        asserterror CalcDate('<1X>', 20260125D);
        Assert.AreNotEqual('', GetLastErrorText(), 'error');
    end;

    [Test]
    procedure CalcDateDefaultsToWorkDate()
    begin
        // Source: Microsoft Learn, "System.CalcDate(Text [, Date]) Method" (Date omitted: the work date)
        WorkDate(20260110D);
        Assert.AreEqual(20260111D, CalcDate('<1D>'), 'from work date');
    end;

    [Test]
    procedure DateFormulaVariable()
    var
        DF: DateFormula;
    begin
        // Source: Microsoft Learn, "DateFormula data type"
        Evaluate(DF, '<-1W>');
        Assert.AreEqual(20260118D, CalcDate(DF, 20260125D), 'minus a week');
    end;

    [Test]
    procedure Dmy2DateBuildsDate()
    begin
        // Source: Microsoft Learn, "System.DMY2Date(Integer [, Integer] [, Integer]) Method"
        Assert.AreEqual(20260125D, DMY2Date(25, 1, 2026), 'DMY2Date');
    end;

    [Test]
    procedure Dmy2DateInvalidFails()
    begin
        // Source: Microsoft Learn, "System.DMY2Date(Integer [, Integer] [, Integer]) Method" (invalid date is an error)
        asserterror DMY2Date(30, 2, 2026);
        Assert.AreNotEqual('', GetLastErrorText(), 'error');
    end;

    [Test]
    procedure Date2DmyParts()
    begin
        // Source: Microsoft Learn, "System.Date2DMY(Date, Integer) Method" (1 day, 2 month, 3 year)
        Assert.AreEqual(25, Date2DMY(20260125D, 1), 'day');
        Assert.AreEqual(1, Date2DMY(20260125D, 2), 'month');
        Assert.AreEqual(2026, Date2DMY(20260125D, 3), 'year');
    end;

    [Test]
    procedure Date2DwyWeekday()
    begin
        // Source: Microsoft Learn, "System.Date2DWY(Date, Integer) Method" (1 = Monday ... 7 = Sunday)
        Assert.AreEqual(7, Date2DWY(20260125D, 1), 'Sunday');
        Assert.AreEqual(1, Date2DWY(20260126D, 1), 'Monday');
    end;

    [Test]
    procedure Date2DwyIsoWeek()
    begin
        // Source: Microsoft Learn, "System.Date2DWY(Date, Integer) Method" (week number; week 1 contains 4 January)
        Assert.AreEqual(4, Date2DWY(20260125D, 2), 'week 4');
        Assert.AreEqual(53, Date2DWY(20270101D, 2), '1 Jan 2027 is in week 53');
        Assert.AreEqual(2026, Date2DWY(20270101D, 3), 'of 2026');
    end;

    [Test]
    procedure Dwy2DateMondayOfWeekOne()
    begin
        // Source: Microsoft Learn, "System.DWY2Date(Integer [, Integer] [, Integer]) Method"
        Assert.AreEqual(20251229D, DWY2Date(1, 1, 2026), 'Monday of week 1 of 2026');
    end;

    [Test]
    procedure ClosingDateSortsBetweenDays()
    var
        D: Date;
        C: Date;
    begin
        // Source: Microsoft Learn, "System.ClosingDate(Date) Method" (after the date, before the next date)
        D := 20260131D;
        C := ClosingDate(D);
        Assert.IsTrue(C > D, 'after');
        Assert.IsTrue(C < 20260201D, 'before next day');
    end;

    [Test]
    procedure NormalDateOfClosingDate()
    begin
        // Source: Microsoft Learn, "System.NormalDate(Date) Method"
        Assert.AreEqual(20260131D, NormalDate(ClosingDate(20260131D)), 'normal');
    end;

    [Test]
    procedure DateArithmetic()
    var
        D: Date;
    begin
        // Source: Microsoft Learn, "Arithmetic operators" (Date + Integer = Date; Date - Date = Integer)
        D := 20260125D + 7;
        Assert.AreEqual(20260201D, D, 'plus days');
        Assert.AreEqual(7, D - 20260125D, 'difference');
        Assert.AreEqual(20260124D, 20260125D - 1, 'minus');
    end;

    [Test]
    procedure DateComparison()
    begin
        // Source: Microsoft Learn, "Relational operators" (dates compare chronologically; 0D is the lowest)
        Assert.IsTrue(20260125D < 20260126D, 'less');
        Assert.IsTrue(0D < 20000101D, '0D lowest');
    end;

    [Test]
    procedure TimeArithmetic()
    var
        T: Time;
    begin
        // Source: Microsoft Learn, "Arithmetic operators" (Time + Integer milliseconds; Time - Time)
        T := 100000T + 60000;
        Assert.AreEqual(100100T, T, 'plus a minute');
        Assert.AreEqual(3600000, 110000T - 100000T, 'one hour in ms');
    end;

    [Test]
    procedure CreateDateTimeAndSplit()
    var
        DT: DateTime;
    begin
        // Source: Microsoft Learn, "System.CreateDateTime(Date, Time) Method", "DT2Date", "DT2Time"
        DT := CreateDateTime(20260125D, 134500T);
        Assert.AreEqual(20260125D, DT2Date(DT), 'date part');
        Assert.AreEqual(134500T, DT2Time(DT), 'time part');
    end;

    [Test]
    procedure DateTimeDifferenceIsDuration()
    var
        D: Duration;
    begin
        // Source: Microsoft Learn, "Duration data type" (DateTime - DateTime is a Duration in milliseconds)
        D := CreateDateTime(20260126D, 100000T) - CreateDateTime(20260125D, 100000T);
        Assert.IsTrue(D = 86400000, 'one day in milliseconds');
    end;

    [Test]
    procedure DateTimePlusDuration()
    var
        DT: DateTime;
        D: Duration;
    begin
        // Source: Microsoft Learn, "Duration data type" (DateTime + Duration)
        D := 90 * 60 * 1000;
        DT := CreateDateTime(20260125D, 230000T) + D;
        Assert.AreEqual(20260126D, DT2Date(DT), 'next day');
        Assert.AreEqual(003000T, DT2Time(DT), '00:30');
    end;

    [Test]
    procedure UndefinedDateTime()
    var
        DT: DateTime;
    begin
        // Source: Microsoft Learn, "DateTime data type" (0DT is the undefined DateTime)
        Assert.AreEqual(0DT, DT, 'default');
        Assert.AreEqual(0D, DT2Date(DT), 'date of 0DT');
    end;

    [Test]
    procedure WorkDateCanBeSet()
    begin
        // Source: Microsoft Learn, "System.WorkDate([Date]) Method"
        WorkDate(20251231D);
        Assert.AreEqual(20251231D, WorkDate(), 'set');
    end;

    [Test]
    procedure TodayIsADate()
    begin
        // Source: Microsoft Learn, "System.Today() Method"
        Assert.AreNotEqual(0D, Today(), 'defined');
        Assert.AreEqual(Today(), DT2Date(CurrentDateTime()), 'same day as CurrentDateTime (UTC session)');
    end;

    [Test]
    procedure DateLiteralSixDigits()
    begin
        // Source: Microsoft Learn, "Date data type" (MMDDYY literals are still accepted)
        Assert.AreEqual(20140404D, 040414D, 'legacy literal');
    end;
}

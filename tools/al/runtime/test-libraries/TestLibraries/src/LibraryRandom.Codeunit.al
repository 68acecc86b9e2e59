// Stand-in for Microsoft's "Library - Random" (codeunit 130440; shipped in Tests-TestLibraries in BC 26, later in
// the Application Test Library). Same ID, name and public signatures. SingleInstance as in BC, so one seed per session.
// Not modelled: the subscriber to "CAL Test Runner Publisher".OnSetSeed (that publisher is not part of this runtime).
codeunit 130440 "Library - Random"
{
    SingleInstance = true;

    var
        CurrentSeed: Integer;
        IsSeeded: Boolean;

    /// <summary>A decimal in (0, Range] with the given number of decimals.</summary>
    procedure RandDec(Range: Integer; Decimals: Integer): Decimal
    var
        Scale: Integer;
    begin
        Scale := Power(10, Decimals);
        exit(RandInt(Range * Scale) / Scale);
    end;

    /// <summary>A decimal in (Min, Max].</summary>
    procedure RandDecInRange("Min": Integer; "Max": Integer; Decimals: Integer): Decimal
    begin
        exit(Min + RandDec(Max - Min, Decimals));
    end;

    procedure RandDecInDecimalRange("Min": Decimal; "Max": Decimal; Precision: Integer): Decimal
    var
        Scale: Integer;
        Low: Integer;
        High: Integer;
    begin
        Scale := Power(10, Precision);
        Low := Round(Min * Scale, 1, '>');
        High := Round(Max * Scale, 1, '<');
        exit(RandIntInRange(Low, High) / Scale);
    end;

    /// <summary>An integer in [1, Range]; 1 when Range is below 1.</summary>
    procedure RandInt(Range: Integer): Integer
    begin
        if Range < 1 then
            exit(1);
        exit(NextValue(Range));
    end;

    procedure RandIntInRange("Min": Integer; "Max": Integer): Integer
    begin
        exit(Min - 1 + RandInt(Max - Min + 1));
    end;

    /// <summary>WorkDate() moved by 1..|Delta| days in the direction of Delta.</summary>
    procedure RandDate(Delta: Integer): Date
    begin
        if Delta = 0 then
            exit(WorkDate());
        if Delta > 0 then
            exit(WorkDate() + RandInt(Delta));
        exit(WorkDate() - RandInt(-Delta));
    end;

    procedure RandDateFrom(FromDate: Date; Range: Integer): Date
    begin
        if Range = 0 then
            exit(FromDate);
        if Range > 0 then
            exit(FromDate + RandInt(Range));
        // Microsoft passes the negative Range to RandInt, which then returns 1: the date moves back one day.
        exit(FromDate - RandInt(Range));
    end;

    procedure RandDateFromInRange(FromDate: Date; FromRange: Integer; ToRange: Integer): Date
    begin
        if FromRange >= ToRange then
            exit(FromDate);
        exit(FromDate + RandIntInRange(FromRange, ToRange));
    end;

    /// <summary>One of 0.1, 0.01, ..., 0.00001.</summary>
    procedure RandPrecision(): Decimal
    begin
        exit(1 / Power(10, RandInt(5)));
    end;

    /// <summary>Length lower-case hexadecimal characters.</summary>
    procedure RandText(Length: Integer): Text
    var
        Collected: Text;
    begin
        while StrLen(Collected) < Length do
            Collected += LowerCase(DelChr(Format(CreateGuid()), '=', '{}-'));
        exit(CopyStr(Collected, 1, Length));
    end;

    /// <summary>Seeds from the time of day and returns the seed.</summary>
    procedure Init(): Integer
    begin
        exit(SetSeed(Time() - 000000T));
    end;

    procedure SetSeed(Val: Integer): Integer
    begin
        CurrentSeed := Val;
        IsSeeded := true;
        Randomize(CurrentSeed);
        exit(CurrentSeed);
    end;

    local procedure NextValue(MaxValue: Integer): Integer
    begin
        if not IsSeeded then
            SetSeed(1);
        exit(Random(MaxValue));
    end;
}

// Stand-in for Microsoft's "Any" (app e7320ebb-08b3-4406-b1ec-b4927d3e280b, codeunit 130500).
// Same object ID, name, namespace and public signatures. Pseudo-random values come from the platform's
// Random/Randomize, seeded with 1 unless SetSeed is called, so a failing test can be replayed.
// Use a local "Any" variable per test so no state leaks between tests (as Microsoft advises).
namespace System.TestLibraries.Utilities;

codeunit 130500 "Any"
{
    Access = Public;

    var
        CurrentSeed: Integer;
        IsSeeded: Boolean;

    /// <summary>True or false with equal odds.</summary>
    procedure Boolean(): Boolean
    begin
        exit(NextValue(2) = 2);
    end;

    /// <summary>An integer in [1, MaxValue]; 1 when MaxValue is below 1.</summary>
    procedure IntegerInRange(MaxValue: Integer): Integer
    begin
        if MaxValue < 1 then
            exit(1);
        exit(NextValue(MaxValue));
    end;

    /// <summary>An integer in [MinValue, MaxValue].</summary>
    procedure IntegerInRange(MinValue: Integer; MaxValue: Integer): Integer
    begin
        exit(MinValue - 1 + NextValue(MaxValue - MinValue + 1));
    end;

    /// <summary>A decimal in (0, MaxValue] with DecimalPlaces places whose last place is not zero.</summary>
    procedure DecimalInRange(MaxValue: Integer; DecimalPlaces: Integer): Decimal
    var
        Scale: Integer;
        Scaled: Integer;
    begin
        Scale := Power(10, DecimalPlaces);
        Scaled := IntegerInRange(MaxValue * Scale);
        if Scaled = 0 then
            Scaled := 1
        else
            if Scaled mod 10 = 0 then
                Scaled := Scaled - IntegerInRange(1, 9);
        exit(Scaled / Scale);
    end;

    /// <summary>MinValue plus a decimal in (0, MaxValue - MinValue].</summary>
    procedure DecimalInRange(MinValue: Integer; MaxValue: Integer; DecimalPlaces: Integer): Decimal
    begin
        exit(MinValue + DecimalInRange(MaxValue - MinValue, DecimalPlaces));
    end;

    /// <summary>A decimal in [MinValue, MaxValue] on a grid of 10^-DecimalPlaces.</summary>
    procedure DecimalInRange(MinValue: Decimal; MaxValue: Decimal; DecimalPlaces: Integer): Decimal
    var
        Scale: Integer;
        Low: Integer;
        High: Integer;
    begin
        Scale := Power(10, DecimalPlaces);
        Low := Round(MinValue * Scale, 1, '>');
        High := Round(MaxValue * Scale, 1, '<');
        exit(IntegerInRange(Low, High) / Scale);
    end;

    /// <summary>A date between WorkDate() and WorkDate() + MaxNumberOfDays.</summary>
    procedure DateInRange(MaxNumberOfDays: Integer): Date
    begin
        exit(DateInRange(WorkDate(), 0, MaxNumberOfDays));
    end;

    procedure DateInRange(StartingDate: Date; MaxNumberOfDays: Integer): Date
    begin
        exit(DateInRange(StartingDate, 0, MaxNumberOfDays));
    end;

    /// <summary>StartingDate plus a number of days in [MinNumberOfDays, MaxNumberOfDays]; StartingDate when the range is empty.</summary>
    procedure DateInRange(StartingDate: Date; MinNumberOfDays: Integer; MaxNumberOfDays: Integer): Date
    begin
        if MinNumberOfDays >= MaxNumberOfDays then
            exit(StartingDate);
        exit(StartingDate + IntegerInRange(MinNumberOfDays, MaxNumberOfDays));
    end;

    /// <summary>Length lower-case letters a..z.</summary>
    procedure AlphabeticText(Length: Integer): Text
    var
        Builder: TextBuilder;
        Letter: Char;
        i: Integer;
    begin
        for i := 1 to Length do begin
            Letter := IntegerInRange(97, 122);
            Builder.Append(Format(Letter));
        end;
        exit(Builder.ToText());
    end;

    /// <summary>Length lower-case hexadecimal characters taken from new GUIDs.</summary>
    procedure AlphanumericText(Length: Integer): Text
    var
        Collected: Text;
    begin
        while StrLen(Collected) < Length do
            Collected += LowerCase(DelChr(Format(GuidValue()), '=', '{}-'));
        exit(CopyStr(Collected, 1, Length));
    end;

    /// <summary>Length Cyrillic lower-case letters (printable non-ASCII text).</summary>
    procedure UnicodeText(Length: Integer) String: Text
    var
        Builder: TextBuilder;
        Letter: Char;
        i: Integer;
    begin
        for i := 1 to Length do begin
            Letter := IntegerInRange(1072, 1103);
            Builder.Append(Format(Letter));
        end;
        String := Builder.ToText();
    end;

    /// <summary>An address like 20 alphanumerics @ 20 letters . 3 letters.</summary>
    procedure Email(): Text
    begin
        exit(Email(20, 20));
    end;

    procedure Email(LocalPartLength: Integer; DomainLength: Integer): Text
    begin
        exit(AlphanumericText(LocalPartLength) + '@' + AlphabeticText(DomainLength) + '.' + AlphabeticText(3));
    end;

    procedure GuidValue(): Guid
    begin
        exit(CreateGuid());
    end;

    procedure SetSeed(NewSeed: Integer)
    begin
        CurrentSeed := NewSeed;
        IsSeeded := true;
        Randomize(CurrentSeed);
    end;

    procedure GetSeed(): Integer
    begin
        exit(CurrentSeed);
    end;

    /// <summary>Seeds from the time of day (milliseconds since midnight).</summary>
    procedure SetDefaultSeed()
    begin
        SetSeed(Time() - 000000T);
    end;

    local procedure NextValue(MaxValue: Integer): Integer
    begin
        if not IsSeeded then
            SetSeed(1);
        exit(Random(MaxValue));
    end;
}

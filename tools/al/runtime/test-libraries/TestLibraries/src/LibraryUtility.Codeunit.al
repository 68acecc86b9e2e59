// Stand-in for a part of Microsoft's "Library - Utility" (codeunit 131000): number series and generated codes/texts.
// Same ID, name and signatures for the procedures included. GenerateGUID draws from a 'GUID' number series as BC does.

using Microsoft.Foundation.NoSeries;

codeunit 131000 "Library - Utility"
{
    var
        LibraryRandom: Codeunit "Library - Random";
        GuidSeriesTok: Label 'GUID', Locked = true;

    procedure CreateNoSeries(var NoSeries: Record "No. Series"; Default: Boolean; Manual: Boolean; DateOrder: Boolean)
    var
        NoSeriesCode: Code[20];
    begin
        NoSeriesCode := CopyStr(NoSeries.Code + GenerateRandomCode(NoSeries.FieldNo(Code), Database::"No. Series"), 1, MaxStrLen(NoSeriesCode));
        InsertNoSeries(NoSeriesCode, Default, Manual, DateOrder);
        NoSeries.Get(NoSeriesCode);
    end;

    procedure CreateNoSeries(NoSeriesCode: Code[20]; Default: Boolean; Manual: Boolean; DateOrder: Boolean)
    begin
        InsertNoSeries(NoSeriesCode, Default, Manual, DateOrder);
    end;

    // The two public overloads differ only in the type of the first parameter; internal calls use this one.
    local procedure InsertNoSeries(NoSeriesCode: Code[20]; Default: Boolean; Manual: Boolean; DateOrder: Boolean)
    var
        NoSeries: Record "No. Series";
    begin
        NoSeries.Init();
        NoSeries.Code := NoSeriesCode;
        NoSeries.Description := NoSeriesCode;
        NoSeries."Default Nos." := Default;
        NoSeries."Manual Nos." := Manual;
        NoSeries."Date Order" := DateOrder;
        NoSeries.Insert(true);
    end;

    /// <summary>A line from StartingNo to EndingNo; blanks become the code with 00000000/99999999 inserted at position 3.</summary>
    procedure CreateNoSeriesLine(var NoSeriesLine: Record "No. Series Line"; SeriesCode: Code[20]; StartingNo: Code[20]; EndingNo: Code[20])
    var
        LastLine: Record "No. Series Line";
    begin
        if StartingNo = '' then
            StartingNo := CopyStr(PadStr(InsertAt(SeriesCode, '00000000', 3), 10), 1, MaxStrLen(StartingNo));
        if EndingNo = '' then
            EndingNo := CopyStr(PadStr(InsertAt(SeriesCode, '99999999', 3), 10), 1, MaxStrLen(EndingNo));
        LastLine.SetRange("Series Code", SeriesCode);
        NoSeriesLine.Init();
        NoSeriesLine."Series Code" := SeriesCode;
        if LastLine.FindLast() then
            NoSeriesLine."Line No." := LastLine."Line No." + 10000
        else
            NoSeriesLine."Line No." := 10000;
        NoSeriesLine."Starting No." := StartingNo;
        NoSeriesLine."Ending No." := EndingNo;
        NoSeriesLine.Insert(true);
    end;

    /// <summary>A code from the 'GUID' number series (GU00000001, GU00000002, ...), created on first use.</summary>
    procedure GenerateGUID(): Code[10]
    var
        NoSeries: Record "No. Series";
        NoSeriesLine: Record "No. Series Line";
        NoSeriesCodeunit: Codeunit "No. Series";
    begin
        if not NoSeries.Get(GuidSeriesTok) then begin
            InsertNoSeries(GuidSeriesTok, true, true, false);
            CreateNoSeriesLine(NoSeriesLine, GuidSeriesTok, '', '');
        end;
        exit(CopyStr(NoSeriesCodeunit.GetNextNo(GuidSeriesTok), 1, 10));
    end;

    /// <summary>
    /// A code not yet used: the next number of the 'GUID' series (10 characters). BC also checks the field with
    /// RecordRef and shortens the code for fields under 10 characters; the model's code fields are all 10 or longer.
    /// </summary>
    procedure GenerateRandomCode(FieldNo: Integer; TableNo: Integer): Code[10]
    begin
        exit(GenerateGUID());
    end;

    /// <summary>Length printable ASCII characters (! to ~).</summary>
    procedure GenerateRandomText(Length: Integer) String: Text
    var
        Builder: TextBuilder;
        Character: Char;
        i: Integer;
    begin
        for i := 1 to Length do begin
            Character := LibraryRandom.RandIntInRange(33, 126);
            Builder.Append(Format(Character));
        end;
        String := Builder.ToText();
    end;

    /// <summary>20 letters @ 20 letters . 3 letters.</summary>
    procedure GenerateRandomEmail(): Text[45]
    begin
        exit(CopyStr(RandomLetters(20) + '@' + RandomLetters(20) + '.' + RandomLetters(3), 1, 45));
    end;

    local procedure RandomLetters(Length: Integer): Text
    var
        Builder: TextBuilder;
        Character: Char;
        i: Integer;
    begin
        for i := 1 to Length do begin
            Character := LibraryRandom.RandIntInRange(97, 122);
            Builder.Append(Format(Character));
        end;
        exit(Builder.ToText());
    end;

    // InsStr(Text, SubText, Position), written out (the AL runtime has no InsStr yet; see base-app README).
    local procedure InsertAt(Original: Text; Inserted: Text; Position: Integer): Text
    begin
        exit(CopyStr(Original, 1, Position - 1) + Inserted + CopyStr(Original, Position));
    end;
}

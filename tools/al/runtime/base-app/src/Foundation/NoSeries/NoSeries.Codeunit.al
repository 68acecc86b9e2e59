// Model of codeunit 310 "No. Series" (Business Foundation app in BC 26): public signatures of the single-number API.
// Numbering follows the "Normal" implementation: the open line with the latest Starting Date <= usage date,
// "Last No. Used" incremented by "Increment-by No.", the line closes when "Ending No." is reached.
// Not modelled: No. Series relationships (AreRelated is always false), sequence-based lines, "Warning No." messages,
// date-order checks. See tools/al/runtime/base-app/README.md.
namespace Microsoft.Foundation.NoSeries;

codeunit 310 "No. Series"
{
    Access = Public;

    var
        CannotAssignAutomaticallyErr: Label 'It is not possible to assign numbers automatically. If you want the program to assign numbers automatically, please activate %1 in %2 %3.', Comment = '%1=Default Nos. setting,%2=No. Series table caption,%3=No. Series Code';
        CannotAssignManuallyErr: Label 'You may not enter numbers manually. If you want to enter numbers manually, please activate %1 in %2 %3.', Comment = '%1=Manual Nos. setting,%2=No. Series table caption,%3=No. Series Code';
        CannotAssignNewOnDateErr: Label 'You cannot assign new numbers from the number series %1 on %2.', Comment = '%1=No. Series Code,%2=Date';
        CannotAssignNewErr: Label 'You cannot assign new numbers from the number series %1.', Comment = '%1=No. Series Code';
        CannotAssignNumbersGreaterThanErr: Label 'You cannot assign numbers greater than %1 from the number series %2. No. assigned: %3', Comment = '%1=Last No.,%2=No. Series Code, %3=the new no.';
        CannotGetLineWithEmptyCodeErr: Label 'You cannot get a No. Series Line with empty No. Series Code.';
        SeriesNotRelatedErr: Label 'The number series %1 is not related to %2.', Comment = '%1=No. Series Code,%2=No. Series Code';
        UnIncrementableStringErr: Label 'The value in the %1 field must have a number so that we can assign the next number in the series.', Comment = '%1 = New Field Name';

    procedure GetNextNo(NoSeriesCode: Code[20]): Code[20]
    begin
        exit(GetNextNo(NoSeriesCode, WorkDate(), false));
    end;

    procedure GetNextNo(NoSeriesCode: Code[20]; UsageDate: Date): Code[20]
    begin
        exit(GetNextNo(NoSeriesCode, UsageDate, false));
    end;

    procedure GetNextNo(var NoSeriesLine: Record "No. Series Line"; UsageDate: Date): Code[20]
    begin
        exit(ConsumeNextNo(NoSeriesLine, UsageDate, false));
    end;

    /// <summary>Returns and consumes the next number; with HideErrorsAndWarnings an empty code instead of an error.</summary>
    procedure GetNextNo(NoSeriesCode: Code[20]; UsageDate: Date; HideErrorsAndWarnings: Boolean): Code[20]
    var
        NoSeriesLine: Record "No. Series Line";
    begin
        if not GetNoSeriesLine(NoSeriesLine, NoSeriesCode, UsageDate, HideErrorsAndWarnings) then
            exit('');
        exit(ConsumeNextNo(NoSeriesLine, UsageDate, HideErrorsAndWarnings));
    end;

    procedure GetNextNo(var NoSeriesLine: Record "No. Series Line"; UsageDate: Date; HideErrorsAndWarnings: Boolean): Code[20]
    begin
        exit(ConsumeNextNo(NoSeriesLine, UsageDate, HideErrorsAndWarnings));
    end;

    local procedure ConsumeNextNo(var NoSeriesLine: Record "No. Series Line"; UsageDate: Date; HideErrorsAndWarnings: Boolean): Code[20]
    var
        NextNo: Code[20];
    begin
        if UsageDate = 0D then
            UsageDate := WorkDate();
        NextNo := CalculateNextNo(NoSeriesLine, HideErrorsAndWarnings);
        if NextNo = '' then
            exit('');
        NoSeriesLine."Last No. Used" := NextNo;
        NoSeriesLine."Last Date Used" := UsageDate;
        if (NoSeriesLine."Ending No." <> '') and (NextNo = NoSeriesLine."Ending No.") then
            NoSeriesLine.Open := false;
        NoSeriesLine.Modify();
        exit(NextNo);
    end;

    procedure PeekNextNo(NoSeriesCode: Code[20]): Code[20]
    begin
        exit(PeekNextNo(NoSeriesCode, WorkDate()));
    end;

    /// <summary>Returns the number GetNextNo would return, without consuming it.</summary>
    procedure PeekNextNo(NoSeriesCode: Code[20]; UsageDate: Date): Code[20]
    var
        NoSeriesLine: Record "No. Series Line";
    begin
        if not GetNoSeriesLine(NoSeriesLine, NoSeriesCode, UsageDate, false) then
            exit('');
        exit(CalculateNextNo(NoSeriesLine, false));
    end;

    procedure PeekNextNo(var NoSeriesLine: Record "No. Series Line"; UsageDate: Date): Code[20]
    begin
        exit(CalculateNextNo(NoSeriesLine, false));
    end;

    procedure GetLastNoUsed(NoSeriesCode: Code[20]): Code[20]
    var
        NoSeriesLine: Record "No. Series Line";
    begin
        if not GetNoSeriesLine(NoSeriesLine, NoSeriesCode, WorkDate(), true) then
            exit('');
        exit(NoSeriesLine."Last No. Used");
    end;

    procedure GetLastNoUsed(NoSeriesLine: Record "No. Series Line"): Code[20]
    begin
        exit(NoSeriesLine."Last No. Used");
    end;

    /// <summary>Fails unless the series allows manual numbers; a blank code passes.</summary>
    procedure TestManual(NoSeriesCode: Code[20])
    var
        NoSeries: Record "No. Series";
    begin
        if NoSeriesCode = '' then
            exit;
        NoSeries.Get(NoSeriesCode);
        if not NoSeries."Manual Nos." then
            Error(CannotAssignManuallyErr, NoSeries.FieldCaption("Manual Nos."), NoSeries.TableCaption(), NoSeries.Code);
    end;

    procedure TestManual(NoSeriesCode: Code[20]; DocumentNo: Code[20])
    begin
        if DocumentNo = '' then
            exit;
        TestManual(NoSeriesCode);
    end;

    procedure IsManual(NoSeriesCode: Code[20]): Boolean
    var
        NoSeries: Record "No. Series";
    begin
        if NoSeriesCode = '' then
            exit(true);
        if not NoSeries.Get(NoSeriesCode) then
            exit(false);
        exit(NoSeries."Manual Nos.");
    end;

    /// <summary>Fails unless the series assigns numbers automatically ("Default Nos.").</summary>
    procedure TestAutomatic(NoSeriesCode: Code[20])
    var
        NoSeries: Record "No. Series";
    begin
        NoSeries.Get(NoSeriesCode);
        if not NoSeries."Default Nos." then
            Error(CannotAssignAutomaticallyErr, NoSeries.FieldCaption("Default Nos."), NoSeries.TableCaption(), NoSeries.Code);
    end;

    procedure IsAutomatic(NoSeriesCode: Code[20]): Boolean
    var
        NoSeries: Record "No. Series";
    begin
        if NoSeriesCode = '' then
            exit(false);
        if not NoSeries.Get(NoSeriesCode) then
            exit(false);
        exit(NoSeries."Default Nos.");
    end;

    procedure HasRelatedSeries(NoSeriesCode: Code[20]): Boolean
    begin
        // No. Series Relationship (table 310) is not modelled.
        exit(false);
    end;

    procedure TestAreRelated(DefaultNoSeriesCode: Code[20]; RelatedNoSeriesCode: Code[20])
    begin
        if DefaultNoSeriesCode = RelatedNoSeriesCode then
            exit;
        if not AreRelated(DefaultNoSeriesCode, RelatedNoSeriesCode) then
            Error(SeriesNotRelatedErr, DefaultNoSeriesCode, RelatedNoSeriesCode);
    end;

    procedure AreRelated(DefaultNoSeriesCode: Code[20]; RelatedNoSeriesCode: Code[20]): Boolean
    begin
        // Without relationships two series are never related (BC looks the pair up in No. Series Relationship).
        exit(false);
    end;

    procedure LookupRelatedNoSeries(OriginalNoSeriesCode: Code[20]; var NewNoSeriesCode: Code[20]): Boolean
    begin
        exit(false);
    end;

    procedure LookupRelatedNoSeries(OriginalNoSeriesCode: Code[20]; DefaultHighlightedNoSeriesCode: Code[20]; var NewNoSeriesCode: Code[20]): Boolean
    begin
        exit(false);
    end;

    procedure MayProduceGaps(NoSeriesLine: Record "No. Series Line"): Boolean
    begin
        exit(false);
    end;

    /// <summary>Finds the open line with the latest Starting Date on or before UsageDate.</summary>
    procedure GetNoSeriesLine(var NoSeriesLine: Record "No. Series Line"; NoSeriesCode: Code[20]; UsageDate: Date; HideErrorsAndWarnings: Boolean): Boolean
    var
        LaterLine: Record "No. Series Line";
    begin
        if NoSeriesCode = '' then begin
            if HideErrorsAndWarnings then
                exit(false);
            Error(CannotGetLineWithEmptyCodeErr);
        end;
        if UsageDate = 0D then
            UsageDate := WorkDate();

        NoSeriesLine.Reset();
        NoSeriesLine.SetCurrentKey("Series Code", "Starting Date");
        NoSeriesLine.SetRange("Series Code", NoSeriesCode);
        NoSeriesLine.SetRange("Starting Date", 0D, UsageDate);
        NoSeriesLine.SetRange(Open, true);
        if NoSeriesLine.FindLast() then begin
            // Several open lines may share the starting date; take the first of them as BC does.
            NoSeriesLine.SetRange("Starting Date", NoSeriesLine."Starting Date");
            NoSeriesLine.FindFirst();
            NoSeriesLine.SetRange("Starting Date");
            NoSeriesLine.SetRange(Open);
            exit(true);
        end;

        if HideErrorsAndWarnings then
            exit(false);
        LaterLine.SetRange("Series Code", NoSeriesCode);
        LaterLine.SetFilter("Starting Date", '>%1', UsageDate);
        LaterLine.SetRange(Open, true);
        if not LaterLine.IsEmpty() then
            Error(CannotAssignNewOnDateErr, NoSeriesCode, UsageDate);
        Error(CannotAssignNewErr, NoSeriesCode);
    end;

    procedure IsNoSeriesInDateOrder(NoSeriesCode: Code[20]): Boolean
    var
        NoSeries: Record "No. Series";
    begin
        if not NoSeries.Get(NoSeriesCode) then
            exit(false);
        exit(NoSeries."Date Order");
    end;

    procedure IsNoSeriesInDateOrder(NoSeries: Record "No. Series"): Boolean
    begin
        exit(NoSeries."Date Order");
    end;

    local procedure CalculateNextNo(NoSeriesLine: Record "No. Series Line"; HideErrorsAndWarnings: Boolean): Code[20]
    var
        NextNo: Code[20];
        Step: Integer;
        i: Integer;
    begin
        if NoSeriesLine."Last No. Used" = '' then begin
            if NoSeriesLine."Starting No." = '' then begin
                if HideErrorsAndWarnings then
                    exit('');
                Error(CannotAssignNewErr, NoSeriesLine."Series Code");
            end;
            NextNo := NoSeriesLine."Starting No.";
        end else begin
            Step := NoSeriesLine."Increment-by No.";
            if Step < 1 then
                Step := 1;
            NextNo := NoSeriesLine."Last No. Used";
            for i := 1 to Step do begin
                NextNo := IncStr(NextNo);
                if NextNo = '' then begin
                    if HideErrorsAndWarnings then
                        exit('');
                    Error(UnIncrementableStringErr, NoSeriesLine.FieldCaption("Last No. Used"));
                end;
            end;
        end;

        if (NoSeriesLine."Ending No." <> '') and (NextNo > NoSeriesLine."Ending No.") then begin
            if HideErrorsAndWarnings then
                exit('');
            Error(CannotAssignNumbersGreaterThanErr, NoSeriesLine."Ending No.", NoSeriesLine."Series Code", NextNo);
        end;
        exit(NextNo);
    end;
}

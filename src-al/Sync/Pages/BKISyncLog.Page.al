namespace Seed.BookingsInvoicing.Sync;

/// <summary>The sync runs, newest first, with their counts and a drill-down to the errors.</summary>
page 70470020 "BKI Sync Log"
{
    Caption = 'Bookings Sync Log';
    PageType = List;
    SourceTable = "BKI Sync Log";
    SourceTableView = sorting("Entry No.") order(descending);
    UsageCategory = History;
    ApplicationArea = All;
    Editable = false;
    AdditionalSearchTerms = 'Bookings synchronization log';

    layout
    {
        area(Content)
        {
            repeater(Runs)
            {
                field("Entry No."; Rec."Entry No.")
                {
                    ToolTip = 'Specifies the number of the run.';
                }
                field("Started At"; Rec."Started At")
                {
                    ToolTip = 'Specifies when the run started.';
                }
                field("Ended At"; Rec."Ended At")
                {
                    ToolTip = 'Specifies when the run ended.';
                }
                field(Status; Rec.Status)
                {
                    ToolTip = 'Specifies how the run ended.';
                    StyleExpr = StatusStyle;
                }
                field("User ID"; Rec."User ID")
                {
                    ToolTip = 'Specifies the user who started the run (the Job Queue user for background runs).';
                }
                field(Created; Rec.Created)
                {
                    ToolTip = 'Specifies how many customers, items, services and appointments the run created.';
                }
                field(Updated; Rec.Updated)
                {
                    ToolTip = 'Specifies how many records the run updated or linked.';
                }
                field(Skipped; Rec.Skipped)
                {
                    ToolTip = 'Specifies how many records the run left unchanged.';
                }
                field(Failed; Rec.Failed)
                {
                    ToolTip = 'Specifies how many records or requests failed. Choose the number to see the errors.';
                    StyleExpr = FailedStyle;

                    trigger OnDrillDown()
                    begin
                        ShowErrors();
                    end;
                }
                field(Cancelled; Rec.Cancelled)
                {
                    ToolTip = 'Specifies how many appointments the run marked as cancelled because Bookings no longer has them.';
                }
                field("Error Count"; Rec."Error Count")
                {
                    ToolTip = 'Specifies how many errors the run logged. Choose the number to see them.';
                }
                field("Run Error"; Rec."Run Error")
                {
                    ToolTip = 'Specifies the error that stopped the whole run, if any.';
                }
            }
        }
    }

    actions
    {
        area(Navigation)
        {
            action(Errors)
            {
                Caption = 'Errors';
                ToolTip = 'Show the records and requests that failed in this run, with their errors.';
                Image = ErrorLog;
                RunObject = page "BKI Sync Log Errors";
                RunPageLink = "Log Entry No." = field("Entry No.");
            }
        }
        area(Processing)
        {
            action(SyncNow)
            {
                Caption = 'Sync Now';
                ToolTip = 'Synchronize customers, services and appointments with Bookings now.';
                Image = Refresh;

                trigger OnAction()
                begin
                    Codeunit.Run(Codeunit::"BKI Bookings Sync");
                    CurrPage.Update(false);
                end;
            }
        }
        area(Promoted)
        {
            actionref(SyncNow_Promoted; SyncNow)
            {
            }
            actionref(Errors_Promoted; Errors)
            {
            }
        }
    }

    var
        StatusStyle: Text;
        FailedStyle: Text;

    trigger OnAfterGetRecord()
    begin
        case Rec.Status of
            Rec.Status::Succeeded:
                StatusStyle := 'Favorable';
            Rec.Status::"Completed with Errors":
                StatusStyle := 'Ambiguous';
            Rec.Status::Failed:
                StatusStyle := 'Unfavorable';
            else
                StatusStyle := 'Standard';
        end;
        FailedStyle := 'Standard';
        if Rec.Failed > 0 then
            FailedStyle := 'Unfavorable';
    end;

    local procedure ShowErrors()
    var
        BKISyncLogError: Record "BKI Sync Log Error";
    begin
        BKISyncLogError.SetRange("Log Entry No.", Rec."Entry No.");
        Page.Run(Page::"BKI Sync Log Errors", BKISyncLogError);
    end;
}

// Model of codeunit 448 "Job Queue Dispatcher": runs one due entry. Codeunit 130991 "Runtime Job Queue Runner"
// (the runtime's job-queue command and tests) runs it for each entry that is Ready and due.
// The target codeunit runs isolated (if not Codeunit.Run): success finishes the entry (deleted unless recurring;
// a recurring entry is rescheduled by "No. of Minutes between Runs" or "Next Run Date Formula"); an error keeps the
// entry with the error text, Ready again after "Rerun Delay (sec.)" while attempts remain, else Status Error.
namespace System.Threading;

codeunit 448 "Job Queue Dispatcher"
{
    Permissions = tabledata "Job Queue Entry" = rimd;
    TableNo = "Job Queue Entry";

    trigger OnRun()
    var
        JobQueueEntry: Record "Job Queue Entry";
        Succeeded: Boolean;
    begin
        JobQueueEntry.Get(Rec.ID);
        if not JobQueueEntry.IsReadyToStart() then
            exit;
        if JobQueueEntry.IsExpired(CurrentDateTime()) then begin
            JobQueueEntry.DeleteTask();
            exit;
        end;

        JobQueueEntry.Status := JobQueueEntry.Status::"In Process";
        JobQueueEntry."No. of Attempts to Run" += 1;
        JobQueueEntry.Modify();
        // The entry's state must survive a failing job: the job runs in its own transaction.
        Commit();

        if JobQueueEntry."Object Type to Run" <> JobQueueEntry."Object Type to Run"::Codeunit then begin
            FailEntry(JobQueueEntry, ReportsNotSupportedErr);
            Rec := JobQueueEntry;
            exit;
        end;

        ClearLastError();
        Succeeded := Codeunit.Run(JobQueueEntry."Object ID to Run", JobQueueEntry);
        JobQueueEntry.Get(Rec.ID);
        if Succeeded then
            FinishEntry(JobQueueEntry)
        else
            FailEntry(JobQueueEntry, GetLastErrorText());
        Rec := JobQueueEntry;
    end;

    var
        ReportsNotSupportedErr: Label 'Job queue entries that run reports are not supported by the AL runtime.';

    local procedure FinishEntry(var JobQueueEntry: Record "Job Queue Entry")
    begin
        JobQueueEntry."Error Message" := '';
        if not JobQueueEntry."Recurring Job" then begin
            JobQueueEntry.Status := JobQueueEntry.Status::Finished;
            JobQueueEntry.Modify();
            JobQueueEntry.Delete(true);
            exit;
        end;
        JobQueueEntry."No. of Attempts to Run" := 0;
        JobQueueEntry."Earliest Start Date/Time" := NextRunDateTime(JobQueueEntry);
        JobQueueEntry.Status := JobQueueEntry.Status::Ready;
        JobQueueEntry."Last Ready State" := CurrentDateTime();
        JobQueueEntry.Modify();
    end;

    local procedure FailEntry(var JobQueueEntry: Record "Job Queue Entry"; ErrorText: Text)
    begin
        JobQueueEntry."Error Message" := CopyStr(ErrorText, 1, MaxStrLen(JobQueueEntry."Error Message"));
        if JobQueueEntry."No. of Attempts to Run" < JobQueueEntry."Maximum No. of Attempts to Run" then begin
            JobQueueEntry.Status := JobQueueEntry.Status::Ready;
            JobQueueEntry."Earliest Start Date/Time" := CurrentDateTime() + JobQueueEntry."Rerun Delay (sec.)" * 1000;
        end else
            JobQueueEntry.Status := JobQueueEntry.Status::Error;
        JobQueueEntry.Modify();
    end;

    local procedure NextRunDateTime(JobQueueEntry: Record "Job Queue Entry"): DateTime
    begin
        if Format(JobQueueEntry."Next Run Date Formula") <> '' then
            exit(CreateDateTime(CalcDate(JobQueueEntry."Next Run Date Formula", Today()), JobQueueEntry."Starting Time"));
        exit(CurrentDateTime() + JobQueueEntry."No. of Minutes between Runs" * 60000);
    end;
}

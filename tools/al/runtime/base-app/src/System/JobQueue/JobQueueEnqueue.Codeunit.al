// Model of codeunit 453 "Job Queue - Enqueue": inserts (or updates) the entry as Ready, owned by the current user,
// with "Earliest Start Date/Time" at least one second from now, as BC does before handing it to the task scheduler.
namespace System.Threading;

codeunit 453 "Job Queue - Enqueue"
{
    Permissions = tabledata "Job Queue Entry" = rimd;
    TableNo = "Job Queue Entry";

    trigger OnRun()
    begin
        EnqueueJobQueueEntry(Rec);
    end;

    local procedure EnqueueJobQueueEntry(var JobQueueEntry: Record "Job Queue Entry")
    begin
        OnBeforeEnqueueJobQueueEntry(JobQueueEntry);
        JobQueueEntry."Error Message" := '';
        JobQueueEntry.Status := JobQueueEntry.Status::"On Hold";
        if JobQueueEntry."Earliest Start Date/Time" < (CurrentDateTime() + 1000) then
            JobQueueEntry."Earliest Start Date/Time" := CurrentDateTime() + 1000;
        // As in BC: a new entry (null ID) is inserted, an entry with an ID is rescheduled in place.
        if IsNullGuid(JobQueueEntry.ID) then
            JobQueueEntry.Insert(true)
        else
            JobQueueEntry.Modify();

        JobQueueEntry."System Task ID" := CreateGuid();
        JobQueueEntry.Scheduled := true;
        JobQueueEntry."User ID" := CopyStr(UserId(), 1, MaxStrLen(JobQueueEntry."User ID"));
        JobQueueEntry.Status := JobQueueEntry.Status::Ready;
        JobQueueEntry."Last Ready State" := CurrentDateTime();
        JobQueueEntry.Modify();
        OnAfterEnqueueJobQueueEntry(JobQueueEntry);
    end;

    [IntegrationEvent(false, false)]
    local procedure OnBeforeEnqueueJobQueueEntry(var JobQueueEntry: Record "Job Queue Entry")
    begin
    end;

    [IntegrationEvent(false, false)]
    local procedure OnAfterEnqueueJobQueueEntry(var JobQueueEntry: Record "Job Queue Entry")
    begin
    end;
}

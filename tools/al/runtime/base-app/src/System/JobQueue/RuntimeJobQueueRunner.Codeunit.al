// Not a Microsoft object: the entry point of the AL runtime's job-queue command (and of tests). It stands in for
// BC's task scheduler, which starts "Job Queue Dispatcher" for each due entry.
namespace System.Threading;

codeunit 130991 "Runtime Job Queue Runner"
{
    Permissions = tabledata "Job Queue Entry" = rimd;

    /// <summary>
    /// Runs every entry that is Ready and due at AtDateTime (0DT = now), oldest start first, each through codeunit 448
    /// "Job Queue Dispatcher" in its own transaction. Entries that become due while running wait for the next call.
    /// Returns the number of entries run.
    /// </summary>
    procedure RunDueEntries(AtDateTime: DateTime): Integer
    var
        JobQueueEntry: Record "Job Queue Entry";
        DueIds: List of [Guid];
        EntryId: Guid;
        RunCount: Integer;
    begin
        if AtDateTime = 0DT then
            AtDateTime := CurrentDateTime();
        JobQueueEntry.SetCurrentKey("Entry No.");
        JobQueueEntry.SetRange(Status, JobQueueEntry.Status::Ready);
        JobQueueEntry.SetRange("Earliest Start Date/Time", 0DT, AtDateTime);
        if JobQueueEntry.FindSet() then
            repeat
                DueIds.Add(JobQueueEntry.ID);
            until JobQueueEntry.Next() = 0;

        foreach EntryId in DueIds do
            if JobQueueEntry.Get(EntryId) then begin
                // Each entry runs in its own transaction, as under BC's task scheduler: the dispatcher commits the
                // entry's state before and after the job, so one failing job never rolls back the others.
                Codeunit.Run(Codeunit::"Job Queue Dispatcher", JobQueueEntry);
                RunCount += 1;
            end;
        exit(RunCount);
    end;
}

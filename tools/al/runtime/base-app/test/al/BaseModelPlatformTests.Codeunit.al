// Tests of the job queue and Guided Experience of the base-application model.
namespace Seed.BookingsInvoicing.Runtime.Tests;

using System.Environment.Configuration;
using System.TestLibraries.Utilities;
using System.Threading;

codeunit 130913 "Base Model Platform Tests"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";

    [Test]
    procedure ScheduledEntryIsReadyAndOwnedByUser()
    var
        JobQueueEntry: Record "Job Queue Entry";
        EmptyRecordId: RecordId;
    begin
        // [WHEN] a codeunit is scheduled
        JobQueueEntry.ScheduleJobQueueEntry(Codeunit::"Base Model Job OK", EmptyRecordId);
        // [THEN] the entry is Ready, has an ID, the user, and starts in the future
        JobQueueEntry.Get(JobQueueEntry.ID);
        Assert.IsFalse(IsNullGuid(JobQueueEntry.ID), 'ID assigned');
        Assert.IsTrue(JobQueueEntry.Status = JobQueueEntry.Status::Ready, 'ready');
        Assert.AreEqual(UserId(), JobQueueEntry."User ID", 'user');
        Assert.IsTrue(JobQueueEntry."Earliest Start Date/Time" > CurrentDateTime() - 1000, 'start not in the past');
        Assert.IsTrue(JobQueueEntry."Object Type to Run" = JobQueueEntry."Object Type to Run"::Codeunit, 'codeunit');
    end;

    [Test]
    procedure DispatcherRunsAndRemovesOneOffEntry()
    var
        JobQueueEntry: Record "Job Queue Entry";
        EntryId: Guid;
        EmptyRecordId: RecordId;
    begin
        JobQueueEntry.ScheduleJobQueueEntryWithParameters(Codeunit::"Base Model Job OK", EmptyRecordId, 'hello');
        EntryId := JobQueueEntry.ID;
        // [WHEN] the dispatcher runs the entry
        Codeunit.Run(Codeunit::"Job Queue Dispatcher", JobQueueEntry);
        // [THEN] the job ran (it renamed its description into a marker entry) and the one-off entry is gone
        Assert.IsFalse(JobQueueEntry.Get(EntryId), 'finished one-off entry deleted');
        JobQueueEntry.SetRange(Description, 'ran with hello');
        Assert.RecordCount(JobQueueEntry, 1);
    end;

    [Test]
    procedure DispatcherKeepsErrorOfFailingEntry()
    var
        JobQueueEntry: Record "Job Queue Entry";
        EntryId: Guid;
        EmptyRecordId: RecordId;
    begin
        JobQueueEntry.ScheduleJobQueueEntry(Codeunit::"Base Model Job Fails", EmptyRecordId);
        EntryId := JobQueueEntry.ID;
        Codeunit.Run(Codeunit::"Job Queue Dispatcher", JobQueueEntry);
        JobQueueEntry.Get(EntryId);
        Assert.IsTrue(JobQueueEntry.Status = JobQueueEntry.Status::Error, 'error status after the only attempt');
        Assert.AreEqual('The job failed on purpose.', JobQueueEntry."Error Message", 'error text kept');
        Assert.AreEqual(1, JobQueueEntry."No. of Attempts to Run", 'attempts');
    end;

    [Test]
    procedure RecurringEntryIsRescheduled()
    var
        JobQueueEntry: Record "Job Queue Entry";
        EntryId: Guid;
        EmptyRecordId: RecordId;
    begin
        // [GIVEN] a recurring entry every 60 minutes (a codeunit of its own: an existing entry for the object is reused)
        JobQueueEntry.ScheduleRecurrentJobQueueEntryWithFrequency(JobQueueEntry."Object Type to Run"::Codeunit, Codeunit::"Base Model Job Recurring", EmptyRecordId, 60);
        JobQueueEntry.FindJobQueueEntry(JobQueueEntry."Object Type to Run"::Codeunit, Codeunit::"Base Model Job Recurring");
        EntryId := JobQueueEntry.ID;
        Assert.IsTrue(JobQueueEntry."Recurring Job", 'recurring');
        Codeunit.Run(Codeunit::"Job Queue Dispatcher", JobQueueEntry);
        JobQueueEntry.Get(EntryId);
        Assert.IsTrue(JobQueueEntry.Status = JobQueueEntry.Status::Ready, 'ready again');
        Assert.IsTrue(JobQueueEntry."Earliest Start Date/Time" > CurrentDateTime() + 59 * 60000, 'next run in 60 minutes');
    end;

    [Test]
    procedure RunnerRunsOnlyDueReadyEntries()
    var
        JobQueueEntry: Record "Job Queue Entry";
        LaterEntry: Record "Job Queue Entry";
        Runner: Codeunit "Runtime Job Queue Runner";
        LaterId: Guid;
        EmptyRecordId: RecordId;
    begin
        // [GIVEN] one entry due now and one due tomorrow (earlier tests may have left entries: clear them)
        JobQueueEntry.DeleteAll();
        JobQueueEntry.ScheduleJobQueueEntryWithParameters(Codeunit::"Base Model Job OK", EmptyRecordId, 'runner');
        // A second variable: Init() keeps the ID, so reusing the first one would reschedule that entry (as in BC).
        LaterEntry.ScheduleJobQueueEntryForLater(Codeunit::"Base Model Job OK", CurrentDateTime() + 86400000, '', 'later');
        LaterId := LaterEntry.ID;
        // [WHEN] the runner runs due entries in two seconds
        Assert.AreEqual(1, Runner.RunDueEntries(CurrentDateTime() + 2000), 'one entry was due');
        // [THEN] the due job ran, the later one still waits
        JobQueueEntry.Reset();
        JobQueueEntry.SetRange(Description, 'ran with runner');
        Assert.RecordCount(JobQueueEntry, 1);
        JobQueueEntry.Get(LaterId);
        Assert.IsTrue(JobQueueEntry.Status = JobQueueEntry.Status::Ready, 'later entry untouched');
    end;

    [Test]
    procedure LearnLinkRegistrationIsIdempotentAndRemovable()
    var
        GuidedExperience: Codeunit "Guided Experience";
        LinkTxt: Text[250];
    begin
        // Object-based items need ObjectType::Page, which the runtime does not evaluate yet (see README);
        // link-based items exercise the same storage.
        LinkTxt := 'https://learn.example.com/bookings-invoicing';
        Assert.IsFalse(GuidedExperience.Exists(Enum::"Guided Experience Type"::Learn, LinkTxt), 'not registered yet');
        GuidedExperience.InsertLearnLink('Learn about Bookings invoicing', 'Bookings invoicing', 'How invoicing works.', 3, LinkTxt);
        GuidedExperience.InsertLearnLink('Learn about Bookings invoicing (v2)', 'Bookings invoicing', 'How invoicing works.', 3, LinkTxt);
        Assert.IsTrue(GuidedExperience.Exists(Enum::"Guided Experience Type"::Learn, LinkTxt), 'registered');
        Assert.IsFalse(GuidedExperience.Exists(Enum::"Guided Experience Type"::Video, LinkTxt), 'other type');
        GuidedExperience.Remove(Enum::"Guided Experience Type"::Learn, LinkTxt);
        Assert.IsFalse(GuidedExperience.Exists(Enum::"Guided Experience Type"::Learn, LinkTxt), 'removed');
    end;
}

codeunit 130914 "Base Model Job OK"
{
    TableNo = "Job Queue Entry";

    trigger OnRun()
    var
        Marker: Record "Job Queue Entry";
    begin
        // Leaves a marker entry so the test can see that the job ran with its parameter string.
        Marker.Init();
        Marker.ID := CreateGuid();
        Marker.Description := 'ran with ' + Rec."Parameter String";
        Marker.Status := Marker.Status::"On Hold";
        Marker.Insert();
    end;
}

codeunit 130915 "Base Model Job Fails"
{
    TableNo = "Job Queue Entry";

    trigger OnRun()
    begin
        Error('The job failed on purpose.');
    end;
}

codeunit 130916 "Base Model Job Recurring"
{
    TableNo = "Job Queue Entry";

    trigger OnRun()
    begin
    end;
}

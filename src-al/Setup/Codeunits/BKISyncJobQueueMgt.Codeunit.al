namespace Seed.BookingsInvoicing.Setup;

using Seed.BookingsInvoicing.Sync;
using System.Threading;

/// <summary>
/// Keeps one recurring Job Queue Entry for the background synchronization (codeunit "BKI Bookings Sync") in line
/// with the setup: created when the connection is enabled with background sync on, updated when the frequency
/// changes, removed when either is switched off.
/// </summary>
codeunit 70470008 "BKI Sync Job Queue Mgt."
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;
    Permissions = tabledata "Job Queue Entry" = rimd;

    var
        JobDescriptionTxt: Label 'Synchronize with Microsoft Bookings';
        ScheduledTelemetryMsg: Label 'Bookings background sync scheduled.', Locked = true;
        RemovedTelemetryMsg: Label 'Bookings background sync removed.', Locked = true;

    /// <summary>Creates, updates or removes the job queue entry so that it matches the setup.</summary>
    procedure UpdateJobQueueEntry(BKIBookingSyncSetup: Record "BKI Booking Sync Setup")
    begin
        if BKIBookingSyncSetup.Enabled and BKIBookingSyncSetup."Background Sync" then
            ScheduleJobQueueEntry(BKIBookingSyncSetup."Sync Frequency (Min.)")
        else
            RemoveJobQueueEntries();
    end;

    /// <summary>Creates the recurring entry or updates its frequency, and hands it to the job queue.</summary>
    procedure ScheduleJobQueueEntry(FrequencyMinutes: Integer)
    var
        JobQueueEntry: Record "Job Queue Entry";
        BKITelemetry: Codeunit "BKI Telemetry";
        Dimensions: Dictionary of [Text, Text];
        IsNew: Boolean;
    begin
        IsNew := not FindJobQueueEntry(JobQueueEntry);
        if IsNew then begin
            JobQueueEntry.Init();
            JobQueueEntry."Object Type to Run" := JobQueueEntry."Object Type to Run"::Codeunit;
            JobQueueEntry."Object ID to Run" := Codeunit::"BKI Bookings Sync";
        end else
            if (JobQueueEntry."No. of Minutes between Runs" = FrequencyMinutes) and (JobQueueEntry.Status in [JobQueueEntry.Status::Ready, JobQueueEntry.Status::"In Process"]) then
                exit;

        JobQueueEntry.Description := CopyStr(JobDescriptionTxt, 1, MaxStrLen(JobQueueEntry.Description));
        JobQueueEntry."Recurring Job" := true;
        JobQueueEntry."No. of Minutes between Runs" := FrequencyMinutes;
        JobQueueEntry."Run on Mondays" := true;
        JobQueueEntry."Run on Tuesdays" := true;
        JobQueueEntry."Run on Wednesdays" := true;
        JobQueueEntry."Run on Thursdays" := true;
        JobQueueEntry."Run on Fridays" := true;
        JobQueueEntry."Run on Saturdays" := true;
        JobQueueEntry."Run on Sundays" := true;
        JobQueueEntry."Maximum No. of Attempts to Run" := 3;
        JobQueueEntry."Rerun Delay (sec.)" := 300;
        JobQueueEntry."Earliest Start Date/Time" := CurrentDateTime() + 60000;
        JobQueueEntry.Status := JobQueueEntry.Status::"On Hold";
        if IsNew then
            JobQueueEntry.Insert(true)
        else
            JobQueueEntry.Modify(true);
        Enqueue(JobQueueEntry);

        Dimensions.Add('FrequencyMinutes', Format(FrequencyMinutes));
        Dimensions.Add('IsNew', Format(IsNew, 0, 9));
        BKITelemetry.LogUsage(BKITelemetry.BackgroundSyncScheduledEventId(), ScheduledTelemetryMsg, Dimensions);
    end;

    /// <summary>Deletes every job queue entry that runs the Bookings synchronization.</summary>
    procedure RemoveJobQueueEntries()
    var
        JobQueueEntry: Record "Job Queue Entry";
        BKITelemetry: Codeunit "BKI Telemetry";
        Dimensions: Dictionary of [Text, Text];
    begin
        SetJobQueueEntryFilter(JobQueueEntry);
        if JobQueueEntry.IsEmpty() then
            exit;
        Dimensions.Add('Count', Format(JobQueueEntry.Count()));
        JobQueueEntry.DeleteAll(true);
        BKITelemetry.LogUsage(BKITelemetry.BackgroundSyncRemovedEventId(), RemovedTelemetryMsg, Dimensions);
    end;

    /// <summary>Finds the job queue entry of the Bookings synchronization.</summary>
    procedure FindJobQueueEntry(var JobQueueEntry: Record "Job Queue Entry"): Boolean
    begin
        SetJobQueueEntryFilter(JobQueueEntry);
        exit(JobQueueEntry.FindFirst());
    end;

    /// <summary>Opens the job queue entry card of the background synchronization, if there is one.</summary>
    procedure ShowJobQueueEntry()
    var
        JobQueueEntry: Record "Job Queue Entry";
    begin
        SetJobQueueEntryFilter(JobQueueEntry);
        Page.Run(Page::"Job Queue Entries", JobQueueEntry);
    end;

    local procedure SetJobQueueEntryFilter(var JobQueueEntry: Record "Job Queue Entry")
    begin
        JobQueueEntry.Reset();
        JobQueueEntry.SetRange("Object Type to Run", JobQueueEntry."Object Type to Run"::Codeunit);
        JobQueueEntry.SetRange("Object ID to Run", Codeunit::"BKI Bookings Sync");
    end;

    local procedure Enqueue(var JobQueueEntry: Record "Job Queue Entry")
    var
        IsHandled: Boolean;
    begin
        OnBeforeEnqueue(JobQueueEntry, IsHandled);
        if IsHandled then
            exit;
        Codeunit.Run(Codeunit::"Job Queue - Enqueue", JobQueueEntry);
    end;

    /// <summary>Raised before the entry is handed to the job queue; tests handle it so that no task is scheduled.</summary>
    [InternalEvent(false)]
    local procedure OnBeforeEnqueue(var JobQueueEntry: Record "Job Queue Entry"; var IsHandled: Boolean)
    begin
    end;
}

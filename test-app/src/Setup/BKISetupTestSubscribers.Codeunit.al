namespace Seed.BookingsInvoicing.Test.Setup;

using Seed.BookingsInvoicing.Setup;
using System.Threading;

/// <summary>
/// Manually bound subscribers for the setup tests: records telemetry, skips the waits between retries (recording
/// their length) and keeps job queue entries from being handed to the task scheduler.
/// </summary>
codeunit 70470202 "BKI Setup Test Subscribers"
{
    SingleInstance = true;
    EventSubscriberInstance = Manual;

    var
        TelemetryLog: TextBuilder;
        TelemetryCount: Integer;
        RetryDelays: List of [Integer];
        EnqueueCount: Integer;

    procedure ClearAll()
    begin
        Clear(TelemetryLog);
        TelemetryCount := 0;
        Clear(RetryDelays);
        EnqueueCount := 0;
    end;

    /// <summary>Every telemetry signal so far: event ID, message and all dimension names and values.</summary>
    procedure GetTelemetryText(): Text
    begin
        exit(TelemetryLog.ToText());
    end;

    procedure GetTelemetryCount(): Integer
    begin
        exit(TelemetryCount);
    end;

    procedure GetRetryDelays(): List of [Integer]
    begin
        exit(RetryDelays);
    end;

    procedure GetEnqueueCount(): Integer
    begin
        exit(EnqueueCount);
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"BKI Telemetry", 'OnBeforeLogMessage', '', false, false)]
    local procedure RecordTelemetry(EventId: Text; Message: Text; Dimensions: Dictionary of [Text, Text])
    var
        DimensionName: Text;
    begin
        TelemetryCount += 1;
        TelemetryLog.Append(EventId + '|' + Message);
        foreach DimensionName in Dimensions.Keys() do
            TelemetryLog.Append('|' + DimensionName + '=' + Dimensions.Get(DimensionName));
        TelemetryLog.AppendLine();
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"BKI Graph Client Impl.", 'OnBeforeWaitBeforeRetry', '', false, false)]
    local procedure SkipRetryWait(DelayMs: Integer; var IsHandled: Boolean)
    begin
        RetryDelays.Add(DelayMs);
        IsHandled := true;
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"BKI Sync Job Queue Mgt.", 'OnBeforeEnqueue', '', false, false)]
    local procedure SkipEnqueue(var JobQueueEntry: Record "Job Queue Entry"; var IsHandled: Boolean)
    begin
        EnqueueCount += 1;
        IsHandled := true;
    end;
}

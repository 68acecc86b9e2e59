namespace Seed.BookingsInvoicing.Sync;

using System.Environment;

/// <summary>
/// Starts, guards and finishes sync runs on table "BKI Sync Log", and keeps the errors of failed records.
/// One run at a time per company: a run is refused while another Running row belongs to a session that is still alive;
/// a Running row of a session that ended (crash, timeout) is closed as Failed.
/// </summary>
codeunit 70470038 "BKI Sync Log Mgt."
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;
    Permissions = tabledata "BKI Sync Log" = rimd,
                  tabledata "BKI Sync Log Error" = rimd,
                  tabledata "Active Session" = r;

    var
        AlreadyRunningErr: Label 'A Bookings synchronization is already running in this company (started %1 by %2). Wait until it has finished, then try again.', Comment = '%1 = start date-time, %2 = user ID';
        InterruptedErr: Label 'The run was interrupted before it finished (its session ended).';

    /// <summary>Inserts the Running row of a new run and commits it, or raises an error if another run is active.</summary>
    procedure StartRun(var BKISyncLog: Record "BKI Sync Log"; BusinessId: Text[250])
    var
        RunningLog: Record "BKI Sync Log";
        StaleLog: Record "BKI Sync Log";
    begin
        // The table lock serializes two sessions starting at the same moment: the second one waits, then sees the first's row.
        RunningLog.LockTable();
        RunningLog.SetRange(Status, RunningLog.Status::Running);
        if RunningLog.FindSet() then
            repeat
                if IsSessionActive(RunningLog."Server Instance ID", RunningLog."Session ID") then
                    Error(AlreadyRunningErr, RunningLog."Started At", RunningLog."User ID");
                StaleLog.Get(RunningLog."Entry No.");
                StaleLog.Status := StaleLog.Status::Failed;
                StaleLog."Ended At" := CurrentDateTime();
                StaleLog."Run Error" := CopyStr(InterruptedErr, 1, MaxStrLen(StaleLog."Run Error"));
                StaleLog.Modify();
            until RunningLog.Next() = 0;

        BKISyncLog.Init();
        BKISyncLog."Entry No." := 0;
        BKISyncLog."Started At" := CurrentDateTime();
        BKISyncLog.Status := BKISyncLog.Status::Running;
        BKISyncLog."User ID" := CopyStr(UserId(), 1, MaxStrLen(BKISyncLog."User ID"));
        BKISyncLog."Session ID" := SessionId();
        BKISyncLog."Server Instance ID" := ServiceInstanceId();
        BKISyncLog."Business ID" := BusinessId;
        BKISyncLog.Insert();
        // The Running row must be visible to other sessions at once; that is what keeps a second run out.
        Commit();
    end;

    /// <summary>Closes a run with its counters and a status derived from them.</summary>
    procedure FinishRun(var BKISyncLog: Record "BKI Sync Log"; RunErrorText: Text)
    var
        StoredLog: Record "BKI Sync Log";
    begin
        StoredLog.Get(BKISyncLog."Entry No.");
        StoredLog.TransferFields(BKISyncLog, false);
        StoredLog."Ended At" := CurrentDateTime();
        StoredLog."Run Error" := CopyStr(RunErrorText, 1, MaxStrLen(StoredLog."Run Error"));
        StoredLog.CalcFields("Error Count");
        case true of
            RunErrorText <> '':
                StoredLog.Status := StoredLog.Status::Failed;
            (StoredLog.Failed > 0) or (StoredLog."Error Count" > 0):
                StoredLog.Status := StoredLog.Status::"Completed with Errors";
            else
                StoredLog.Status := StoredLog.Status::Succeeded;
        end;
        StoredLog.Modify();
        BKISyncLog := StoredLog;
    end;

    /// <summary>Keeps the error of one failed record (or request) on an error row of the run.</summary>
    procedure LogError(LogEntryNo: Integer; Entity: Enum "BKI Sync Entity"; RecordKey: Text; ErrorText: Text; CallStack: Text)
    var
        BKISyncLogError: Record "BKI Sync Log Error";
        OutStr: OutStream;
    begin
        BKISyncLogError.Init();
        BKISyncLogError."Entry No." := 0;
        BKISyncLogError."Log Entry No." := LogEntryNo;
        BKISyncLogError.Entity := Entity;
        BKISyncLogError."Record Key" := CopyStr(RecordKey, 1, MaxStrLen(BKISyncLogError."Record Key"));
        BKISyncLogError."Error Message" := CopyStr(ErrorText, 1, MaxStrLen(BKISyncLogError."Error Message"));
        BKISyncLogError."Logged At" := CurrentDateTime();
        if CallStack <> '' then begin
            BKISyncLogError."Error Call Stack".CreateOutStream(OutStr, TextEncoding::UTF8);
            OutStr.WriteText(CallStack);
        end;
        BKISyncLogError.Insert();
    end;

    /// <summary>Keeps the last error of the session (after a failed Codeunit.Run) on an error row of the run.</summary>
    procedure LogLastError(LogEntryNo: Integer; Entity: Enum "BKI Sync Entity"; RecordKey: Text)
    begin
        LogError(LogEntryNo, Entity, RecordKey, GetLastErrorText(), GetLastErrorCallStack());
        ClearLastError();
    end;

    local procedure IsSessionActive(ServerInstanceId: Integer; SessionIdToCheck: Integer): Boolean
    var
        ActiveSession: Record "Active Session";
    begin
        // A session runs one sync at a time: if this session is here starting a run, its own Running row is left over
        // from a run that was interrupted (e.g. FinishRun failed), not a live one.
        if (ServerInstanceId = ServiceInstanceId()) and (SessionIdToCheck = SessionId()) then
            exit(false);
        exit(ActiveSession.Get(ServerInstanceId, SessionIdToCheck));
    end;
}

namespace Seed.BookingsInvoicing.Sync;

using Seed.BookingsInvoicing.Setup;

/// <summary>
/// Implementation of "BKI Bookings Sync": guards the run, runs the enabled parts inside one Codeunit.Run (so an
/// unexpected error still closes the log row as Failed) and writes the result to the log and the setup.
/// </summary>
codeunit 70470031 "BKI Sync Runner"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;
    Permissions = tabledata "BKI Booking Sync Setup" = rm,
                  tabledata "BKI Sync Log" = rm;

    var
        RunLog: Record "BKI Sync Log";
        DoCustomers: Boolean;
        DoServices: Boolean;
        DoAppointments: Boolean;
        NotEnabledErr: Label 'The Bookings connection is not enabled. Turn on Enabled on the Booking Sync Setup page, then synchronize again.';
        ResultTxt: Label '%1: %2 created, %3 updated, %4 skipped, %5 failed, %6 cancelled.', Comment = '%1 = status, %2..%6 = counts';

    trigger OnRun()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKICustomerSync: Codeunit "BKI Customer Sync";
        BKIServiceSync: Codeunit "BKI Service Sync";
        BKIAppointmentSync: Codeunit "BKI Appointment Sync";
    begin
        BKIBookingSyncSetup.GetSetup();
        if DoCustomers and BKIBookingSyncSetup."Sync Customers" then
            BKICustomerSync.Sync(RunLog);
        if DoServices and BKIBookingSyncSetup."Sync Services" then
            BKIServiceSync.Sync(RunLog);
        if DoAppointments then
            BKIAppointmentSync.Sync(RunLog);
    end;

    /// <summary>Runs the chosen parts once, with the guard and the log; raises the run error at the end, if any.</summary>
    procedure RunAll(Customers: Boolean; Services: Boolean; Appointments: Boolean)
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKISyncLogMgt: Codeunit "BKI Sync Log Mgt.";
        BKISyncRunner: Codeunit "BKI Sync Runner";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
        RunErrorText: Text;
    begin
        BKIBookingSyncSetup.GetSetup();
        BKIBookingSyncSetup.TestSetupComplete(true);
        if not BKIBookingSyncSetup.Enabled then
            Error(NotEnabledErr);

        BKISyncLogMgt.StartRun(RunLog, BKIBookingSyncSetup."Business ID");
        BKISyncRunner.SetRun(RunLog, Customers, Services, Appointments);
        if not BKISyncRunner.Run() then begin
            RunErrorText := GetLastErrorText();
            BKISyncLogMgt.LogLastError(RunLog."Entry No.", Enum::"BKI Sync Entity"::Run, '');
        end;
        BKISyncRunner.GetRunLog(RunLog);
        BKISyncLogMgt.FinishRun(RunLog, RunErrorText);

        BKIBookingSyncSetup.Get();
        BKIBookingSyncSetup."Last Sync Result" := CopyStr(StrSubstNo(ResultTxt, RunLog.Status, RunLog.Created, RunLog.Updated, RunLog.Skipped, RunLog.Failed, RunLog.Cancelled), 1, MaxStrLen(BKIBookingSyncSetup."Last Sync Result"));
        BKIBookingSyncSetup.Modify();
        Commit(); // The log row and the result must survive the error raised below for the Job Queue.
        BKIBookingsSync.OnAfterSync(RunLog);
        if RunErrorText <> '' then
            Error(RunErrorText);
    end;

    procedure SetRun(NewRunLog: Record "BKI Sync Log"; Customers: Boolean; Services: Boolean; Appointments: Boolean)
    begin
        RunLog := NewRunLog;
        DoCustomers := Customers;
        DoServices := Services;
        DoAppointments := Appointments;
    end;

    procedure GetRunLog(var Result: Record "BKI Sync Log")
    begin
        Result := RunLog;
    end;
}

namespace Seed.BookingsInvoicing.Sync;

using Seed.BookingsInvoicing.Setup;
using System.Threading;

/// <summary>
/// Public entry point of the Bookings synchronization. OnRun synchronizes everything that is enabled on the setup
/// (customers, services, appointments); Sync Now and the recurring Job Queue Entry both run this codeunit.
/// One run at a time per company; every record is processed in isolation and failures are kept on the sync log.
/// </summary>
codeunit 70470030 "BKI Bookings Sync"
{
    Access = Public;
    TableNo = "Job Queue Entry";
    InherentEntitlements = X;
    InherentPermissions = X;

    trigger OnRun()
    begin
        SyncAll();
    end;

    /// <summary>Synchronizes everything enabled on the setup. Raises an error when the run failed as a whole.</summary>
    procedure SyncAll()
    var
        BKISyncRunner: Codeunit "BKI Sync Runner";
    begin
        BKISyncRunner.RunAll(true, true, true);
    end;

    /// <summary>Synchronizes only the customers (if enabled on the setup).</summary>
    procedure SyncCustomers()
    var
        BKISyncRunner: Codeunit "BKI Sync Runner";
    begin
        BKISyncRunner.RunAll(true, false, false);
    end;

    /// <summary>Synchronizes only the services (if enabled on the setup).</summary>
    procedure SyncServices()
    var
        BKISyncRunner: Codeunit "BKI Sync Runner";
    begin
        BKISyncRunner.RunAll(false, true, false);
    end;

    /// <summary>Synchronizes only the appointments.</summary>
    procedure SyncAppointments()
    var
        BKISyncRunner: Codeunit "BKI Sync Runner";
    begin
        BKISyncRunner.RunAll(false, false, true);
    end;

    /// <summary>Raised after a run has finished (successfully or not), with its log row.</summary>
    [IntegrationEvent(false, false)]
    procedure OnAfterSync(BKISyncLog: Record "BKI Sync Log")
    begin
    end;
}

namespace Seed.BookingsInvoicing.Sync;

using Seed.BookingsInvoicing.Setup;

/// <summary>
/// Reads appointments from Graph calendarView in date windows and keeps "BKI Booking Appointment" current.
/// First run: from today minus "Appointment Look-back Days". Later runs: from the watermark (the start of the last
/// complete run) minus an overlap, so appointments changed around the edge are read again. Each window runs up to a
/// day ahead. Appointments of a fully read window that Graph no longer returns are marked cancelled, never deleted.
/// A window whose request fails marks nothing and keeps the watermark, so the next run reads it again. When an
/// appointment fails, the watermark stops at the start of its window, so the next run retries it.
/// </summary>
codeunit 70470034 "BKI Appointment Sync"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;
    Permissions = tabledata "BKI Booking Appointment" = rimd,
                  tabledata "BKI Booking Sync Setup" = rm;

    var
        BKISyncLogMgt: Codeunit "BKI Sync Log Mgt.";
        BKIJsonHelper: Codeunit "BKI Json Helper";
        CalendarViewPathTok: Label '%1/calendarView?start=%2&end=%3', Locked = true;
        WindowKeyTok: Label 'calendarView %1 - %2', Locked = true;
        StaffKeyTok: Label 'staffMembers', Locked = true;
        FirstFailedWindowStart: DateTime;

    /// <summary>Synchronizes the appointments of the business of the setup; counters go to the log record.</summary>
    procedure Sync(var BKISyncLog: Record "BKI Sync Log")
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        StaffNames: Dictionary of [Text, Text];
        SeenIds: Dictionary of [Text, Boolean];
        RunStartedAt: DateTime;
        FromUtc: DateTime;
        ToUtc: DateTime;
        WindowStart: DateTime;
        WindowEnd: DateTime;
        AllWindowsRead: Boolean;
    begin
        RunStartedAt := CurrentDateTime();
        FirstFailedWindowStart := 0DT;
        BKIBookingSyncSetup.GetSetup();
        GetWindowRange(BKIBookingSyncSetup, RunStartedAt, FromUtc, ToUtc);
        ReadStaffNames(BKISyncLog, StaffNames);

        AllWindowsRead := true;
        WindowStart := FromUtc;
        while WindowStart < ToUtc do begin
            WindowEnd := WindowStart + WindowLength();
            if WindowEnd > ToUtc then
                WindowEnd := ToUtc;
            Clear(SeenIds);
            if SyncWindow(BKISyncLog, BKIBookingSyncSetup, StaffNames, WindowStart, WindowEnd, SeenIds) then
                MarkVanishedAsCancelled(BKISyncLog, BKIBookingSyncSetup."Business ID", WindowStart, WindowEnd, SeenIds)
            else
                AllWindowsRead := false;
            WindowStart := WindowEnd;
        end;

        BKIBookingSyncSetup.Get();
        BKIBookingSyncSetup."Last Appointment Sync" := CurrentDateTime();
        if AllWindowsRead then
            if FirstFailedWindowStart = 0DT then
                BKIBookingSyncSetup."Appointment Watermark" := RunStartedAt
            else
                BKIBookingSyncSetup."Appointment Watermark" := FirstFailedWindowStart;
        BKIBookingSyncSetup.Modify();
        Commit();
    end;

    /// <summary>The UTC range to read: look-back on the first run, watermark minus overlap later; up to a day ahead.</summary>
    procedure GetWindowRange(BKIBookingSyncSetup: Record "BKI Booking Sync Setup"; RunStartedAt: DateTime; var FromUtc: DateTime; var ToUtc: DateTime)
    var
        LookBackDays: Integer;
    begin
        if BKIBookingSyncSetup."Appointment Watermark" = 0DT then begin
            LookBackDays := BKIBookingSyncSetup."Appointment Look-back Days";
            if LookBackDays <= 0 then
                LookBackDays := 30;
            FromUtc := RunStartedAt - Days(LookBackDays);
        end else
            FromUtc := BKIBookingSyncSetup."Appointment Watermark" - Overlap();
        ToUtc := RunStartedAt + LookAhead();
    end;

    /// <summary>How far before the watermark a later run starts reading again.</summary>
    procedure Overlap(): Duration
    begin
        exit(Days(1));
    end;

    /// <summary>How far after now a run reads, so appointments ending before the next run are known.</summary>
    procedure LookAhead(): Duration
    begin
        exit(Days(1));
    end;

    /// <summary>The length of one calendarView window.</summary>
    procedure WindowLength(): Duration
    begin
        exit(Days(7));
    end;

    local procedure Days(NumberOfDays: Integer): Duration
    var
        Milliseconds: BigInteger;
    begin
        Milliseconds := NumberOfDays;
        Milliseconds := Milliseconds * 86400000;
        exit(Milliseconds);
    end;

    local procedure SyncWindow(var BKISyncLog: Record "BKI Sync Log"; BKIBookingSyncSetup: Record "BKI Booking Sync Setup"; StaffNames: Dictionary of [Text, Text]; WindowStart: DateTime; WindowEnd: DateTime; var SeenIds: Dictionary of [Text, Boolean]): Boolean
    var
        BKIGraphClient: Codeunit "BKI Graph Client";
        BKIGraphFetch: Codeunit "BKI Graph Fetch";
        Values: JsonArray;
        Item: JsonToken;
        AppointmentId: Text;
    begin
        BKIGraphFetch.SetPath(StrSubstNo(CalendarViewPathTok, BKIGraphClient.BusinessPath(), BKIJsonHelper.FormatUtc(WindowStart), BKIJsonHelper.FormatUtc(WindowEnd)));
        Commit(); // Codeunit.Run below needs a clean transaction; everything before it is complete.
        if not BKIGraphFetch.Run() then begin
            BKISyncLogMgt.LogLastError(BKISyncLog."Entry No.", Enum::"BKI Sync Entity"::Appointment,
                StrSubstNo(WindowKeyTok, BKIJsonHelper.FormatUtc(WindowStart), BKIJsonHelper.FormatUtc(WindowEnd)));
            BKISyncLog.Failed += 1;
            Commit();
            exit(false);
        end;
        BKIGraphFetch.GetValues(Values);

        // Everything Graph returned counts as seen, even a record that fails below: failing is not cancelling.
        foreach Item in Values do
            if Item.IsObject() then begin
                AppointmentId := BKIJsonHelper.GetText(Item.AsObject(), 'id');
                if (AppointmentId <> '') and not SeenIds.ContainsKey(AppointmentId) then
                    SeenIds.Add(AppointmentId, true);
            end;

        foreach Item in Values do
            if not ProcessOne(BKISyncLog, BKIBookingSyncSetup, StaffNames, Item) then
                if FirstFailedWindowStart = 0DT then
                    FirstFailedWindowStart := WindowStart;
        exit(true);
    end;

    local procedure ProcessOne(var BKISyncLog: Record "BKI Sync Log"; BKIBookingSyncSetup: Record "BKI Booking Sync Setup"; StaffNames: Dictionary of [Text, Text]; Item: JsonToken): Boolean
    var
        BKIProcessAppointment: Codeunit "BKI Process Appointment";
        AppointmentJson: JsonObject;
        RecordKey: Text;
        Processed: Boolean;
        NotAnObjectErr: Label 'The calendarView response holds an item that is not a JSON object.';
    begin
        if not Item.IsObject() then begin
            BKISyncLogMgt.LogError(BKISyncLog."Entry No.", Enum::"BKI Sync Entity"::Appointment, '', NotAnObjectErr, '');
            BKISyncLog.AddOutcome(Enum::"BKI Sync Outcome"::Failed);
            Commit();
            exit(false);
        end;
        AppointmentJson := Item.AsObject();
        RecordKey := BKIJsonHelper.GetText(AppointmentJson, 'id');
        BKIProcessAppointment.SetContext(BKIBookingSyncSetup."Business ID", BKISyncLog."Entry No.", BKIBookingSyncSetup."Business Time Zone",
            BKIBookingSyncSetup."Business Currency Code", StaffNames);
        BKIProcessAppointment.SetAppointment(AppointmentJson);
        Processed := BKIProcessAppointment.Run();
        if Processed then
            BKISyncLog.AddOutcome(BKIProcessAppointment.GetOutcome())
        else begin
            BKISyncLogMgt.LogLastError(BKISyncLog."Entry No.", Enum::"BKI Sync Entity"::Appointment, RecordKey);
            BKISyncLog.AddOutcome(Enum::"BKI Sync Outcome"::Failed);
        end;
        // One transaction per appointment, as in the Shopify order import: a later failure never undoes this one.
        Commit();
        exit(Processed);
    end;

    local procedure MarkVanishedAsCancelled(var BKISyncLog: Record "BKI Sync Log"; BusinessId: Text[250]; WindowStart: DateTime; WindowEnd: DateTime; SeenIds: Dictionary of [Text, Boolean])
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        VanishedAppointment: Record "BKI Booking Appointment";
    begin
        BKIBookingAppointment.SetCurrentKey("Business ID", "Start Date Time (UTC)");
        BKIBookingAppointment.SetRange("Business ID", BusinessId);
        BKIBookingAppointment.SetFilter("Start Date Time (UTC)", '>=%1&<%2', WindowStart, WindowEnd);
        BKIBookingAppointment.SetRange(Cancelled, false);
        if BKIBookingAppointment.FindSet() then
            repeat
                if not SeenIds.ContainsKey(BKIBookingAppointment."Appointment ID") then begin
                    // Cancelled in Bookings (Graph deletes cancelled appointments). The row stays, so an invoiced
                    // appointment keeps its invoice link; it only leaves the Bookings Not Invoiced list.
                    // A second record is modified, so the loop's filter on Cancelled is not changed under it.
                    VanishedAppointment.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID");
                    VanishedAppointment.Cancelled := true;
                    VanishedAppointment."Cancelled At" := CurrentDateTime();
                    VanishedAppointment.Modify();
                    BKISyncLog.Cancelled += 1;
                end;
            until BKIBookingAppointment.Next() = 0;
        Commit();
    end;

    local procedure ReadStaffNames(var BKISyncLog: Record "BKI Sync Log"; var StaffNames: Dictionary of [Text, Text])
    var
        BKIGraphClient: Codeunit "BKI Graph Client";
        BKIGraphFetch: Codeunit "BKI Graph Fetch";
        Values: JsonArray;
        Item: JsonToken;
        StaffId: Text;
    begin
        Clear(StaffNames);
        BKIGraphFetch.SetPath(BKIGraphClient.BusinessPath() + '/staffMembers');
        Commit();
        if not BKIGraphFetch.Run() then begin
            // Staff names are a convenience for the list and invoice lines; appointments still sync without them.
            BKISyncLogMgt.LogLastError(BKISyncLog."Entry No.", Enum::"BKI Sync Entity"::Staff, StaffKeyTok);
            Commit();
            exit;
        end;
        BKIGraphFetch.GetValues(Values);
        foreach Item in Values do
            if Item.IsObject() then begin
                StaffId := BKIJsonHelper.GetText(Item.AsObject(), 'id');
                if (StaffId <> '') and not StaffNames.ContainsKey(StaffId) then
                    StaffNames.Add(StaffId, BKIJsonHelper.GetText(Item.AsObject(), 'displayName'));
            end;
    end;
}

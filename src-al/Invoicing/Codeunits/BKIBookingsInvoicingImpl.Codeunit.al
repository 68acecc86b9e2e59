namespace Seed.BookingsInvoicing.Invoicing;

using Microsoft.Sales.Customer;
using Microsoft.Sales.Document;
using Microsoft.Sales.History;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;

/// <summary>
/// Implementation of "BKI Bookings Invoicing": plans (Preview) and creates draft invoices, one Codeunit.Run per
/// invoice so one failing customer never stops the others, and reports every created invoice and every problem.
/// </summary>
codeunit 70470051 "BKI Bookings Invoicing Impl."
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;
    Permissions = tabledata "BKI Booking Appointment" = rm,
                  tabledata "BKI Booking Invoice Link" = rimd;

    var
        OpenCustomersActionLbl: Label 'Open customers';
        OpenCustomerActionLbl: Label 'Open customer';
        OpenMappingsActionLbl: Label 'Open service mappings';
        OpenSetupActionLbl: Label 'Open Booking Sync Setup';
        OpenAppointmentActionLbl: Label 'Open appointment';
        OpenInvoiceActionLbl: Label 'Open invoice';
        ProblemTitleLbl: Label 'Bookings appointment of %1 could not be invoiced', Comment = '%1 = date';
        InvoiceFailedStatusLbl: Label 'Invoice not created';
        InvoiceFailedLbl: Label 'The invoice for %1 was not created: %2', Comment = '%1 = customer name, %2 = error';

    /// <summary>Creates the invoices of the plan; fills TempResult with the plan, created invoice numbers and problems.</summary>
    procedure CreateInvoices(var BKIBookingAppointment: Record "BKI Booking Appointment"; GroupPerCustomer: Boolean; var TempResult: Record "BKI Invoice Plan Buffer" temporary) CreatedInvoiceNos: List of [Code[20]]
    var
        TempInvoiceRows: Record "BKI Invoice Plan Buffer" temporary;
        BKIInvoicePlanner: Codeunit "BKI Invoice Planner";
        BKICreateBookingInvoice: Codeunit "BKI Create Booking Invoice";
    begin
        BKIInvoicePlanner.BuildPlan(BKIBookingAppointment, GroupPerCustomer, TempResult);

        TempResult.Reset();
        TempResult.SetRange("Line Type", TempResult."Line Type"::Invoice);
        if TempResult.FindSet() then
            repeat
                TempInvoiceRows := TempResult;
                TempInvoiceRows.Insert();
            until TempResult.Next() = 0;
        TempResult.Reset();

        // Each invoice is its own transaction (Codeunit.Run needs none open): a failing customer rolls back only its
        // own invoice and links, and every invoice already created stays.
        Commit();
        if TempInvoiceRows.FindSet() then
            repeat
                // One instance for the run (SetGroup resets what one invoice needs), so what it read stays read.
                BKICreateBookingInvoice.SetGroup(TempResult, TempInvoiceRows."Group Key");
                if BKICreateBookingInvoice.Run() then begin
                    Commit(); // Keep this invoice whatever happens to the next one.
                    CreatedInvoiceNos.Add(BKICreateBookingInvoice.GetCreatedDocumentNo());
                    SetGroupDocumentNo(TempResult, TempInvoiceRows."Group Key", BKICreateBookingInvoice.GetCreatedDocumentNo());
                end else
                    AddGroupFailure(TempResult, TempInvoiceRows, GetLastErrorText());
            until TempInvoiceRows.Next() = 0;
        TempResult.Reset();
    end;

    /// <summary>Plans without creating anything.</summary>
    procedure Preview(var BKIBookingAppointment: Record "BKI Booking Appointment"; GroupPerCustomer: Boolean; var TempPlan: Record "BKI Invoice Plan Buffer" temporary)
    var
        BKIInvoicePlanner: Codeunit "BKI Invoice Planner";
    begin
        BKIInvoicePlanner.BuildPlan(BKIBookingAppointment, GroupPerCustomer, TempPlan);
        TempPlan.Reset();
    end;

    local procedure SetGroupDocumentNo(var TempResult: Record "BKI Invoice Plan Buffer" temporary; GroupKey: Text[250]; DocumentNo: Code[20])
    begin
        TempResult.Reset();
        TempResult.SetCurrentKey("Group Key", "Line Type", "Start Date Time (UTC)", "Customer Key");
        TempResult.SetRange("Group Key", GroupKey);
        TempResult.SetFilter("Line Type", '%1|%2', TempResult."Line Type"::Invoice, TempResult."Line Type"::Line);
        TempResult.ModifyAll("Document No.", DocumentNo);
        TempResult.Reset();
    end;

    local procedure AddGroupFailure(var TempResult: Record "BKI Invoice Plan Buffer" temporary; TempInvoiceRow: Record "BKI Invoice Plan Buffer" temporary; ErrorText: Text)
    var
        NextEntryNo: Integer;
    begin
        // Temporary rows are not rolled back with the failed invoice, so clear what the failed run noted on them.
        TempResult.Reset();
        TempResult.SetRange("Group Key", TempInvoiceRow."Group Key");
        TempResult.ModifyAll("Document No.", '');
        TempResult.ModifyAll("Document Line No.", 0);
        TempResult.Reset();
        if TempResult.FindLast() then
            NextEntryNo := TempResult."Entry No.";
        TempResult := TempInvoiceRow;
        TempResult."Entry No." := NextEntryNo + 1;
        TempResult."Line Type" := TempResult."Line Type"::Problem;
        TempResult."Document No." := '';
        TempResult.Problem := CopyStr(StrSubstNo(InvoiceFailedLbl, TempInvoiceRow."Customer Name", ErrorText), 1, MaxStrLen(TempResult.Problem));
        TempResult.Status := CopyStr(InvoiceFailedStatusLbl, 1, MaxStrLen(TempResult.Status));
        if TempResult."Customer No." <> '' then
            TempResult."Fix Action" := TempResult."Fix Action"::"Open Customer"
        else
            TempResult."Fix Action" := TempResult."Fix Action"::"Open Customers";
        TempResult.Insert();
    end;

    /// <summary>The problem as an actionable error: its reason, and a navigation action that opens what fixes it.</summary>
    procedure BuildProblemErrorInfo(TempProblem: Record "BKI Invoice Plan Buffer" temporary) Result: ErrorInfo
    var
        Customer: Record Customer;
    begin
        Result := ErrorInfo.Create(TempProblem.Problem);
        Result.Title := StrSubstNo(ProblemTitleLbl, TempProblem."Local Date");
        Result.ErrorType := ErrorType::Client;
        Result.Collectible := true;
        case TempProblem."Fix Action" of
            TempProblem."Fix Action"::"Open Customers":
                begin
                    Result.PageNo := Page::"Customer List";
                    Result.AddNavigationAction(OpenCustomersActionLbl);
                end;
            TempProblem."Fix Action"::"Open Customer":
                begin
                    Result.PageNo := Page::"Customer Card";
                    if Customer.Get(TempProblem."Customer No.") then
                        Result.RecordId := Customer.RecordId();
                    Result.AddNavigationAction(OpenCustomerActionLbl);
                end;
            TempProblem."Fix Action"::"Open Service Mappings":
                begin
                    Result.PageNo := Page::"BKI Booking Service Mappings";
                    Result.AddNavigationAction(OpenMappingsActionLbl);
                end;
            TempProblem."Fix Action"::"Open Setup":
                begin
                    Result.PageNo := Page::"BKI Booking Sync Setup";
                    Result.AddNavigationAction(OpenSetupActionLbl);
                end;
            TempProblem."Fix Action"::"Open Appointment":
                begin
                    Result.PageNo := Page::"BKI Booking Appointments";
                    Result.RecordId := TempProblem."Fix Record ID";
                    Result.AddNavigationAction(OpenAppointmentActionLbl);
                end;
            TempProblem."Fix Action"::"Open Invoice":
                begin
                    Result.PageNo := Page::"Sales Invoice List";
                    Result.AddNavigationAction(OpenInvoiceActionLbl);
                end;
        end;
    end;

    /// <summary>Shows every problem of a result as one collected list of actionable errors.</summary>
    [ErrorBehavior(ErrorBehavior::Collect)]
    procedure ShowProblemsAsErrors(var TempResult: Record "BKI Invoice Plan Buffer" temporary)
    begin
        TempResult.Reset();
        TempResult.SetRange("Line Type", TempResult."Line Type"::Problem);
        if TempResult.FindSet() then
            repeat
                Error(BuildProblemErrorInfo(TempResult));
            until TempResult.Next() = 0;
        TempResult.Reset();
    end;

    /// <summary>Opens what fixes a problem (customer, service mappings, setup, appointment, invoice).</summary>
    procedure RunFixAction(TempProblem: Record "BKI Invoice Plan Buffer" temporary)
    var
        Customer: Record Customer;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        SalesHeader: Record "Sales Header";
        SalesInvoiceHeader: Record "Sales Invoice Header";
        BKIBookingInvoiceLink: Record "BKI Booking Invoice Link";
    begin
        case TempProblem."Fix Action" of
            TempProblem."Fix Action"::"Open Customers":
                Page.Run(Page::"Customer List");
            TempProblem."Fix Action"::"Open Customer":
                if Customer.Get(TempProblem."Customer No.") then
                    Page.Run(Page::"Customer Card", Customer)
                else
                    Page.Run(Page::"Customer List");
            TempProblem."Fix Action"::"Open Service Mappings":
                Page.Run(Page::"BKI Booking Service Mappings");
            TempProblem."Fix Action"::"Open Setup":
                Page.Run(Page::"BKI Booking Sync Setup");
            TempProblem."Fix Action"::"Open Appointment":
                begin
                    BKIBookingAppointment.SetRange("Business ID", TempProblem."Business ID");
                    BKIBookingAppointment.SetRange("Appointment ID", TempProblem."Appointment ID");
                    Page.Run(Page::"BKI Booking Appointments", BKIBookingAppointment);
                end;
            TempProblem."Fix Action"::"Open Invoice":
                if BKIBookingInvoiceLink.Get(TempProblem."Business ID", TempProblem."Appointment ID", TempProblem."Customer Key") then
                    case BKIBookingInvoiceLink."Document Type" of
                        BKIBookingInvoiceLink."Document Type"::Invoice:
                            if SalesHeader.Get(SalesHeader."Document Type"::Invoice, BKIBookingInvoiceLink."Document No.") then
                                Page.Run(Page::"Sales Invoice", SalesHeader);
                        BKIBookingInvoiceLink."Document Type"::"Posted Invoice":
                            if SalesInvoiceHeader.Get(BKIBookingInvoiceLink."Document No.") then
                                Page.Run(Page::"Posted Sales Invoice", SalesInvoiceHeader);
                    end;
        end;
    end;

    /// <summary>Opens the (draft or posted) invoice of an appointment.</summary>
    procedure OpenInvoice(BKIBookingAppointment: Record "BKI Booking Appointment")
    var
        SalesHeader: Record "Sales Header";
        SalesInvoiceHeader: Record "Sales Invoice Header";
        NoInvoiceMsg: Label 'This appointment is not on an invoice.';
    begin
        if BKIBookingAppointment."Invoice No." = '' then begin
            Message(NoInvoiceMsg);
            exit;
        end;
        if BKIBookingAppointment."Invoice Posted" then begin
            if SalesInvoiceHeader.Get(BKIBookingAppointment."Invoice No.") then
                Page.Run(Page::"Posted Sales Invoice", SalesInvoiceHeader);
            exit;
        end;
        if SalesHeader.Get(SalesHeader."Document Type"::Invoice, BKIBookingAppointment."Invoice No.") then
            Page.Run(Page::"Sales Invoice", SalesHeader);
    end;
}

namespace Seed.BookingsInvoicing.Invoicing;

using Microsoft.Sales.Customer;
using Microsoft.Sales.Document;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;

/// <summary>
/// Creates ONE draft sales invoice from one group of planned lines, in one Codeunit.Run: the header with its customer
/// (address, currency, payment terms from the customer; posting and document date = work date), one Item line per
/// appointment customer in date order, and each line's invoice link in the same transaction. Before writing, it
/// locks every appointment, so two users (or a job queue run) invoicing the same appointment at the same time get one
/// invoice; the other run fails with a clear message and writes nothing. Each appointment is read once per invoice,
/// and its invoice status is saved once, from its status as locked and the invoice's own links (no link is read).
/// </summary>
codeunit 70470053 "BKI Create Booking Invoice"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;
    Permissions = tabledata "Sales Header" = rim,
                  tabledata "Sales Line" = rim,
                  tabledata Customer = rim,
                  tabledata "BKI Booking Appointment" = rm,
                  tabledata "BKI Booking Invoice Link" = ri,
                  tabledata "BKI Booking Customer Link" = rim;

    var
        // One Sales Header variable for all invoices of a run, as the standard API is used: it keeps the sales setup
        // it read instead of reading it again for every invoice.
        SalesHeader: Record "Sales Header";
        TempPlan: Record "BKI Invoice Plan Buffer" temporary;
        TempLockedAppointment: Record "BKI Booking Appointment" temporary;
        BKIInvoicingEvents: Codeunit "BKI Invoicing Events";
        BKIInvoiceLinkMgt: Codeunit "BKI Invoice Link Mgt.";
        GroupKey: Text[250];
        CreatedDocumentNo: Code[20];
        AlreadyInvoicedErr: Label 'The appointment of %1 at %2 for %3 is already on invoice %4 (created by %5 at %6). Nothing was created for this invoice; refresh Bookings Not Invoiced.', Comment = '%1 = date, %2 = time, %3 = customer, %4 = invoice no., %5 = user, %6 = date-time';
        AppointmentGoneErr: Label 'The appointment of %1 at %2 no longer exists or was cancelled. Nothing was created for this invoice.', Comment = '%1 = date, %2 = time';
        NoLinesErr: Label 'There is nothing to invoice in this group.';
        InvoicedMeanwhileErr: Label 'The appointment of %1 at %2 for %3 is being invoiced by another user right now. Nothing was created for this invoice; refresh Bookings Not Invoiced in a moment.', Comment = '%1 = date, %2 = time, %3 = customer';
        CustomerTemplateFailedErr: Label 'Customer template %1 could not create a customer for %2.', Comment = '%1 = template code, %2 = e-mail';

    trigger OnRun()
    begin
        CreateInvoice();
    end;

    /// <summary>Sets the plan (shared temporary table) and the group of lines that make this invoice.</summary>
    procedure SetGroup(var TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary; NewGroupKey: Text[250])
    begin
        TempPlan.Copy(TempBKIInvoicePlanBuffer, true);
        GroupKey := NewGroupKey;
        CreatedDocumentNo := '';
    end;

    /// <summary>The number of the invoice the last successful run created.</summary>
    procedure GetCreatedDocumentNo(): Code[20]
    begin
        exit(CreatedDocumentNo);
    end;

    local procedure CreateInvoice()
    var
        SalesLine: Record "Sales Line";
        BKIBookingAppointment: Record "BKI Booking Appointment";
        TempInvoiceRow: Record "BKI Invoice Plan Buffer" temporary;
        CustomerNo: Code[20];
        LineNo: Integer;
    begin
        TempPlan.Reset();
        TempPlan.SetCurrentKey("Group Key", "Line Type", "Start Date Time (UTC)", "Customer Key");
        TempPlan.SetRange("Group Key", GroupKey);
        TempPlan.SetRange("Line Type", TempPlan."Line Type"::Line);
        if not TempPlan.FindSet() then
            Error(NoLinesErr);

        LockAndCheckAppointments();

        TempPlan.FindFirst();
        CustomerNo := GetOrCreateCustomer(TempPlan);
        CreateHeader(SalesHeader, CustomerNo);
        SetAppointmentStatuses(SalesHeader."No.");

        TempPlan.SetRange("Line Type", TempPlan."Line Type"::Invoice);
        if TempPlan.FindFirst() then
            TempInvoiceRow := TempPlan;
        BKIInvoicingEvents.OnBeforeModifyInvoiceHeader(SalesHeader, TempInvoiceRow);
        SalesHeader.Modify(true);

        TempPlan.SetRange("Line Type", TempPlan."Line Type"::Line);
        TempPlan.FindSet();
        repeat
            // The appointment as locked, read and saved by this transaction (no second read).
            TempLockedAppointment.Get(TempPlan."Business ID", TempPlan."Appointment ID");
            BKIBookingAppointment := TempLockedAppointment;
            LineNo += 10000;
            CreateLine(SalesHeader, SalesLine, LineNo, BKIBookingAppointment);
            if not BKIInvoiceLinkMgt.InsertNewLink(TempPlan."Business ID", TempPlan."Appointment ID", TempPlan."Customer Key",
                Enum::"BKI Invoice Link Doc. Type"::Invoice, SalesHeader."No.", SalesLine."Line No.", CustomerNo)
            then
                ExistingLinkError(BKIBookingAppointment);
            BKIInvoicingEvents.OnAfterInsertInvoiceLine(SalesLine, SalesHeader, TempPlan, BKIBookingAppointment);
            TempPlan."Document No." := SalesHeader."No.";
            TempPlan."Document Line No." := SalesLine."Line No.";
            TempPlan."Customer No." := CustomerNo;
            TempPlan.Modify();
        until TempPlan.Next() = 0;

        BKIInvoicingEvents.OnAfterCreateInvoice(SalesHeader, TempInvoiceRow);
        CreatedDocumentNo := SalesHeader."No.";
    end;

    local procedure LockAndCheckAppointments()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKITimeZoneConversion: Codeunit "BKI Time Zone Conversion";
    begin
        // UpdLock on the appointments serializes concurrent runs on the same appointments: every writer of links sets
        // the appointment's invoice status in the same transaction, so while this run holds the lock, the status and
        // link count read here stay current until it commits, and the new status follows from them and this invoice's
        // links (no link is read). A customer already linked (by another user, or by an extension that skipped the
        // status) is caught by the link's primary key when this invoice writes its link. Each appointment is locked
        // and read once, however many of its customers are on this invoice.
        BKIBookingAppointment.ReadIsolation := IsolationLevel::UpdLock;
        TempLockedAppointment.Reset();
        TempLockedAppointment.DeleteAll();
        repeat
            if not TempLockedAppointment.Get(TempPlan."Business ID", TempPlan."Appointment ID") then begin
                if not BKIBookingAppointment.Get(TempPlan."Business ID", TempPlan."Appointment ID") then
                    Error(AppointmentGoneErr, TempPlan."Local Date", BKITimeZoneConversion.FormatTime(TempPlan."Local Time"));
                if BKIBookingAppointment.Cancelled then
                    Error(AppointmentGoneErr, TempPlan."Local Date", BKITimeZoneConversion.FormatTime(TempPlan."Local Time"));
                TempLockedAppointment := BKIBookingAppointment;
                TempLockedAppointment.Insert();
            end;
            // Fully invoiced meanwhile: say so before writing anything (a read only on this failure path).
            if TempLockedAppointment."Invoice Status" in [TempLockedAppointment."Invoice Status"::Invoiced, TempLockedAppointment."Invoice Status"::"Marked as Invoiced"] then
                ExistingLinkError(TempLockedAppointment);
        until TempPlan.Next() = 0;
    end;

    local procedure SetAppointmentStatuses(DocumentNo: Code[20])
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
    begin
        // Each appointment's status is saved once per invoice, from its status as locked plus the links this invoice
        // writes (one per planned line of the appointment); the same transaction writes both.
        TempLockedAppointment.Reset();
        if TempLockedAppointment.FindSet() then
            repeat
                BKIBookingAppointment := TempLockedAppointment;
                TempPlan.SetRange("Business ID", BKIBookingAppointment."Business ID");
                TempPlan.SetRange("Appointment ID", BKIBookingAppointment."Appointment ID");
                BKIInvoiceLinkMgt.AddDraftLinksToStatus(BKIBookingAppointment, TempPlan.Count(), DocumentNo);
                BKIBookingAppointment.Modify();
                TempLockedAppointment := BKIBookingAppointment;
                TempLockedAppointment.Modify();
            until TempLockedAppointment.Next() = 0;
        TempPlan.SetRange("Business ID");
        TempPlan.SetRange("Appointment ID");
    end;

    local procedure ExistingLinkError(BKIBookingAppointment: Record "BKI Booking Appointment")
    var
        BKIBookingInvoiceLink: Record "BKI Booking Invoice Link";
        BKITimeZoneConversion: Codeunit "BKI Time Zone Conversion";
    begin
        // The planned customer of TempPlan is linked already (found by the link's primary key, or the appointment was
        // fully invoiced under the lock): stop this invoice, naming the invoice that has it.
        BKIBookingInvoiceLink.SetRange("Business ID", TempPlan."Business ID");
        BKIBookingInvoiceLink.SetRange("Appointment ID", TempPlan."Appointment ID");
        BKIBookingInvoiceLink.SetRange("Customer Key", TempPlan."Customer Key");
        if not BKIBookingInvoiceLink.FindFirst() then begin
            BKIBookingInvoiceLink.SetRange("Customer Key");
            // Invoiced, but its links are not to be seen (yet): another run is writing them right now.
            if not BKIBookingInvoiceLink.FindFirst() then
                Error(InvoicedMeanwhileErr, TempPlan."Local Date", BKITimeZoneConversion.FormatTime(TempPlan."Local Time"), TempPlan."Customer Name");
        end;
        Error(AlreadyInvoicedError(BKIBookingInvoiceLink, BKIBookingAppointment));
    end;

    local procedure AlreadyInvoicedError(BKIBookingInvoiceLink: Record "BKI Booking Invoice Link"; BKIBookingAppointment: Record "BKI Booking Appointment") Result: ErrorInfo
    var
        BKITimeZoneConversion: Codeunit "BKI Time Zone Conversion";
    begin
        Result := ErrorInfo.Create(StrSubstNo(AlreadyInvoicedErr, TempPlan."Local Date", BKITimeZoneConversion.FormatTime(TempPlan."Local Time"), TempPlan."Customer Name",
            BKIBookingInvoiceLink."Document No.", BKIBookingInvoiceLink."Linked By", BKIBookingInvoiceLink."Linked At"));
        Result.ErrorType := ErrorType::Client;
        Result.RecordId := BKIBookingAppointment.RecordId();
    end;

    local procedure GetOrCreateCustomer(TempPlanLine: Record "BKI Invoice Plan Buffer" temporary): Code[20]
    var
        Customer: Record Customer;
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIBookingCustomerLink: Record "BKI Booking Customer Link";
        BKICustomerMatcher: Codeunit "BKI Customer Matcher";
        CustomerTemplMgt: Codeunit "Customer Templ. Mgt.";
        IsHandled: Boolean;
    begin
        if not TempPlanLine."Create Customer" then
            exit(TempPlanLine."Customer No.");
        // Someone may have created the customer since the plan was made; one e-mail is one customer.
        if BKICustomerMatcher.FindCustomer(TempPlanLine."Business ID", TempPlanLine."Customer E-Mail", Customer) then
            exit(Customer."No.");
        BKIBookingSyncSetup.GetSetup();
        if not CustomerTemplMgt.CreateCustomerFromTemplate(Customer, IsHandled, BKIBookingSyncSetup."Default Customer Templ.") then
            Error(CustomerTemplateFailedErr, BKIBookingSyncSetup."Default Customer Templ.", TempPlanLine."Customer E-Mail");
        Customer.Validate(Name, TempPlanLine."Customer Name");
        Customer.Validate("E-Mail", TempPlanLine."Customer E-Mail");
        // A Bookings customer is a person, as when the customer sync creates it; only persons are sent to Bookings.
        Customer."Contact Type" := Customer."Contact Type"::Person;
        Customer.Modify(true);

        BKIBookingCustomerLink.Init();
        BKIBookingCustomerLink."Business ID" := TempPlanLine."Business ID";
        BKIBookingCustomerLink."E-Mail (Lower)" := CopyStr(TempPlanLine."Customer E-Mail".ToLower(), 1, MaxStrLen(BKIBookingCustomerLink."E-Mail (Lower)"));
        BKIBookingCustomerLink."Customer No." := Customer."No.";
        BKIBookingCustomerLink."Last Synced At" := CurrentDateTime();
        BKIBookingCustomerLink.Insert();
        exit(Customer."No.");
    end;

    local procedure CreateHeader(var SalesHeader: Record "Sales Header"; CustomerNo: Code[20])
    begin
        SalesHeader.Init();
        SalesHeader."Document Type" := SalesHeader."Document Type"::Invoice;
        SalesHeader."No." := '';
        SalesHeader.Insert(true);
        // Validating the customer copies name, address, bill-to, currency and payment terms (the May-2022 defect
        // left invoices without a customer).
        SalesHeader.Validate("Sell-to Customer No.", CustomerNo);
        // BC's rules: posting and document date are the work date, never the UTC date of the appointment.
        SalesHeader.Validate("Posting Date", WorkDate());
        SalesHeader.Validate("Document Date", WorkDate());
    end;

    local procedure CreateLine(SalesHeader: Record "Sales Header"; var SalesLine: Record "Sales Line"; LineNo: Integer; BKIBookingAppointment: Record "BKI Booking Appointment")
    begin
        SalesLine.Init();
        SalesLine."Document Type" := SalesHeader."Document Type";
        SalesLine."Document No." := SalesHeader."No.";
        SalesLine."Line No." := LineNo;
        SalesLine.SetHideValidationDialog(true);
        SalesLine.Validate(Type, SalesLine.Type::Item);
        SalesLine.Validate("No.", TempPlan."Item No.");
        SalesLine.Validate(Quantity, TempPlan.Quantity);
        SalesLine.Validate("Unit Price", TempPlan."Unit Price");
        SalesLine.Description := TempPlan.Description;
        SalesLine."Description 2" := TempPlan."Description 2";
        BKIInvoicingEvents.OnBeforeInsertInvoiceLine(SalesLine, SalesHeader, TempPlan, BKIBookingAppointment);
        SalesLine.Insert(true);
    end;
}

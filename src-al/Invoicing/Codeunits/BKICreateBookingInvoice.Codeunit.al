namespace Seed.BookingsInvoicing.Invoicing;

using Microsoft.Sales.Customer;
using Microsoft.Sales.Document;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;

/// <summary>
/// Creates ONE draft sales invoice from one group of planned lines, in one Codeunit.Run: the header with its customer
/// (address, currency, payment terms from the customer; posting and document date = work date), one Item line per
/// appointment customer in date order, and each line's invoice link in the same transaction. Before writing, it
/// locks every appointment and re-reads its links, so two users (or a job queue run) invoicing the same appointment
/// at the same time get one invoice; the other run fails with a clear message and writes nothing. Each appointment and
/// its links are read once per invoice, and its invoice status is saved once, from those links and the invoice's own.
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
        TempPlan: Record "BKI Invoice Plan Buffer" temporary;
        TempLockedAppointment: Record "BKI Booking Appointment" temporary;
        TempAppointmentLink: Record "BKI Booking Invoice Link" temporary;
        BKIInvoicingEvents: Codeunit "BKI Invoicing Events";
        BKIInvoiceLinkMgt: Codeunit "BKI Invoice Link Mgt.";
        GroupKey: Text[250];
        CreatedDocumentNo: Code[20];
        AlreadyInvoicedErr: Label 'The appointment of %1 at %2 for %3 is already on invoice %4 (created by %5 at %6). Nothing was created for this invoice; refresh Bookings Not Invoiced.', Comment = '%1 = date, %2 = time, %3 = customer, %4 = invoice no., %5 = user, %6 = date-time';
        AppointmentGoneErr: Label 'The appointment of %1 at %2 no longer exists or was cancelled. Nothing was created for this invoice.', Comment = '%1 = date, %2 = time';
        NoLinesErr: Label 'There is nothing to invoice in this group.';
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
        SalesHeader: Record "Sales Header";
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
        BKIBookingInvoiceLink: Record "BKI Booking Invoice Link";
        BKITimeZoneConversion: Codeunit "BKI Time Zone Conversion";
    begin
        // UpdLock on the appointments serializes concurrent runs on the same appointments; the links read after the
        // lock see what the other run committed. Every writer of links refreshes the appointment in its transaction,
        // so while this run holds the appointment's lock no one else can commit a link of it: the links read here
        // (kept in TempAppointmentLink) stay current until this run commits. The link primary key is the last line
        // of defence. Each appointment is locked and read once, however many of its customers are on this invoice.
        BKIBookingAppointment.ReadIsolation := IsolationLevel::UpdLock;
        BKIBookingInvoiceLink.ReadIsolation := IsolationLevel::UpdLock;
        TempLockedAppointment.Reset();
        TempLockedAppointment.DeleteAll();
        TempAppointmentLink.Reset();
        TempAppointmentLink.DeleteAll();
        repeat
            if not TempLockedAppointment.Get(TempPlan."Business ID", TempPlan."Appointment ID") then begin
                if not BKIBookingAppointment.Get(TempPlan."Business ID", TempPlan."Appointment ID") then
                    Error(AppointmentGoneErr, TempPlan."Local Date", BKITimeZoneConversion.FormatTime(TempPlan."Local Time"));
                if BKIBookingAppointment.Cancelled then
                    Error(AppointmentGoneErr, TempPlan."Local Date", BKITimeZoneConversion.FormatTime(TempPlan."Local Time"));
                TempLockedAppointment := BKIBookingAppointment;
                TempLockedAppointment.Insert();
                // Read under the lock, "Not Invoiced" means no links (see the status rule in "BKI Invoice Link Mgt.").
                if BKIBookingAppointment."Invoice Status" <> BKIBookingAppointment."Invoice Status"::"Not Invoiced" then begin
                    BKIBookingInvoiceLink.SetRange("Business ID", TempPlan."Business ID");
                    BKIBookingInvoiceLink.SetRange("Appointment ID", TempPlan."Appointment ID");
                    if BKIBookingInvoiceLink.FindSet() then
                        repeat
                            TempAppointmentLink := BKIBookingInvoiceLink;
                            TempAppointmentLink.Insert();
                        until BKIBookingInvoiceLink.Next() = 0;
                end;
            end;
            if TempAppointmentLink.Get(TempPlan."Business ID", TempPlan."Appointment ID", TempPlan."Customer Key") then
                Error(AlreadyInvoicedError(TempAppointmentLink, TempLockedAppointment));
        until TempPlan.Next() = 0;
    end;

    local procedure SetAppointmentStatuses(DocumentNo: Code[20])
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
    begin
        // Each appointment's status is saved once per invoice, from the links read under its lock plus the links this
        // invoice writes (one per planned line, below); the same transaction writes them, so no one sees one without
        // the other. The appointments were read under lock in this transaction, so the kept copies are current.
        TempPlan.FindSet();
        repeat
            TempAppointmentLink.Init();
            TempAppointmentLink."Business ID" := TempPlan."Business ID";
            TempAppointmentLink."Appointment ID" := TempPlan."Appointment ID";
            TempAppointmentLink."Customer Key" := TempPlan."Customer Key";
            TempAppointmentLink."Document Type" := TempAppointmentLink."Document Type"::Invoice;
            TempAppointmentLink."Document No." := DocumentNo;
            TempAppointmentLink.Insert();
        until TempPlan.Next() = 0;

        TempLockedAppointment.Reset();
        if TempLockedAppointment.FindSet() then
            repeat
                BKIBookingAppointment := TempLockedAppointment;
                TempAppointmentLink.Reset();
                TempAppointmentLink.SetRange("Business ID", BKIBookingAppointment."Business ID");
                TempAppointmentLink.SetRange("Appointment ID", BKIBookingAppointment."Appointment ID");
                BKIInvoiceLinkMgt.SetInvoiceStatus(BKIBookingAppointment, TempAppointmentLink);
                BKIBookingAppointment.Modify();
                TempLockedAppointment := BKIBookingAppointment;
                TempLockedAppointment.Modify();
            until TempLockedAppointment.Next() = 0;
    end;

    local procedure ExistingLinkError(BKIBookingAppointment: Record "BKI Booking Appointment")
    var
        BKIBookingInvoiceLink: Record "BKI Booking Invoice Link";
    begin
        // The last line of defence (the link's primary key): a link written without its appointment's status (e.g. by
        // another extension) still stops this invoice, with the same message as a link found under the lock.
        BKIBookingInvoiceLink.Get(TempPlan."Business ID", TempPlan."Appointment ID", TempPlan."Customer Key");
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

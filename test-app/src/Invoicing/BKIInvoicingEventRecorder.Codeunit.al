namespace Seed.BookingsInvoicing.Test.Invoicing;

using Microsoft.Sales.Document;
using Seed.BookingsInvoicing.Invoicing;
using Seed.BookingsInvoicing.Sync;

/// <summary>
/// Manually bound subscriber to every integration event of "BKI Invoicing Events", acting as a partner extension
/// would: it counts each event, sets Your Reference on the header and Description 2 on each line, and notes whether
/// the invoice link already exists when OnAfterInsertInvoiceLine is raised.
/// </summary>
codeunit 70470254 "BKI Invoicing Event Recorder"
{
    EventSubscriberInstance = Manual;

    var
        PlanLineCount: Integer;
        BeforeHeaderCount: Integer;
        AfterInvoiceCount: Integer;
        BeforeLineCount: Integer;
        AfterLineCount: Integer;
        LinksSeenAfterLine: Integer;
        PartnerReferenceTok: Label 'PARTNER-REF', Locked = true;
        PartnerLineTextTok: Label 'Room 7 (partner)', Locked = true;

    procedure PartnerReference(): Text
    begin
        exit(PartnerReferenceTok);
    end;

    procedure PartnerLineText(): Text
    begin
        exit(PartnerLineTextTok);
    end;

    procedure GetCounts(var PlanLines: Integer; var BeforeHeaders: Integer; var AfterInvoices: Integer; var BeforeLines: Integer; var AfterLines: Integer; var LinksSeen: Integer)
    begin
        PlanLines := PlanLineCount;
        BeforeHeaders := BeforeHeaderCount;
        AfterInvoices := AfterInvoiceCount;
        BeforeLines := BeforeLineCount;
        AfterLines := AfterLineCount;
        LinksSeen := LinksSeenAfterLine;
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"BKI Invoicing Events", 'OnAfterPlanLine', '', false, false)]
    local procedure CountPlanLine(var TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary; BKIBookingAppointment: Record "BKI Booking Appointment"; BKIBookingApptCustomer: Record "BKI Booking Appt. Customer")
    begin
        PlanLineCount += 1;
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"BKI Invoicing Events", 'OnBeforeModifyInvoiceHeader', '', false, false)]
    local procedure SetYourReference(var SalesHeader: Record "Sales Header"; var TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary)
    begin
        BeforeHeaderCount += 1;
        SalesHeader."Your Reference" := PartnerReferenceTok;
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"BKI Invoicing Events", 'OnAfterCreateInvoice', '', false, false)]
    local procedure CountInvoice(var SalesHeader: Record "Sales Header"; var TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary)
    begin
        AfterInvoiceCount += 1;
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"BKI Invoicing Events", 'OnBeforeInsertInvoiceLine', '', false, false)]
    local procedure SetLineText(var SalesLine: Record "Sales Line"; SalesHeader: Record "Sales Header"; TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary; BKIBookingAppointment: Record "BKI Booking Appointment")
    begin
        BeforeLineCount += 1;
        SalesLine."Description 2" := PartnerLineTextTok;
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"BKI Invoicing Events", 'OnAfterInsertInvoiceLine', '', false, false)]
    local procedure CountLine(var SalesLine: Record "Sales Line"; SalesHeader: Record "Sales Header"; TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary; BKIBookingAppointment: Record "BKI Booking Appointment")
    var
        BKIBookingInvoiceLink: Record "BKI Booking Invoice Link";
    begin
        AfterLineCount += 1;
        if BKIBookingInvoiceLink.Get(TempBKIInvoicePlanBuffer."Business ID", TempBKIInvoicePlanBuffer."Appointment ID", TempBKIInvoicePlanBuffer."Customer Key") then
            if (BKIBookingInvoiceLink."Document No." = SalesLine."Document No.") and (BKIBookingInvoiceLink."Line No." = SalesLine."Line No.") then
                LinksSeenAfterLine += 1;
    end;
}

namespace Seed.BookingsInvoicing.Test.Invoicing;

using Seed.BookingsInvoicing.Invoicing;
using Seed.BookingsInvoicing.Sync;

/// <summary>
/// Simulates a second user (or a job queue run) that invoices the same appointment after this run planned it and
/// before it writes: the first planned line gets an invoice link to another invoice, committed before creation starts.
/// Like the app, the other user sets the appointment's invoice status with the link; SetLinkOnly(true) writes the bare
/// link instead, as another extension that ignores the status rule would.
/// </summary>
codeunit 70470249 "BKI Competing User Subscriber"
{
    EventSubscriberInstance = Manual;

    var
        Done: Boolean;
        LinkOnly: Boolean;
        OtherInvoiceNo: Code[20];

    procedure SetOtherInvoiceNo(NewOtherInvoiceNo: Code[20])
    begin
        OtherInvoiceNo := NewOtherInvoiceNo;
        Done := false;
    end;

    procedure SetLinkOnly(NewLinkOnly: Boolean)
    begin
        LinkOnly := NewLinkOnly;
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"BKI Invoicing Events", 'OnAfterPlanLine', '', false, false)]
    local procedure InvoiceTheSameAppointmentElsewhere(var TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary; BKIBookingAppointment: Record "BKI Booking Appointment"; BKIBookingApptCustomer: Record "BKI Booking Appt. Customer")
    var
        BKIInvoiceLinkMgt: Codeunit "BKI Invoice Link Mgt.";
    begin
        if Done then
            exit;
        Done := true;
        BKIInvoiceLinkMgt.InsertLink(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID", BKIBookingApptCustomer."Customer Key",
            Enum::"BKI Invoice Link Doc. Type"::Invoice, OtherInvoiceNo, 10000, '');
        if not LinkOnly then
            BKIInvoiceLinkMgt.RefreshAppointment(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID");
    end;
}

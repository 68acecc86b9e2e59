namespace Seed.BookingsInvoicing.Invoicing;

using Seed.BookingsInvoicing.Sync;

/// <summary>
/// Public facade for invoicing Bookings appointments. The Bookings Not Invoiced page uses it; other extensions can too.
/// Every procedure acts on the appointments within the caller's filters (and marks). Events: "BKI Invoicing Events".
/// </summary>
codeunit 70470050 "BKI Bookings Invoicing"
{
    Access = Public;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        TempLastResult: Record "BKI Invoice Plan Buffer" temporary;
        BKIBookingsInvoicingImpl: Codeunit "BKI Bookings Invoicing Impl.";
        BKIInvoiceLinkMgt: Codeunit "BKI Invoice Link Mgt.";

    /// <summary>
    /// Creates draft sales invoices for the appointments within the caller's filters: one invoice per customer when
    /// GroupPerCustomer is true (lines in date order), else one invoice per appointment and customer. Each invoice is
    /// created in its own transaction; problems do not stop the other invoices (see GetLastResult). The caller's open
    /// transaction is committed first. An appointment customer already on an invoice is never invoiced again.
    /// </summary>
    /// <returns>The numbers of the created draft invoices.</returns>
    procedure CreateInvoices(var BKIBookingAppointment: Record "BKI Booking Appointment"; GroupPerCustomer: Boolean) CreatedInvoiceNos: List of [Code[20]]
    begin
        CreatedInvoiceNos := BKIBookingsInvoicingImpl.CreateInvoices(BKIBookingAppointment, GroupPerCustomer, TempLastResult);
    end;

    /// <summary>Shows what CreateInvoices would create (invoices, lines, amounts, problems) in a temporary buffer; creates nothing.</summary>
    procedure Preview(var BKIBookingAppointment: Record "BKI Booking Appointment"; GroupPerCustomer: Boolean; var TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary)
    begin
        BKIBookingsInvoicingImpl.Preview(BKIBookingAppointment, GroupPerCustomer, TempBKIInvoicePlanBuffer);
    end;

    /// <summary>The plan, created invoice numbers and problems of the last CreateInvoices call on this instance.</summary>
    procedure GetLastResult(var TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary)
    begin
        TempBKIInvoicePlanBuffer.Copy(TempLastResult, true);
    end;

    /// <summary>An actionable error (reason + navigation to the fix) for one problem row.</summary>
    procedure GetProblemErrorInfo(TempProblem: Record "BKI Invoice Plan Buffer" temporary): ErrorInfo
    begin
        exit(BKIBookingsInvoicingImpl.BuildProblemErrorInfo(TempProblem));
    end;

    /// <summary>Marks the appointments within the filters as billed elsewhere, so they leave Bookings Not Invoiced.</summary>
    procedure MarkAsInvoiced(var BKIBookingAppointment: Record "BKI Booking Appointment"): Integer
    begin
        exit(BKIInvoiceLinkMgt.MarkAsInvoiced(BKIBookingAppointment));
    end;

    /// <summary>Undoes Mark as Invoiced for the appointments within the filters (real invoices stay linked).</summary>
    procedure UnmarkAsInvoiced(var BKIBookingAppointment: Record "BKI Booking Appointment"): Integer
    begin
        exit(BKIInvoiceLinkMgt.UnmarkAsInvoiced(BKIBookingAppointment));
    end;
}

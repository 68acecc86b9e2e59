namespace Seed.BookingsInvoicing.Invoicing;

using Microsoft.Sales.Document;
using Seed.BookingsInvoicing.Sync;

/// <summary>
/// Integration events of Bookings invoicing, so partners can add dimensions, change texts or map the staff name.
/// Commits in subscribers are ignored: the invoice, its lines and their invoice links are one transaction.
/// </summary>
codeunit 70470052 "BKI Invoicing Events"
{
    Access = Public;
    InherentEntitlements = X;
    InherentPermissions = X;

    /// <summary>Raised for each planned line (Preview and Create), before it is grouped; change texts or prices here.</summary>
    [IntegrationEvent(false, false)]
    procedure OnAfterPlanLine(var TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary; BKIBookingAppointment: Record "BKI Booking Appointment"; BKIBookingApptCustomer: Record "BKI Booking Appt. Customer")
    begin
    end;

    /// <summary>Raised before a draft invoice header is saved, after the customer (address, currency, payment terms) is set.</summary>
    [IntegrationEvent(false, false)]
    [CommitBehavior(CommitBehavior::Ignore)]
    procedure OnBeforeModifyInvoiceHeader(var SalesHeader: Record "Sales Header"; var TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary)
    begin
    end;

    /// <summary>Raised after all lines of a draft invoice are created.</summary>
    [IntegrationEvent(false, false)]
    [CommitBehavior(CommitBehavior::Ignore)]
    procedure OnAfterCreateInvoice(var SalesHeader: Record "Sales Header"; var TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary)
    begin
    end;

    /// <summary>Raised before an invoice line is inserted; Description 2 holds the staff names by default.</summary>
    [IntegrationEvent(false, false)]
    [CommitBehavior(CommitBehavior::Ignore)]
    procedure OnBeforeInsertInvoiceLine(var SalesLine: Record "Sales Line"; SalesHeader: Record "Sales Header"; TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary; BKIBookingAppointment: Record "BKI Booking Appointment")
    begin
    end;

    /// <summary>Raised after an invoice line and its invoice link are inserted.</summary>
    [IntegrationEvent(false, false)]
    [CommitBehavior(CommitBehavior::Ignore)]
    procedure OnAfterInsertInvoiceLine(var SalesLine: Record "Sales Line"; SalesHeader: Record "Sales Header"; TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary; BKIBookingAppointment: Record "BKI Booking Appointment")
    begin
    end;
}

namespace Seed.BookingsInvoicing.Test.Invoicing;

using Microsoft.Inventory.Item;
using Microsoft.Sales.Customer;
using Microsoft.Sales.Document;
using Seed.BookingsInvoicing.Invoicing;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;
using Seed.BookingsInvoicing.Test.Sync;
using System.TestLibraries.Utilities;

/// <summary>
/// The integration events before/after each invoice and line fire once per invoice and per line, and what a partner
/// changes in them (header reference, line text) lands on the draft invoice; Preview raises only the plan event.
/// </summary>
codeunit 70470255 "BKI Invoicing Events Test"
{
    Subtype = Test;
    TestPermissions = Disabled;

    var
        BKISyncTestLibrary: Codeunit "BKI Sync Test Library";
        BKIInvoicingTestLibrary: Codeunit "BKI Invoicing Test Library";
        BKIBookingsInvoicing: Codeunit "BKI Bookings Invoicing";
        LibraryAssert: Codeunit "Library Assert";

    local procedure Initialize()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        BKISyncTestLibrary.InitSetup(BKIBookingSyncSetup, 'UTC');
    end;

    [Test]
    procedure EventsFireOncePerInvoiceAndLineAndPartnerChangesAreKept()
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        SalesHeader: Record "Sales Header";
        SalesLine: Record "Sales Line";
        BKIInvoicingEventRecorder: Codeunit "BKI Invoicing Event Recorder";
        CreatedInvoiceNos: List of [Code[20]];
        PlanLines: Integer;
        BeforeHeaders: Integer;
        AfterInvoices: Integer;
        BeforeLines: Integer;
        AfterLines: Integer;
        LinksSeen: Integer;
    begin
        // [SCENARIO] Invoicing two appointments of one customer raises the header events once and the line events twice.
        Initialize();
        // [GIVEN] Two completed appointments of one customer and a partner subscriber
        CreateTwoAppointmentsOfOneCustomer(Customer, Item, BKIBookingAppointment);
        BindSubscription(BKIInvoicingEventRecorder);

        // [WHEN] One invoice per customer is created
        CreatedInvoiceNos := BKIBookingsInvoicing.CreateInvoices(BKIBookingAppointment, true);
        UnbindSubscription(BKIInvoicingEventRecorder);

        // [THEN] Plan 2, before header 1, after invoice 1, before line 2, after line 2; each after-line event saw its link
        BKIInvoicingEventRecorder.GetCounts(PlanLines, BeforeHeaders, AfterInvoices, BeforeLines, AfterLines, LinksSeen);
        LibraryAssert.AreEqual(1, CreatedInvoiceNos.Count(), 'Invoices');
        LibraryAssert.AreEqual(2, PlanLines, 'OnAfterPlanLine');
        LibraryAssert.AreEqual(1, BeforeHeaders, 'OnBeforeModifyInvoiceHeader');
        LibraryAssert.AreEqual(1, AfterInvoices, 'OnAfterCreateInvoice');
        LibraryAssert.AreEqual(2, BeforeLines, 'OnBeforeInsertInvoiceLine');
        LibraryAssert.AreEqual(2, AfterLines, 'OnAfterInsertInvoiceLine');
        LibraryAssert.AreEqual(2, LinksSeen, 'The invoice link exists when OnAfterInsertInvoiceLine is raised');
        // [THEN] The partner's header reference and line texts are on the draft invoice
        SalesHeader.Get(SalesHeader."Document Type"::Invoice, CreatedInvoiceNos.Get(1));
        LibraryAssert.AreEqual(BKIInvoicingEventRecorder.PartnerReference(), SalesHeader."Your Reference", 'Your Reference set in OnBeforeModifyInvoiceHeader');
        SalesLine.SetRange("Document Type", SalesHeader."Document Type");
        SalesLine.SetRange("Document No.", SalesHeader."No.");
        SalesLine.SetRange("Description 2", BKIInvoicingEventRecorder.PartnerLineText());
        LibraryAssert.RecordCount(SalesLine, 2);
    end;

    [Test]
    procedure PreviewRaisesOnlyThePlanEvent()
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        TempPlan: Record "BKI Invoice Plan Buffer" temporary;
        BKIInvoicingEventRecorder: Codeunit "BKI Invoicing Event Recorder";
        PlanLines: Integer;
        BeforeHeaders: Integer;
        AfterInvoices: Integer;
        BeforeLines: Integer;
        AfterLines: Integer;
        LinksSeen: Integer;
    begin
        // [SCENARIO] Preview plans (OnAfterPlanLine per line) but raises no invoice or line event, since it creates nothing.
        Initialize();
        CreateTwoAppointmentsOfOneCustomer(Customer, Item, BKIBookingAppointment);
        BindSubscription(BKIInvoicingEventRecorder);

        // [WHEN] The appointments are previewed
        BKIBookingsInvoicing.Preview(BKIBookingAppointment, true, TempPlan);
        UnbindSubscription(BKIInvoicingEventRecorder);

        // [THEN] Two plan events and nothing else
        BKIInvoicingEventRecorder.GetCounts(PlanLines, BeforeHeaders, AfterInvoices, BeforeLines, AfterLines, LinksSeen);
        LibraryAssert.AreEqual(2, PlanLines, 'OnAfterPlanLine');
        LibraryAssert.AreEqual(0, BeforeHeaders + AfterInvoices + BeforeLines + AfterLines, 'Invoice and line events in Preview');
    end;

    local procedure CreateTwoAppointmentsOfOneCustomer(var Customer: Record Customer; var Item: Record Item; var BKIBookingAppointment: Record "BKI Booking Appointment")
    var
        ServiceId: Text[100];
    begin
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        ServiceId := BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, ServiceId, 'Anna', Customer."E-Mail");
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, ServiceId, 'Anna', Customer."E-Mail");
        BKIBookingAppointment.Reset();
        BKIBookingAppointment.SetRange("Business ID", BKISyncTestLibrary.BusinessId());
    end;
}

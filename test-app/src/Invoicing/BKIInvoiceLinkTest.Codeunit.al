namespace Seed.BookingsInvoicing.Test.Invoicing;

using Microsoft.Inventory.Item;
using Microsoft.Sales.Customer;
using Microsoft.Sales.Document;
using Microsoft.Sales.History;
using Seed.BookingsInvoicing.Invoicing;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;
using Seed.BookingsInvoicing.Test.Sync;
using System.TestLibraries.Utilities;

/// <summary>
/// The invoice links follow the sales documents: deleting a draft or one of its lines returns the appointments to
/// Bookings Not Invoiced; posting keeps them invoiced on the posted invoice; Mark/Unmark as Invoiced.
/// </summary>
codeunit 70470247 "BKI Invoice Link Test"
{
    Subtype = Test;
    TestPermissions = Disabled;

    var
        BKISyncTestLibrary: Codeunit "BKI Sync Test Library";
        BKIInvoicingTestLibrary: Codeunit "BKI Invoicing Test Library";
        BKIBookingsInvoicing: Codeunit "BKI Bookings Invoicing";
        LibraryAssert: Codeunit "Library Assert";
        LibrarySales: Codeunit "Library - Sales";

    local procedure Initialize()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        BKISyncTestLibrary.InitSetup(BKIBookingSyncSetup, 'UTC');
    end;

    [Test]
    procedure DeletingTheDraftInvoiceReturnsTheAppointments()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        SalesHeader: Record "Sales Header";
        DocumentNo: Code[20];
    begin
        // [SCENARIO] Deleting a draft invoice puts its appointments back on Bookings Not Invoiced.
        Initialize();
        // [GIVEN] Two appointments of one customer on one draft invoice; the list is empty
        DocumentNo := InvoiceTwoAppointments();
        AssertNotInvoicedCount(0);

        // [WHEN] The draft invoice is deleted
        SalesHeader.Get(SalesHeader."Document Type"::Invoice, DocumentNo);
        SalesHeader.Delete(true);

        // [THEN] Both appointments are listed again, without an invoice number, and no link is left
        AssertNotInvoicedCount(2);
        BKIBookingAppointment.SetRange("Business ID", BKISyncTestLibrary.BusinessId());
        BKIBookingAppointment.SetRange("Invoice No.", DocumentNo);
        LibraryAssert.RecordIsEmpty(BKIBookingAppointment);
        AssertLinkCount(Enum::"BKI Invoice Link Doc. Type"::Invoice, DocumentNo, 0);
    end;

    [Test]
    procedure DeletingOneInvoiceLineReturnsOnlyItsAppointment()
    var
        SalesLine: Record "Sales Line";
        DocumentNo: Code[20];
    begin
        // [SCENARIO] Deleting one line of a draft returns only that line's appointment.
        Initialize();
        DocumentNo := InvoiceTwoAppointments();

        // [WHEN] The first line is deleted
        SalesLine.SetRange("Document Type", SalesLine."Document Type"::Invoice);
        SalesLine.SetRange("Document No.", DocumentNo);
        SalesLine.FindFirst();
        SalesLine.Delete(true);

        // [THEN] One appointment is listed again; the other stays invoiced
        AssertNotInvoicedCount(1);
        AssertLinkCount(Enum::"BKI Invoice Link Doc. Type"::Invoice, DocumentNo, 1);
    end;

    [Test]
    procedure PostingKeepsTheAppointmentsInvoiced()
    var
        SalesHeader: Record "Sales Header";
        BKIBookingAppointment: Record "BKI Booking Appointment";
        SalesInvoiceHeader: Record "Sales Invoice Header";
        DocumentNo: Code[20];
        PostedNo: Code[20];
    begin
        // [SCENARIO] Posting the invoice moves the links to the posted invoice; the appointments stay invoiced.
        Initialize();
        DocumentNo := InvoiceTwoAppointments();

        // [WHEN] The draft invoice is posted
        SalesHeader.Get(SalesHeader."Document Type"::Invoice, DocumentNo);
        PostedNo := LibrarySales.PostSalesDocument(SalesHeader, true, true);

        // [THEN] The links point to the posted invoice, the appointments are invoiced and posted, and the list stays empty
        LibraryAssert.IsTrue(SalesInvoiceHeader.Get(PostedNo), 'Posted invoice');
        AssertLinkCount(Enum::"BKI Invoice Link Doc. Type"::"Posted Invoice", PostedNo, 2);
        AssertLinkCount(Enum::"BKI Invoice Link Doc. Type"::Invoice, DocumentNo, 0);
        AssertNotInvoicedCount(0);
        BKIBookingAppointment.SetRange("Business ID", BKISyncTestLibrary.BusinessId());
        BKIBookingAppointment.FindFirst();
        LibraryAssert.AreEqual(BKIBookingAppointment."Invoice Status"::Invoiced, BKIBookingAppointment."Invoice Status", 'Invoice status');
        LibraryAssert.IsTrue(BKIBookingAppointment."Invoice Posted", 'Invoice posted');
        LibraryAssert.AreEqual(PostedNo, BKIBookingAppointment."Invoice No.", 'Posted invoice number');
    end;

    [Test]
    procedure MarkAndUnmarkAsInvoiced()
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
    begin
        // [SCENARIO] Mark as Invoiced hides an appointment billed elsewhere; Unmark brings it back.
        Initialize();
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Anna', Customer."E-Mail");
        BKIBookingAppointment.SetRecFilter();

        // [WHEN] It is marked as invoiced
        BKIBookingsInvoicing.MarkAsInvoiced(BKIBookingAppointment);
        // [THEN] It leaves the list with status Marked as Invoiced
        AssertNotInvoicedCount(0);
        BKIBookingAppointment.FindFirst();
        LibraryAssert.AreEqual(BKIBookingAppointment."Invoice Status"::"Marked as Invoiced", BKIBookingAppointment."Invoice Status", 'Status after mark');

        // [WHEN] It is unmarked
        BKIBookingsInvoicing.UnmarkAsInvoiced(BKIBookingAppointment);
        // [THEN] It is listed again
        AssertNotInvoicedCount(1);
    end;

    [Test]
    procedure UnmarkNeverRemovesARealInvoiceLink()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        DocumentNo: Code[20];
    begin
        // [SCENARIO] Unmark as Invoiced leaves appointments that are on an invoice untouched.
        Initialize();
        DocumentNo := InvoiceTwoAppointments();
        BKIBookingAppointment.SetRange("Business ID", BKISyncTestLibrary.BusinessId());

        BKIBookingsInvoicing.UnmarkAsInvoiced(BKIBookingAppointment);

        AssertLinkCount(Enum::"BKI Invoice Link Doc. Type"::Invoice, DocumentNo, 2);
        AssertNotInvoicedCount(0);
    end;

    [Test]
    procedure InvoicingAfterAMarkGivesTheStatusOfTheLinks()
    var
        Anna: Record Customer;
        Bo: Record Customer;
        Cleo: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        Refreshed: Record "BKI Booking Appointment";
        BKIBookingApptCustomer: Record "BKI Booking Appt. Customer";
        BKIInvoiceLinkMgt: Codeunit "BKI Invoice Link Mgt.";
        CreatedInvoiceNos: List of [Code[20]];
    begin
        // [SCENARIO] Invoicing adds its links to the status it locked instead of reading the links: the result is
        // exactly what the links give (status, highest invoice number, link count), step by step.
        Initialize();
        // [GIVEN] An appointment of Anna, Bo and Cleo; Anna is marked as invoiced (billed elsewhere)
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Anna);
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Bo);
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Cleo);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Anna', Anna."E-Mail");
        BKISyncTestLibrary.AddCustomer(BKIBookingAppointment, 'Bo', Bo."E-Mail");
        BKISyncTestLibrary.AddCustomer(BKIBookingAppointment, 'Cleo', Cleo."E-Mail");
        BKIBookingApptCustomer.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID", BKIBookingAppointment."First Customer Key");
        BKIInvoiceLinkMgt.InsertLink(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID", BKIBookingApptCustomer."Customer Key",
            Enum::"BKI Invoice Link Doc. Type"::"Marked as Invoiced", '', 0, '');
        BKIInvoiceLinkMgt.RefreshAppointment(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID");

        // [WHEN] The appointment is invoiced per customer: Bo and Cleo get an invoice each, one after the other
        BKIBookingAppointment.SetRecFilter();
        CreatedInvoiceNos := BKIBookingsInvoicing.CreateInvoices(BKIBookingAppointment, true);

        // [THEN] Two invoices; the appointment is invoiced, counts three links and shows the higher invoice number
        LibraryAssert.AreEqual(2, CreatedInvoiceNos.Count(), 'Invoices for Bo and Cleo');
        BKIBookingAppointment.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID");
        LibraryAssert.AreEqual(BKIBookingAppointment."Invoice Status"::Invoiced, BKIBookingAppointment."Invoice Status", 'Invoice Status');
        LibraryAssert.AreEqual(3, BKIBookingAppointment."Invoice Link Count", 'Invoice Link Count');
        LibraryAssert.AreEqual(MaxCode(CreatedInvoiceNos.Get(1), CreatedInvoiceNos.Get(2)), BKIBookingAppointment."Invoice No.", 'Invoice No.');
        // [THEN] Recomputing from the stored links changes nothing
        BKIInvoiceLinkMgt.RefreshAppointment(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID");
        Refreshed.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID");
        LibraryAssert.AreEqual(BKIBookingAppointment."Invoice Status", Refreshed."Invoice Status", 'Refreshed status');
        LibraryAssert.AreEqual(BKIBookingAppointment."Invoice No.", Refreshed."Invoice No.", 'Refreshed invoice no.');
        LibraryAssert.AreEqual(BKIBookingAppointment."Invoice Link Count", Refreshed."Invoice Link Count", 'Refreshed link count');
    end;

    local procedure MaxCode(A: Code[20]; B: Code[20]): Code[20]
    begin
        if A > B then
            exit(A);
        exit(B);
    end;

    local procedure InvoiceTwoAppointments(): Code[20]
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        ServiceId: Text[100];
        CreatedInvoiceNos: List of [Code[20]];
    begin
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        ServiceId := BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, ServiceId, 'Anna', Customer."E-Mail");
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, ServiceId, 'Anna', Customer."E-Mail");
        BKIBookingAppointment.Reset();
        BKIBookingAppointment.SetRange("Business ID", BKISyncTestLibrary.BusinessId());
        CreatedInvoiceNos := BKIBookingsInvoicing.CreateInvoices(BKIBookingAppointment, true);
        LibraryAssert.AreEqual(1, CreatedInvoiceNos.Count(), 'One invoice for both appointments');
        exit(CreatedInvoiceNos.Get(1));
    end;

    local procedure AssertNotInvoicedCount(ExpectedCount: Integer)
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
    begin
        BKIBookingAppointment.SetNotInvoicedFilter(BKISyncTestLibrary.BusinessId());
        LibraryAssert.RecordCount(BKIBookingAppointment, ExpectedCount);
    end;

    local procedure AssertLinkCount(DocumentType: Enum "BKI Invoice Link Doc. Type"; DocumentNo: Code[20]; ExpectedCount: Integer)
    var
        BKIBookingInvoiceLink: Record "BKI Booking Invoice Link";
    begin
        BKIBookingInvoiceLink.SetRange("Document Type", DocumentType);
        BKIBookingInvoiceLink.SetRange("Document No.", DocumentNo);
        LibraryAssert.RecordCount(BKIBookingInvoiceLink, ExpectedCount);
    end;
}

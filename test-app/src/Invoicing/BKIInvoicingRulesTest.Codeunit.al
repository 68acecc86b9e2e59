namespace Seed.BookingsInvoicing.Test.Invoicing;

using Microsoft.Finance.Currency;
using Microsoft.Foundation.PaymentTerms;
using Microsoft.Inventory.Item;
using Microsoft.Sales.Customer;
using Microsoft.Sales.Document;
using Seed.BookingsInvoicing.Invoicing;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;
using Seed.BookingsInvoicing.Test.Sync;
using System.TestLibraries.Utilities;

/// <summary>
/// Invoicing rules beyond the basic paths: a price-on-request appointment with no price anywhere is flagged, never a
/// silent 0; a posted appointment is never invoiced again; deleting one customer's invoice of a group appointment
/// re-lists only that customer; every invoice of a run carries its own customer's address, currency and payment
/// terms; problems carry their reason, status and fix action.
/// </summary>
codeunit 70470256 "BKI Invoicing Rules Test"
{
    Subtype = Test;
    TestPermissions = Disabled;

    var
        BKISyncTestLibrary: Codeunit "BKI Sync Test Library";
        BKIInvoicingTestLibrary: Codeunit "BKI Invoicing Test Library";
        BKIBookingsInvoicing: Codeunit "BKI Bookings Invoicing";
        LibraryAssert: Codeunit "Library Assert";
        LibraryERM: Codeunit "Library - ERM";
        LibrarySales: Codeunit "Library - Sales";

    local procedure Initialize()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        BKISyncTestLibrary.InitSetup(BKIBookingSyncSetup, 'UTC');
    end;

    [Test]
    procedure PriceOnRequestWithoutAnyPriceIsFlaggedNotSilentlyZero()
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        TempPlan: Record "BKI Invoice Plan Buffer" temporary;
        BKIInvoicePlanner: Codeunit "BKI Invoice Planner";
        StatusText: Text;
        Amount: Decimal;
    begin
        // [SCENARIO] callUs with no Bookings price and an item without unit price: Preview and the list say "Price needed".
        Initialize();
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        BKISyncTestLibrary.CreateAppointment(BKIBookingAppointment, CurrentDateTime() - 86400000, 60, Enum::"BKI Booking Price Type"::callUs, 0,
            BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 0));
        BKISyncTestLibrary.AddCustomer(BKIBookingAppointment, 'Anna', Customer."E-Mail");

        // [WHEN] It is previewed
        BKIBookingAppointment.SetRecFilter();
        BKIBookingsInvoicing.Preview(BKIBookingAppointment, true, TempPlan);

        // [THEN] The line and its invoice are flagged "price needed"
        TempPlan.SetRange("Line Type", TempPlan."Line Type"::Line);
        TempPlan.FindFirst();
        LibraryAssert.IsTrue(TempPlan."Price Needed", 'The line must be flagged.');
        TempPlan.SetRange("Line Type", TempPlan."Line Type"::Invoice);
        TempPlan.FindFirst();
        LibraryAssert.IsTrue(TempPlan."Price Needed", 'The planned invoice must be flagged.');
        // [THEN] The list status says "Price needed"
        BKIBookingAppointment.FindFirst();
        BKIInvoicePlanner.GetAppointmentStatus(BKIBookingAppointment, StatusText, Amount);
        LibraryAssert.AreEqual('Price needed', StatusText, 'List status');
        LibraryAssert.AreEqual(0, Amount, 'Amount');
    end;

    [Test]
    procedure PostedAppointmentIsNeverInvoicedAgain()
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        SalesHeader: Record "Sales Header";
        TempResult: Record "BKI Invoice Plan Buffer" temporary;
        CreatedInvoiceNos: List of [Code[20]];
        PostedNo: Code[20];
    begin
        // [SCENARIO] An appointment on a posted invoice is never put on a second invoice.
        Initialize();
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Anna', Customer."E-Mail");
        BKIBookingAppointment.SetRecFilter();
        // [GIVEN] It was invoiced and the invoice was posted
        CreatedInvoiceNos := BKIBookingsInvoicing.CreateInvoices(BKIBookingAppointment, true);
        SalesHeader.Get(SalesHeader."Document Type"::Invoice, CreatedInvoiceNos.Get(1));
        PostedNo := LibrarySales.PostSalesDocument(SalesHeader, true, true);

        // [WHEN] The same appointment is invoiced again
        CreatedInvoiceNos := BKIBookingsInvoicing.CreateInvoices(BKIBookingAppointment, true);

        // [THEN] Nothing is created and the problem names the posted invoice
        LibraryAssert.AreEqual(0, CreatedInvoiceNos.Count(), 'Invoices created the second time');
        BKIBookingsInvoicing.GetLastResult(TempResult);
        TempResult.SetRange("Line Type", TempResult."Line Type"::Problem);
        LibraryAssert.RecordCount(TempResult, 1);
        TempResult.FindFirst();
        LibraryAssert.IsTrue(StrPos(TempResult.Problem, PostedNo) > 0, 'The problem names the posted invoice: ' + TempResult.Problem);
        SalesHeader.SetRange("Document Type", SalesHeader."Document Type"::Invoice);
        SalesHeader.SetRange("Sell-to Customer No.", Customer."No.");
        LibraryAssert.RecordIsEmpty(SalesHeader);
    end;

    [Test]
    procedure DeletingOneCustomersInvoiceRelistsOnlyThatCustomer()
    var
        CustomerA: Record Customer;
        CustomerB: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        SalesHeader: Record "Sales Header";
        CreatedInvoiceNos: List of [Code[20]];
    begin
        // [SCENARIO] A group appointment invoiced to A and B: deleting A's draft re-lists the appointment for A only.
        Initialize();
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(CustomerA);
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(CustomerB);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'A', CustomerA."E-Mail");
        BKISyncTestLibrary.AddCustomer(BKIBookingAppointment, 'B', CustomerB."E-Mail");
        BKIBookingAppointment.SetRecFilter();
        CreatedInvoiceNos := BKIBookingsInvoicing.CreateInvoices(BKIBookingAppointment, true);
        LibraryAssert.AreEqual(2, CreatedInvoiceNos.Count(), 'One invoice per customer');

        // [WHEN] A's draft invoice is deleted
        SalesHeader.Get(SalesHeader."Document Type"::Invoice, FindInvoiceOf(CreatedInvoiceNos, CustomerA."No."));
        SalesHeader.Delete(true);

        // [THEN] The appointment is partly invoiced and listed again
        BKIBookingAppointment.FindFirst();
        LibraryAssert.AreEqual(BKIBookingAppointment."Invoice Status"::"Partly Invoiced", BKIBookingAppointment."Invoice Status", 'Status after deleting A''s invoice');
        BKIBookingAppointment.SetNotInvoicedFilter(BKISyncTestLibrary.BusinessId());
        LibraryAssert.RecordCount(BKIBookingAppointment, 1);

        // [WHEN] It is invoiced again
        BKIBookingAppointment.Reset();
        BKIBookingAppointment.SetRange("Business ID", BKISyncTestLibrary.BusinessId());
        CreatedInvoiceNos := BKIBookingsInvoicing.CreateInvoices(BKIBookingAppointment, true);

        // [THEN] Only A gets a new invoice; B still has exactly one; the appointment is fully invoiced
        LibraryAssert.AreEqual(1, CreatedInvoiceNos.Count(), 'Invoices the second time');
        SalesHeader.Get(SalesHeader."Document Type"::Invoice, CreatedInvoiceNos.Get(1));
        LibraryAssert.AreEqual(CustomerA."No.", SalesHeader."Sell-to Customer No.", 'The new invoice is for A');
        AssertInvoiceCountOfCustomer(CustomerB."No.", 1);
        BKIBookingAppointment.FindFirst();
        LibraryAssert.AreEqual(BKIBookingAppointment."Invoice Status"::Invoiced, BKIBookingAppointment."Invoice Status", 'Status after invoicing A again');
    end;

    [Test]
    procedure EveryInvoiceCarriesItsOwnCustomersTerms()
    var
        CustomerA: Record Customer;
        CustomerB: Record Customer;
        PaymentTermsA: Record "Payment Terms";
        PaymentTermsB: Record "Payment Terms";
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        ServiceId: Text[100];
        CreatedInvoiceNos: List of [Code[20]];
    begin
        // [SCENARIO] May-2022 defect, for every invoice of a run: each has its customer with address, currency and payment terms.
        Initialize();
        // [GIVEN] Customer A in local currency with terms A; customer B in a foreign currency with terms B; each has an address
        LibraryERM.CreatePaymentTerms(PaymentTermsA);
        LibraryERM.CreatePaymentTerms(PaymentTermsB);
        CreateCustomerWithTerms(CustomerA, PaymentTermsA.Code, '', 'Strandvejen 1', 'Hellerup');
        CreateCustomerWithTerms(CustomerB, PaymentTermsB.Code, LibraryERM.CreateCurrencyWithRandomExchRates(), 'Rue de Rivoli 2', 'Paris');
        ServiceId := BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, ServiceId, 'A', CustomerA."E-Mail");
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, ServiceId, 'B', CustomerB."E-Mail");

        // [WHEN] All appointments are invoiced per customer
        BKIBookingAppointment.Reset();
        BKIBookingAppointment.SetRange("Business ID", BKISyncTestLibrary.BusinessId());
        CreatedInvoiceNos := BKIBookingsInvoicing.CreateInvoices(BKIBookingAppointment, true);

        // [THEN] Two invoices, each with its own customer's data
        LibraryAssert.AreEqual(2, CreatedInvoiceNos.Count(), 'Invoices');
        AssertHeaderOf(FindInvoiceOf(CreatedInvoiceNos, CustomerA."No."), CustomerA);
        AssertHeaderOf(FindInvoiceOf(CreatedInvoiceNos, CustomerB."No."), CustomerB);
    end;

    [Test]
    procedure CustomerCreatedAtInvoicingIsAPersonWithTheBookingsData()
    var
        Customer: Record Customer;
        CustomerTempl: Record "Customer Templ.";
        Item: Record Item;
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKIBookingCustomerLink: Record "BKI Booking Customer Link";
        SalesHeader: Record "Sales Header";
        LibraryTemplates: Codeunit "Library - Templates";
        NewEmail: Text;
        CreatedInvoiceNos: List of [Code[20]];
    begin
        // [SCENARIO] A customer created from the template while invoicing is a person (like one created by the customer sync), linked by e-mail.
        Initialize();
        LibraryTemplates.CreateCustomerTemplateWithData(CustomerTempl);
        BKIBookingSyncSetup.Get();
        BKIBookingSyncSetup."Sync Customers" := true;
        BKIBookingSyncSetup."Default Customer Templ." := CustomerTempl.Code;
        BKIBookingSyncSetup.Modify();
        NewEmail := BKISyncTestLibrary.LowerCaseEmail();
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Noor New', NewEmail);
        BKIBookingAppointment.SetRecFilter();

        // [WHEN] The appointment is invoiced
        CreatedInvoiceNos := BKIBookingsInvoicing.CreateInvoices(BKIBookingAppointment, true);

        // [THEN] The new customer is a person with the Bookings name and e-mail, and the e-mail is linked to it
        SalesHeader.Get(SalesHeader."Document Type"::Invoice, CreatedInvoiceNos.Get(1));
        Customer.Get(SalesHeader."Sell-to Customer No.");
        LibraryAssert.AreEqual(Customer."Contact Type"::Person, Customer."Contact Type", 'Contact type');
        LibraryAssert.AreEqual('Noor New', Customer.Name, 'Name');
        BKIBookingCustomerLink.Get(BKISyncTestLibrary.BusinessId(), CopyStr(NewEmail, 1, 80));
        LibraryAssert.AreEqual(Customer."No.", BKIBookingCustomerLink."Customer No.", 'Linked customer');
    end;

    [Test]
    procedure AppointmentMarkedAsInvoicedIsNotInvoicedAndSaysWhy()
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        TempResult: Record "BKI Invoice Plan Buffer" temporary;
        CreatedInvoiceNos: List of [Code[20]];
    begin
        // [SCENARIO] An appointment marked as invoiced (billed elsewhere) is not invoiced; the problem says it is marked, not "invoiced ()".
        Initialize();
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Anna', Customer."E-Mail");
        BKIBookingAppointment.SetRecFilter();
        BKIBookingsInvoicing.MarkAsInvoiced(BKIBookingAppointment);

        // [WHEN] It is invoiced anyway (e.g. selected through the facade)
        CreatedInvoiceNos := BKIBookingsInvoicing.CreateInvoices(BKIBookingAppointment, true);

        // [THEN] Nothing is created; the problem says it was marked as invoiced and points to Unmark on the appointment
        LibraryAssert.AreEqual(0, CreatedInvoiceNos.Count(), 'Invoices');
        BKIBookingsInvoicing.GetLastResult(TempResult);
        TempResult.SetRange("Line Type", TempResult."Line Type"::Problem);
        LibraryAssert.RecordCount(TempResult, 1);
        TempResult.FindFirst();
        LibraryAssert.IsTrue(StrPos(TempResult.Problem, 'marked as invoiced') > 0, 'The reason names the mark: ' + TempResult.Problem);
        LibraryAssert.AreEqual(0, StrPos(TempResult.Problem, '()'), 'No empty invoice number: ' + TempResult.Problem);
        LibraryAssert.AreEqual(TempResult."Fix Action"::"Open Appointment", TempResult."Fix Action", 'Fix action');
    end;

    [Test]
    procedure PriceInAnotherCurrencyThanTheCustomersIsFlagged()
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        TempPlan: Record "BKI Invoice Plan Buffer" temporary;
    begin
        // [SCENARIO] A Bookings price in the local currency for a customer invoiced in a foreign currency is flagged with a note.
        Initialize();
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        Customer.Validate("Currency Code", LibraryERM.CreateCurrencyWithRandomExchRates());
        Customer.Modify(true);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Anna', Customer."E-Mail");
        BKIBookingAppointment.SetRecFilter();

        // [WHEN] It is previewed
        BKIBookingsInvoicing.Preview(BKIBookingAppointment, true, TempPlan);

        // [THEN] The fixed-price line keeps the price but needs a check, and the note names the customer's currency
        TempPlan.SetRange("Line Type", TempPlan."Line Type"::Line);
        TempPlan.FindFirst();
        LibraryAssert.AreEqual(80, TempPlan."Unit Price", 'Unit price');
        LibraryAssert.IsTrue(TempPlan."Price Needed", 'A price in another currency must be checked.');
        LibraryAssert.IsTrue(StrPos(TempPlan.Problem, Customer."Currency Code") > 0, 'The note names the currency: ' + TempPlan.Problem);
    end;

    [Test]
    procedure ProblemsCarryTheirReasonStatusAndFix()
    var
        Customer: Record Customer;
        Item: Record Item;
        NoCustomer: Record "BKI Booking Appointment";
        NoEmail: Record "BKI Booking Appointment";
        NotMapped: Record "BKI Booking Appointment";
        BKIBookingAppointment: Record "BKI Booking Appointment";
        TempResult: Record "BKI Invoice Plan Buffer" temporary;
        CreatedInvoiceNos: List of [Code[20]];
    begin
        // [SCENARIO] An appointment without customer, a customer without e-mail and an unmapped service are each a problem with a fix.
        Initialize();
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        BKISyncTestLibrary.CreateAppointment(NoCustomer, CurrentDateTime() - 86400000, 60, Enum::"BKI Booking Price Type"::fixedPrice, 80,
            BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80));
        BKISyncTestLibrary.CreateCompletedAppointment(NoEmail, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Walk-in', '');
        BKISyncTestLibrary.CreateCompletedAppointment(NotMapped, 'not-a-mapped-service', 'Anna', Customer."E-Mail");

        // [WHEN] All are invoiced
        BKIBookingAppointment.SetRange("Business ID", BKISyncTestLibrary.BusinessId());
        CreatedInvoiceNos := BKIBookingsInvoicing.CreateInvoices(BKIBookingAppointment, true);

        // [THEN] Nothing is created; three problems with status and fix action
        LibraryAssert.AreEqual(0, CreatedInvoiceNos.Count(), 'Invoices');
        BKIBookingsInvoicing.GetLastResult(TempResult);
        TempResult.SetRange("Line Type", TempResult."Line Type"::Problem);
        LibraryAssert.RecordCount(TempResult, 3);
        AssertProblem(TempResult, NoCustomer."Appointment ID", 'No customer', TempResult."Fix Action"::"Open Appointment");
        AssertProblem(TempResult, NoEmail."Appointment ID", 'No email', TempResult."Fix Action"::"Open Appointment");
        AssertProblem(TempResult, NotMapped."Appointment ID", 'Service not mapped', TempResult."Fix Action"::"Open Service Mappings");
    end;

    local procedure CreateCustomerWithTerms(var Customer: Record Customer; PaymentTermsCode: Code[10]; CurrencyCode: Code[10]; Address: Text[100]; City: Text[30])
    begin
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        Customer.Validate(Address, Address);
        Customer.Validate(City, City);
        Customer.Validate("Currency Code", CurrencyCode);
        Customer.Validate("Payment Terms Code", PaymentTermsCode);
        Customer.Modify(true);
    end;

    local procedure AssertHeaderOf(DocumentNo: Code[20]; Customer: Record Customer)
    var
        SalesHeader: Record "Sales Header";
    begin
        SalesHeader.Get(SalesHeader."Document Type"::Invoice, DocumentNo);
        LibraryAssert.AreEqual(Customer."No.", SalesHeader."Bill-to Customer No.", 'Bill-to of ' + DocumentNo);
        LibraryAssert.AreEqual(Customer.Address, SalesHeader."Sell-to Address", 'Address of ' + DocumentNo);
        LibraryAssert.AreEqual(Customer.City, SalesHeader."Sell-to City", 'City of ' + DocumentNo);
        LibraryAssert.AreEqual(Customer."Currency Code", SalesHeader."Currency Code", 'Currency of ' + DocumentNo);
        LibraryAssert.AreEqual(Customer."Payment Terms Code", SalesHeader."Payment Terms Code", 'Payment terms of ' + DocumentNo);
    end;

    local procedure AssertProblem(var TempResult: Record "BKI Invoice Plan Buffer" temporary; AppointmentId: Text[250]; ExpectedStatus: Text; ExpectedFix: Enum "BKI Invoice Fix Action")
    begin
        TempResult.SetRange("Appointment ID", AppointmentId);
        LibraryAssert.RecordCount(TempResult, 1);
        TempResult.FindFirst();
        LibraryAssert.AreEqual(ExpectedStatus, TempResult.Status, 'Status of the problem');
        LibraryAssert.AreEqual(ExpectedFix, TempResult."Fix Action", 'Fix action for ' + ExpectedStatus);
        LibraryAssert.AreNotEqual('', TempResult.Problem, 'Reason for ' + ExpectedStatus);
        TempResult.SetRange("Appointment ID");
    end;

    local procedure FindInvoiceOf(InvoiceNos: List of [Code[20]]; CustomerNo: Code[20]): Code[20]
    var
        SalesHeader: Record "Sales Header";
        InvoiceNo: Code[20];
    begin
        foreach InvoiceNo in InvoiceNos do begin
            SalesHeader.Get(SalesHeader."Document Type"::Invoice, InvoiceNo);
            if SalesHeader."Sell-to Customer No." = CustomerNo then
                exit(InvoiceNo);
        end;
        LibraryAssert.Fail('No invoice for customer ' + CustomerNo);
    end;

    local procedure AssertInvoiceCountOfCustomer(CustomerNo: Code[20]; ExpectedCount: Integer)
    var
        SalesHeader: Record "Sales Header";
    begin
        SalesHeader.SetRange("Document Type", SalesHeader."Document Type"::Invoice);
        SalesHeader.SetRange("Sell-to Customer No.", CustomerNo);
        LibraryAssert.RecordCount(SalesHeader, ExpectedCount);
    end;
}

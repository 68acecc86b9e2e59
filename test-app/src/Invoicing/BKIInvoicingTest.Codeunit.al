namespace Seed.BookingsInvoicing.Test.Invoicing;

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
/// Creating draft invoices: the customer with address/currency/payment terms (May-2022 defect), work-date dates,
/// business-local descriptions on both sides of midnight UTC, one line per customer for group appointments, grouping,
/// case-insensitive customer matching, problems with fix actions, per-invoice isolation, exactly-once and concurrency.
/// </summary>
codeunit 70470245 "BKI Invoicing Test"
{
    Subtype = Test;
    TestPermissions = Disabled;

    var
        BKISyncTestLibrary: Codeunit "BKI Sync Test Library";
        BKIInvoicingTestLibrary: Codeunit "BKI Invoicing Test Library";
        BKIBookingsInvoicing: Codeunit "BKI Bookings Invoicing";
        LibraryAssert: Codeunit "Library Assert";
        LibraryERM: Codeunit "Library - ERM";
        LibraryTemplates: Codeunit "Library - Templates";

    local procedure Initialize(TimeZoneId: Text)
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        // Each test builds its own customers, items and appointments with unique keys.
        BKISyncTestLibrary.InitSetup(BKIBookingSyncSetup, TimeZoneId);
    end;

    [Test]
    procedure InvoiceHasTheCustomerWithAddressCurrencyAndPaymentTerms()
    var
        Customer: Record Customer;
        PaymentTerms: Record "Payment Terms";
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        SalesHeader: Record "Sales Header";
        CreatedInvoiceNos: List of [Code[20]];
    begin
        // [SCENARIO] Every created invoice has its customer, with the customer's address, currency and payment terms.
        Initialize('UTC');
        // [GIVEN] A customer with address, a foreign currency and payment terms, and a completed appointment of theirs
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        LibraryERM.CreatePaymentTerms(PaymentTerms);
        Customer.Validate(Address, 'Kongens Nytorv 1');
        Customer.Validate(City, 'Aarhus');
        Customer.Validate("Currency Code", LibraryERM.CreateCurrencyWithRandomExchRates());
        Customer.Validate("Payment Terms Code", PaymentTerms.Code);
        Customer.Modify(true);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Anna', Customer."E-Mail");

        // [WHEN] An invoice is created
        CreatedInvoiceNos := CreateInvoicesFor(BKIBookingAppointment, true);

        // [THEN] One invoice whose sell-to and bill-to is the customer, with address, currency and payment terms
        LibraryAssert.AreEqual(1, CreatedInvoiceNos.Count(), 'Invoices created');
        SalesHeader.Get(SalesHeader."Document Type"::Invoice, CreatedInvoiceNos.Get(1));
        LibraryAssert.AreEqual(Customer."No.", SalesHeader."Sell-to Customer No.", 'Sell-to customer');
        LibraryAssert.AreEqual(Customer."No.", SalesHeader."Bill-to Customer No.", 'Bill-to customer');
        LibraryAssert.AreEqual('Kongens Nytorv 1', SalesHeader."Sell-to Address", 'Address');
        LibraryAssert.AreEqual('Aarhus', SalesHeader."Sell-to City", 'City');
        LibraryAssert.AreEqual(Customer."Currency Code", SalesHeader."Currency Code", 'Currency');
        LibraryAssert.AreEqual(PaymentTerms.Code, SalesHeader."Payment Terms Code", 'Payment terms');
    end;

    [Test]
    procedure PostingAndDocumentDateAreTheWorkDate()
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        SalesHeader: Record "Sales Header";
        CreatedInvoiceNos: List of [Code[20]];
    begin
        // [SCENARIO] Posting and document date follow BC's rules (work date), never the appointment's UTC date.
        Initialize('UTC');
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        BKISyncTestLibrary.CreateAppointment(BKIBookingAppointment, BKISyncTestLibrary.Utc(2025, 1, 16, 073000T), 60,
            Enum::"BKI Booking Price Type"::fixedPrice, 80, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80));
        BKISyncTestLibrary.AddCustomer(BKIBookingAppointment, 'Anna', Customer."E-Mail");

        // [WHEN] An invoice is created
        CreatedInvoiceNos := CreateInvoicesFor(BKIBookingAppointment, true);

        // [THEN] Posting and document date are the work date
        SalesHeader.Get(SalesHeader."Document Type"::Invoice, CreatedInvoiceNos.Get(1));
        LibraryAssert.AreEqual(WorkDate(), SalesHeader."Posting Date", 'Posting date');
        LibraryAssert.AreEqual(WorkDate(), SalesHeader."Document Date", 'Document date');
    end;

    [Test]
    procedure PacificLateEveningKeepsItsLocalDateOnTheLine()
    var
        SalesLine: Record "Sales Line";
    begin
        // [SCENARIO] 23:30 on 15 January in Pacific time (07:30 UTC on the 16th) is described as the 15th, 23:30.
        Initialize('Pacific Standard Time');
        // [WHEN] An invoice is created for such an appointment
        CreateSingleInvoiceLine(BKISyncTestLibrary.Utc(2025, 1, 16, 073000T), SalesLine);
        // [THEN] The description is "<service> — <15 January> 23:30"
        LibraryAssert.AreEqual('Consultation — ' + Format(DMY2Date(15, 1, 2025)) + ' 23:30', SalesLine.Description, 'Description');
    end;

    [Test]
    procedure TokyoEarlyMorningKeepsItsLocalDateOnTheLine()
    var
        SalesLine: Record "Sales Line";
    begin
        // [SCENARIO] 00:30 on 16 January in Tokyo (15:30 UTC on the 15th) is described as the 16th, 00:30.
        Initialize('Tokyo Standard Time');
        CreateSingleInvoiceLine(BKISyncTestLibrary.Utc(2025, 1, 15, 153000T), SalesLine);
        LibraryAssert.AreEqual('Consultation — ' + Format(DMY2Date(16, 1, 2025)) + ' 00:30', SalesLine.Description, 'Description');
    end;

    [Test]
    procedure GroupAppointmentGivesEachCustomerALineOnTheirOwnInvoice()
    var
        CustomerA: Record Customer;
        CustomerB: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        SalesLine: Record "Sales Line";
        CreatedInvoiceNos: List of [Code[20]];
    begin
        // [SCENARIO] An appointment with two customers produces one line on each customer's invoice.
        Initialize('UTC');
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(CustomerA);
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(CustomerB);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'A', CustomerA."E-Mail");
        BKISyncTestLibrary.AddCustomer(BKIBookingAppointment, 'B', CustomerB."E-Mail");

        // [WHEN] Invoices are created per customer
        CreatedInvoiceNos := CreateInvoicesFor(BKIBookingAppointment, true);

        // [THEN] Two invoices, one per customer, each with one line for the service item
        LibraryAssert.AreEqual(2, CreatedInvoiceNos.Count(), 'Invoices');
        AssertInvoiceOf(CreatedInvoiceNos.Get(1), CustomerA."No.", 1);
        AssertInvoiceOf(CreatedInvoiceNos.Get(2), CustomerB."No.", 1);
        SalesLine.SetRange("Document Type", SalesLine."Document Type"::Invoice);
        SalesLine.SetRange("Document No.", CreatedInvoiceNos.Get(2));
        SalesLine.FindFirst();
        LibraryAssert.AreEqual(Item."No.", SalesLine."No.", 'Item');
        // [THEN] The appointment is fully invoiced
        BKIBookingAppointment.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID");
        LibraryAssert.AreEqual(BKIBookingAppointment."Invoice Status"::Invoiced, BKIBookingAppointment."Invoice Status", 'Invoice status');
    end;

    [Test]
    procedure OneInvoicePerCustomerHasItsLinesInDateOrder()
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        SalesLine: Record "Sales Line";
        ServiceId: Text[100];
        CreatedInvoiceNos: List of [Code[20]];
    begin
        // [SCENARIO] Create Invoice per Customer: one invoice for a customer's appointments, lines in date order.
        Initialize('UTC');
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        ServiceId := BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80);
        // [GIVEN] Three appointments of the customer, created out of date order (3rd, 1st, 2nd of March)
        CreateAppointmentFor(ServiceId, Customer."E-Mail", BKISyncTestLibrary.Utc(2025, 3, 3, 090000T));
        CreateAppointmentFor(ServiceId, Customer."E-Mail", BKISyncTestLibrary.Utc(2025, 3, 1, 090000T));
        CreateAppointmentFor(ServiceId, Customer."E-Mail", BKISyncTestLibrary.Utc(2025, 3, 2, 090000T));

        // [WHEN] Invoices are created per customer for all of them
        BKIBookingAppointment.SetRange("Business ID", BKISyncTestLibrary.BusinessId());
        CreatedInvoiceNos := BKIBookingsInvoicing.CreateInvoices(BKIBookingAppointment, true);

        // [THEN] One invoice with three lines for the 1st, 2nd and 3rd
        LibraryAssert.AreEqual(1, CreatedInvoiceNos.Count(), 'Invoices');
        SalesLine.SetRange("Document Type", SalesLine."Document Type"::Invoice);
        SalesLine.SetRange("Document No.", CreatedInvoiceNos.Get(1));
        LibraryAssert.RecordCount(SalesLine, 3);
        SalesLine.FindSet();
        LibraryAssert.IsTrue(StrPos(SalesLine.Description, Format(DMY2Date(1, 3, 2025))) > 0, 'First line is the 1st: ' + SalesLine.Description);
        SalesLine.Next();
        LibraryAssert.IsTrue(StrPos(SalesLine.Description, Format(DMY2Date(2, 3, 2025))) > 0, 'Second line is the 2nd: ' + SalesLine.Description);
        SalesLine.Next();
        LibraryAssert.IsTrue(StrPos(SalesLine.Description, Format(DMY2Date(3, 3, 2025))) > 0, 'Third line is the 3rd: ' + SalesLine.Description);
    end;

    [Test]
    procedure WithoutGroupingEachAppointmentGetsItsOwnInvoice()
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        ServiceId: Text[100];
        CreatedInvoiceNos: List of [Code[20]];
    begin
        // [SCENARIO] Create Invoice (not grouped): one invoice per appointment and customer.
        Initialize('UTC');
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        ServiceId := BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80);
        CreateAppointmentFor(ServiceId, Customer."E-Mail", BKISyncTestLibrary.Utc(2025, 3, 1, 090000T));
        CreateAppointmentFor(ServiceId, Customer."E-Mail", BKISyncTestLibrary.Utc(2025, 3, 2, 090000T));

        BKIBookingAppointment.SetRange("Business ID", BKISyncTestLibrary.BusinessId());
        CreatedInvoiceNos := BKIBookingsInvoicing.CreateInvoices(BKIBookingAppointment, false);

        LibraryAssert.AreEqual(2, CreatedInvoiceNos.Count(), 'Invoices');
        AssertInvoiceOf(CreatedInvoiceNos.Get(1), Customer."No.", 1);
        AssertInvoiceOf(CreatedInvoiceNos.Get(2), Customer."No.", 1);
    end;

    [Test]
    procedure CustomerIsFoundByEmailIgnoringCase()
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        CreatedInvoiceNos: List of [Code[20]];
    begin
        // [SCENARIO] The BC customer is matched by e-mail regardless of case; no new customer is needed.
        Initialize('UTC');
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Anna', UpperCase(Customer."E-Mail"));

        CreatedInvoiceNos := CreateInvoicesFor(BKIBookingAppointment, true);

        LibraryAssert.AreEqual(1, CreatedInvoiceNos.Count(), 'Invoices');
        AssertInvoiceOf(CreatedInvoiceNos.Get(1), Customer."No.", 1);
    end;

    [Test]
    procedure UnknownCustomerIsAProblemWithAFixAction()
    var
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        TempResult: Record "BKI Invoice Plan Buffer" temporary;
        CreatedInvoiceNos: List of [Code[20]];
        ProblemInfo: ErrorInfo;
    begin
        // [SCENARIO] Without a matching customer (and no customer creation), the appointment is a problem with a fix.
        Initialize('UTC');
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Nobody', BKISyncTestLibrary.LowerCaseEmail());

        // [WHEN] Invoices are created
        CreatedInvoiceNos := CreateInvoicesFor(BKIBookingAppointment, true);

        // [THEN] Nothing is created; the result lists the problem with the e-mail and the fix "Open Customers"
        LibraryAssert.AreEqual(0, CreatedInvoiceNos.Count(), 'Invoices');
        BKIBookingsInvoicing.GetLastResult(TempResult);
        TempResult.SetRange("Line Type", TempResult."Line Type"::Problem);
        LibraryAssert.RecordCount(TempResult, 1);
        TempResult.FindFirst();
        LibraryAssert.IsTrue(StrPos(TempResult.Problem, BKIBookingAppointment."First Customer E-Mail") > 0, 'The problem names the e-mail: ' + TempResult.Problem);
        LibraryAssert.AreEqual(TempResult."Fix Action"::"Open Customers", TempResult."Fix Action", 'Fix action');
        // [THEN] As an ErrorInfo it navigates to the customer list
        ProblemInfo := BKIBookingsInvoicing.GetProblemErrorInfo(TempResult);
        LibraryAssert.AreEqual(Page::"Customer List", ProblemInfo.PageNo, 'Navigation page');
        LibraryAssert.AreEqual(TempResult.Problem, ProblemInfo.Message, 'Message');
    end;

    [Test]
    procedure MissingCustomerIsCreatedFromTheTemplateWhenCustomerSyncIsOn()
    var
        Customer: Record Customer;
        CustomerTempl: Record "Customer Templ.";
        Item: Record Item;
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIBookingAppointment: Record "BKI Booking Appointment";
        SalesHeader: Record "Sales Header";
        NewEmail: Text;
        CreatedInvoiceNos: List of [Code[20]];
    begin
        // [SCENARIO] With Sync Customers and a default template, an unknown e-mail becomes a customer and is invoiced.
        Initialize('UTC');
        LibraryTemplates.CreateCustomerTemplateWithData(CustomerTempl);
        BKIBookingSyncSetup.Get();
        BKIBookingSyncSetup."Sync Customers" := true;
        BKIBookingSyncSetup."Default Customer Templ." := CustomerTempl.Code;
        BKIBookingSyncSetup.Modify();
        NewEmail := BKISyncTestLibrary.LowerCaseEmail();
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Nora New', NewEmail);

        CreatedInvoiceNos := CreateInvoicesFor(BKIBookingAppointment, true);

        LibraryAssert.AreEqual(1, CreatedInvoiceNos.Count(), 'Invoices');
        SalesHeader.Get(SalesHeader."Document Type"::Invoice, CreatedInvoiceNos.Get(1));
        Customer.Get(SalesHeader."Sell-to Customer No.");
        LibraryAssert.AreEqual(NewEmail, Customer."E-Mail", 'New customer e-mail');
        LibraryAssert.AreEqual('Nora New', Customer.Name, 'New customer name');
    end;

    [Test]
    procedure OneFailingInvoiceDoesNotStopTheOthers()
    var
        GoodCustomer: Record Customer;
        BlockedCustomer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        TempResult: Record "BKI Invoice Plan Buffer" temporary;
        ServiceId: Text[100];
        CreatedInvoiceNos: List of [Code[20]];
    begin
        // [SCENARIO] Per-invoice isolation: a customer blocked for invoices fails alone; the other invoice is created.
        Initialize('UTC');
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(GoodCustomer);
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(BlockedCustomer);
        BlockedCustomer.Validate(Blocked, BlockedCustomer.Blocked::Invoice);
        BlockedCustomer.Modify(true);
        ServiceId := BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80);
        CreateAppointmentFor(ServiceId, BlockedCustomer."E-Mail", BKISyncTestLibrary.Utc(2025, 3, 1, 090000T));
        CreateAppointmentFor(ServiceId, GoodCustomer."E-Mail", BKISyncTestLibrary.Utc(2025, 3, 2, 090000T));

        // [WHEN] Invoices are created per customer
        BKIBookingAppointment.SetRange("Business ID", BKISyncTestLibrary.BusinessId());
        CreatedInvoiceNos := BKIBookingsInvoicing.CreateInvoices(BKIBookingAppointment, true);

        // [THEN] The good customer's invoice exists; the blocked customer's is a problem; its appointment stays uninvoiced
        LibraryAssert.AreEqual(1, CreatedInvoiceNos.Count(), 'Invoices');
        AssertInvoiceOf(CreatedInvoiceNos.Get(1), GoodCustomer."No.", 1);
        BKIBookingsInvoicing.GetLastResult(TempResult);
        TempResult.SetRange("Line Type", TempResult."Line Type"::Problem);
        LibraryAssert.RecordCount(TempResult, 1);
        TempResult.FindFirst();
        LibraryAssert.AreEqual(BlockedCustomer."No.", TempResult."Customer No.", 'Problem customer');
        LibraryAssert.AreEqual(TempResult."Fix Action"::"Open Customer", TempResult."Fix Action", 'Fix action');
        BKIBookingAppointment.Reset();
        BKIBookingAppointment.SetNotInvoicedFilter(BKISyncTestLibrary.BusinessId());
        LibraryAssert.RecordCount(BKIBookingAppointment, 1);
    end;

    [Test]
    procedure InvoicingTheSameSelectionTwiceCreatesOneInvoice()
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        SelectedAppointment: Record "BKI Booking Appointment";
        TempResult: Record "BKI Invoice Plan Buffer" temporary;
        CreatedInvoiceNos: List of [Code[20]];
    begin
        // [SCENARIO] Exactly once: invoicing an appointment a second time creates nothing and says it is already invoiced.
        Initialize('UTC');
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Anna', Customer."E-Mail");
        SelectedAppointment.SetRange("Business ID", BKIBookingAppointment."Business ID");
        SelectedAppointment.SetRange("Appointment ID", BKIBookingAppointment."Appointment ID");
        CreatedInvoiceNos := BKIBookingsInvoicing.CreateInvoices(SelectedAppointment, true);
        LibraryAssert.AreEqual(1, CreatedInvoiceNos.Count(), 'First run');

        // [WHEN] The same selection is invoiced again
        CreatedInvoiceNos := BKIBookingsInvoicing.CreateInvoices(SelectedAppointment, true);

        // [THEN] Nothing is created and the problem names the existing invoice
        LibraryAssert.AreEqual(0, CreatedInvoiceNos.Count(), 'Second run');
        BKIBookingsInvoicing.GetLastResult(TempResult);
        TempResult.SetRange("Line Type", TempResult."Line Type"::Problem);
        TempResult.FindFirst();
        BKIBookingAppointment.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID");
        LibraryAssert.IsTrue(StrPos(TempResult.Problem, BKIBookingAppointment."Invoice No.") > 0, 'The problem names the invoice: ' + TempResult.Problem);
        AssertInvoiceCountOfCustomer(Customer."No.", 1);
    end;

    [Test]
    procedure ConcurrentRunGetsOneInvoiceAndAClearMessage()
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        TempResult: Record "BKI Invoice Plan Buffer" temporary;
        BKICompetingUserSubscriber: Codeunit "BKI Competing User Subscriber";
        CreatedInvoiceNos: List of [Code[20]];
    begin
        // [SCENARIO] Another user invoices the appointment after this run planned it: this run creates nothing and says why.
        Initialize('UTC');
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Anna', Customer."E-Mail");
        // [GIVEN] The other user's invoice OTHER-1 links the appointment between planning and creation
        BKICompetingUserSubscriber.SetOtherInvoiceNo('OTHER-1');
        BindSubscription(BKICompetingUserSubscriber);

        // [WHEN] This run invoices the appointment
        CreatedInvoiceNos := CreateInvoicesFor(BKIBookingAppointment, true);
        UnbindSubscription(BKICompetingUserSubscriber);

        // [THEN] No second invoice; the message says the appointment is already on OTHER-1
        LibraryAssert.AreEqual(0, CreatedInvoiceNos.Count(), 'Invoices created by this run');
        AssertInvoiceCountOfCustomer(Customer."No.", 0);
        BKIBookingsInvoicing.GetLastResult(TempResult);
        TempResult.SetRange("Line Type", TempResult."Line Type"::Problem);
        TempResult.FindFirst();
        LibraryAssert.IsTrue(StrPos(TempResult.Problem, 'OTHER-1') > 0, 'The message names the other invoice: ' + TempResult.Problem);
        LibraryAssert.IsTrue(StrPos(TempResult.Problem, 'already on invoice') > 0, 'The message says why: ' + TempResult.Problem);
    end;

    [Test]
    procedure LinkWrittenWithoutItsStatusStillStopsTheInvoice()
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        TempResult: Record "BKI Invoice Plan Buffer" temporary;
        BKICompetingUserSubscriber: Codeunit "BKI Competing User Subscriber";
        CreatedInvoiceNos: List of [Code[20]];
    begin
        // [SCENARIO] Another extension links the appointment without setting its invoice status: the link's primary key
        // still stops this run, with the same clear message.
        Initialize('UTC');
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Anna', Customer."E-Mail");
        // [GIVEN] A bare link to OTHER-1 (appointment still "Not Invoiced") written between planning and creation
        BKICompetingUserSubscriber.SetOtherInvoiceNo('OTHER-1');
        BKICompetingUserSubscriber.SetLinkOnly(true);
        BindSubscription(BKICompetingUserSubscriber);

        // [WHEN] This run invoices the appointment
        CreatedInvoiceNos := CreateInvoicesFor(BKIBookingAppointment, true);
        UnbindSubscription(BKICompetingUserSubscriber);

        // [THEN] No second invoice; the message says the appointment is already on OTHER-1
        LibraryAssert.AreEqual(0, CreatedInvoiceNos.Count(), 'Invoices created by this run');
        AssertInvoiceCountOfCustomer(Customer."No.", 0);
        BKIBookingsInvoicing.GetLastResult(TempResult);
        TempResult.SetRange("Line Type", TempResult."Line Type"::Problem);
        TempResult.FindFirst();
        LibraryAssert.IsTrue(StrPos(TempResult.Problem, 'OTHER-1') > 0, 'The message names the other invoice: ' + TempResult.Problem);
        LibraryAssert.IsTrue(StrPos(TempResult.Problem, 'already on invoice') > 0, 'The message says why: ' + TempResult.Problem);
    end;

    [Test]
    procedure PreviewShowsThePlanAndCreatesNothing()
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        TempPlan: Record "BKI Invoice Plan Buffer" temporary;
        SalesHeader: Record "Sales Header";
        InvoiceCountBefore: Integer;
    begin
        // [SCENARIO] Preview lists invoices, lines, amounts and problems, and creates nothing.
        Initialize('UTC');
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Anna', Customer."E-Mail");
        BKISyncTestLibrary.AddCustomer(BKIBookingAppointment, 'Nobody', BKISyncTestLibrary.LowerCaseEmail());
        SalesHeader.SetRange("Document Type", SalesHeader."Document Type"::Invoice);
        InvoiceCountBefore := SalesHeader.Count();

        // [WHEN] The appointment is previewed
        BKIBookingAppointment.SetRange("Business ID", BKIBookingAppointment."Business ID");
        BKIBookingAppointment.SetRange("Appointment ID", BKIBookingAppointment."Appointment ID");
        BKIBookingsInvoicing.Preview(BKIBookingAppointment, true, TempPlan);

        // [THEN] One invoice row (80), one line row, one problem row; no sales invoice was created
        TempPlan.SetRange("Line Type", TempPlan."Line Type"::Invoice);
        LibraryAssert.RecordCount(TempPlan, 1);
        TempPlan.FindFirst();
        LibraryAssert.AreEqual(Customer."No.", TempPlan."Customer No.", 'Invoice customer');
        LibraryAssert.AreEqual(80, TempPlan.Amount, 'Invoice amount');
        TempPlan.SetRange("Line Type", TempPlan."Line Type"::Line);
        LibraryAssert.RecordCount(TempPlan, 1);
        TempPlan.SetRange("Line Type", TempPlan."Line Type"::Problem);
        LibraryAssert.RecordCount(TempPlan, 1);
        LibraryAssert.AreEqual(InvoiceCountBefore, SalesHeader.Count(), 'Preview must not create invoices');
    end;

    [Test]
    procedure CancelledAndUnfinishedAppointmentsAreNotInvoiced()
    var
        Customer: Record Customer;
        Item: Record Item;
        Cancelled: Record "BKI Booking Appointment";
        Upcoming: Record "BKI Booking Appointment";
        BKIBookingAppointment: Record "BKI Booking Appointment";
        TempResult: Record "BKI Invoice Plan Buffer" temporary;
        ServiceId: Text[100];
        CreatedInvoiceNos: List of [Code[20]];
    begin
        // [SCENARIO] Cancelled appointments and appointments that have not ended are never invoiced, even when selected.
        Initialize('UTC');
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        ServiceId := BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80);
        BKISyncTestLibrary.CreateCompletedAppointment(Cancelled, ServiceId, 'Anna', Customer."E-Mail");
        Cancelled.Get(Cancelled."Business ID", Cancelled."Appointment ID");
        Cancelled.Cancelled := true;
        Cancelled.Modify();
        BKISyncTestLibrary.CreateAppointment(Upcoming, CurrentDateTime() + 86400000, 60, Enum::"BKI Booking Price Type"::fixedPrice, 80, ServiceId);
        BKISyncTestLibrary.AddCustomer(Upcoming, 'Anna', Customer."E-Mail");

        BKIBookingAppointment.SetRange("Business ID", BKISyncTestLibrary.BusinessId());
        CreatedInvoiceNos := BKIBookingsInvoicing.CreateInvoices(BKIBookingAppointment, true);

        LibraryAssert.AreEqual(0, CreatedInvoiceNos.Count(), 'Invoices');
        BKIBookingsInvoicing.GetLastResult(TempResult);
        TempResult.SetRange("Line Type", TempResult."Line Type"::Problem);
        LibraryAssert.RecordCount(TempResult, 2);
    end;

    local procedure CreateSingleInvoiceLine(StartUtc: DateTime; var SalesLine: Record "Sales Line")
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        CreatedInvoiceNos: List of [Code[20]];
    begin
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        BKISyncTestLibrary.CreateAppointment(BKIBookingAppointment, StartUtc, 60, Enum::"BKI Booking Price Type"::fixedPrice, 80, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80));
        BKISyncTestLibrary.AddCustomer(BKIBookingAppointment, 'Anna', Customer."E-Mail");
        CreatedInvoiceNos := CreateInvoicesFor(BKIBookingAppointment, true);
        LibraryAssert.AreEqual(1, CreatedInvoiceNos.Count(), 'Invoices');
        SalesLine.SetRange("Document Type", SalesLine."Document Type"::Invoice);
        SalesLine.SetRange("Document No.", CreatedInvoiceNos.Get(1));
        SalesLine.FindFirst();
    end;

    local procedure CreateAppointmentFor(ServiceId: Text[100]; EMail: Text; StartUtc: DateTime)
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
    begin
        BKISyncTestLibrary.CreateAppointment(BKIBookingAppointment, StartUtc, 60, Enum::"BKI Booking Price Type"::fixedPrice, 80, ServiceId);
        BKISyncTestLibrary.AddCustomer(BKIBookingAppointment, 'Customer', EMail);
    end;

    local procedure CreateInvoicesFor(BKIBookingAppointment: Record "BKI Booking Appointment"; GroupPerCustomer: Boolean): List of [Code[20]]
    var
        SelectedAppointment: Record "BKI Booking Appointment";
    begin
        SelectedAppointment.SetRange("Business ID", BKIBookingAppointment."Business ID");
        SelectedAppointment.SetRange("Appointment ID", BKIBookingAppointment."Appointment ID");
        exit(BKIBookingsInvoicing.CreateInvoices(SelectedAppointment, GroupPerCustomer));
    end;

    local procedure AssertInvoiceOf(DocumentNo: Code[20]; CustomerNo: Code[20]; ExpectedLines: Integer)
    var
        SalesHeader: Record "Sales Header";
        SalesLine: Record "Sales Line";
    begin
        SalesHeader.Get(SalesHeader."Document Type"::Invoice, DocumentNo);
        LibraryAssert.AreEqual(CustomerNo, SalesHeader."Sell-to Customer No.", 'Customer of invoice ' + DocumentNo);
        SalesLine.SetRange("Document Type", SalesHeader."Document Type");
        SalesLine.SetRange("Document No.", DocumentNo);
        LibraryAssert.RecordCount(SalesLine, ExpectedLines);
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

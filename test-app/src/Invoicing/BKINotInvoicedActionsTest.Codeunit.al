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
/// The actions of Bookings Not Invoiced beyond Create Invoice: lines chosen with Select are invoiced together,
/// Preview shows the plan and creates nothing, Invoice All asks first and lists problems with the created invoices, Mark as Invoiced hides the line, Open Invoice
/// opens the draft that bills part of a group appointment, and Sync Now runs a sync.
/// </summary>
codeunit 70470258 "BKI Not Invoiced Actions Test"
{
    Subtype = Test;
    TestPermissions = Disabled;
    TestHttpRequestPolicy = BlockOutboundRequests;

    var
        BKISyncTestLibrary: Codeunit "BKI Sync Test Library";
        BKIInvoicingTestLibrary: Codeunit "BKI Invoicing Test Library";
        BKIBookingsInvoicing: Codeunit "BKI Bookings Invoicing";
        LibraryAssert: Codeunit "Library Assert";
        LibraryVariableStorage: Codeunit "Library - Variable Storage";
        Responses: Codeunit "Library - Variable Storage";

    local procedure Initialize()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        LibraryVariableStorage.Clear();
        Responses.Clear();
        BKISyncTestLibrary.InitSetup(BKIBookingSyncSetup, 'UTC');
    end;

    [Test]
    [HandlerFunctions('ConfirmHandler')]
    procedure SelectedLinesAreInvoicedTogether()
    var
        Customer: Record Customer;
        Item: Record Item;
        First: Record "BKI Booking Appointment";
        Second: Record "BKI Booking Appointment";
        NotSelected: Record "BKI Booking Appointment";
        SalesHeader: Record "Sales Header";
        SalesLine: Record "Sales Line";
        ServiceId: Text[100];
        BookingsNotInvoiced: TestPage "BKI Bookings Not Invoiced";
    begin
        // [SCENARIO] Two lines added to the selection with Select are invoiced on one invoice; the unselected line stays.
        Initialize();
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        ServiceId := BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80);
        BKISyncTestLibrary.CreateCompletedAppointment(First, ServiceId, 'Anna', Customer."E-Mail");
        BKISyncTestLibrary.CreateCompletedAppointment(Second, ServiceId, 'Anna', Customer."E-Mail");
        BKISyncTestLibrary.CreateCompletedAppointment(NotSelected, ServiceId, 'Anna', Customer."E-Mail");
        BookingsNotInvoiced.OpenView();
        // [GIVEN] The first and second appointment are selected
        BookingsNotInvoiced.GoToRecord(First);
        BookingsNotInvoiced.SelectLines.Invoke();
        BookingsNotInvoiced.GoToRecord(Second);
        BookingsNotInvoiced.SelectLines.Invoke();
        // [GIVEN] The cursor rests on the unselected one
        BookingsNotInvoiced.GoToRecord(NotSelected);

        // [WHEN] Create Invoice per Customer is chosen (and the offer to open the invoice declined)
        LibraryVariableStorage.Enqueue(false);
        BookingsNotInvoiced.CreateInvoicePerCustomer.Invoke();

        // [THEN] One invoice with two lines; the unselected appointment is still listed
        SalesHeader.SetRange("Document Type", SalesHeader."Document Type"::Invoice);
        SalesHeader.SetRange("Sell-to Customer No.", Customer."No.");
        LibraryAssert.RecordCount(SalesHeader, 1);
        SalesHeader.FindFirst();
        SalesLine.SetRange("Document Type", SalesHeader."Document Type");
        SalesLine.SetRange("Document No.", SalesHeader."No.");
        LibraryAssert.RecordCount(SalesLine, 2);
        LibraryAssert.IsTrue(BookingsNotInvoiced.GoToRecord(NotSelected), 'The unselected appointment stays listed');
        LibraryAssert.IsFalse(BookingsNotInvoiced.GoToRecord(First), 'The selected appointment leaves the list');
        BookingsNotInvoiced.Close();
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    procedure PreviewActionShowsThePlanAndCreatesNothing()
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        SalesHeader: Record "Sales Header";
        BookingsNotInvoiced: TestPage "BKI Bookings Not Invoiced";
        BKIInvoicePreview: TestPage "BKI Invoice Preview";
    begin
        // [SCENARIO] Preview on the list opens the plan with the customer and amount; no invoice is created.
        Initialize();
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Anna', Customer."E-Mail");
        BookingsNotInvoiced.OpenView();
        BookingsNotInvoiced.GoToRecord(BKIBookingAppointment);

        // [WHEN] Preview is chosen
        BKIInvoicePreview.Trap();
        BookingsNotInvoiced.Preview.Invoke();

        // [THEN] The preview shows a planned invoice for the customer; nothing was created
        LibraryAssert.IsTrue(BKIInvoicePreview.First(), 'The preview has rows');
        LibraryAssert.AreEqual(Customer."No.", BKIInvoicePreview."Customer No.".Value(), 'Customer of the first planned row');
        BKIInvoicePreview.Close();
        SalesHeader.SetRange("Document Type", SalesHeader."Document Type"::Invoice);
        SalesHeader.SetRange("Sell-to Customer No.", Customer."No.");
        LibraryAssert.RecordIsEmpty(SalesHeader);
        LibraryAssert.IsTrue(BookingsNotInvoiced.GoToRecord(BKIBookingAppointment), 'Still listed after Preview');
        BookingsNotInvoiced.Close();
    end;

    [Test]
    [HandlerFunctions('ConfirmHandler')]
    procedure InvoiceAllAsksFirstAndDeclineCreatesNothing()
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        SalesHeader: Record "Sales Header";
        BookingsNotInvoiced: TestPage "BKI Bookings Not Invoiced";
    begin
        // [SCENARIO] Invoice All asks for confirmation with the number of appointments; declining creates nothing.
        Initialize();
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Anna', Customer."E-Mail");
        BookingsNotInvoiced.OpenView();

        // [WHEN] Invoice All is chosen and the question declined
        LibraryVariableStorage.Enqueue(false);
        BookingsNotInvoiced.InvoiceAll.Invoke();

        // [THEN] No invoice; the appointment is still listed
        SalesHeader.SetRange("Document Type", SalesHeader."Document Type"::Invoice);
        SalesHeader.SetRange("Sell-to Customer No.", Customer."No.");
        LibraryAssert.RecordIsEmpty(SalesHeader);
        LibraryAssert.IsTrue(BookingsNotInvoiced.GoToRecord(BKIBookingAppointment), 'Still listed');
        BookingsNotInvoiced.Close();
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('ConfirmHandler,MessageHandler')]
    procedure InvoiceAllConfirmedInvoicesEveryListedCustomer()
    var
        CustomerA: Record Customer;
        CustomerB: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        SalesHeader: Record "Sales Header";
        ServiceId: Text[100];
        BookingsNotInvoiced: TestPage "BKI Bookings Not Invoiced";
    begin
        // [SCENARIO] Invoice All, confirmed, creates one invoice per customer for every listed appointment and says so.
        Initialize();
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(CustomerA);
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(CustomerB);
        ServiceId := BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, ServiceId, 'A', CustomerA."E-Mail");
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, ServiceId, 'A', CustomerA."E-Mail");
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, ServiceId, 'B', CustomerB."E-Mail");
        BookingsNotInvoiced.OpenView();

        // [WHEN] Invoice All is chosen and confirmed
        LibraryVariableStorage.Enqueue(true);
        BookingsNotInvoiced.InvoiceAll.Invoke();

        // [THEN] A has one invoice, B has one; the message names two invoices; the list is empty
        SalesHeader.SetRange("Document Type", SalesHeader."Document Type"::Invoice);
        SalesHeader.SetRange("Sell-to Customer No.", CustomerA."No.");
        LibraryAssert.RecordCount(SalesHeader, 1);
        SalesHeader.SetRange("Sell-to Customer No.", CustomerB."No.");
        LibraryAssert.RecordCount(SalesHeader, 1);
        LibraryAssert.IsTrue(StrPos(LibraryVariableStorage.DequeueText(), '2 draft invoices') = 1, 'The message counts the invoices');
        LibraryAssert.IsFalse(BookingsNotInvoiced.First(), 'Nothing is left to invoice');
        BookingsNotInvoiced.Close();
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('ConfirmHandler')]
    procedure ProblemsAfterInvoicingAreListedWithTheCreatedInvoices()
    var
        Customer: Record Customer;
        Item: Record Item;
        Good: Record "BKI Booking Appointment";
        Unknown: Record "BKI Booking Appointment";
        ServiceId: Text[100];
        BookingsNotInvoiced: TestPage "BKI Bookings Not Invoiced";
        BKIInvoicePreview: TestPage "BKI Invoice Preview";
        ProblemSeen: Boolean;
        InvoiceSeen: Boolean;
    begin
        // [SCENARIO] When some appointments cannot be invoiced, the result page lists the created invoice and each problem with its fix.
        Initialize();
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        ServiceId := BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80);
        BKISyncTestLibrary.CreateCompletedAppointment(Good, ServiceId, 'Anna', Customer."E-Mail");
        BKISyncTestLibrary.CreateCompletedAppointment(Unknown, ServiceId, 'Nobody', BKISyncTestLibrary.LowerCaseEmail());
        BookingsNotInvoiced.OpenView();

        // [WHEN] Invoice All is confirmed
        LibraryVariableStorage.Enqueue(true);
        BKIInvoicePreview.Trap();
        BookingsNotInvoiced.InvoiceAll.Invoke();

        // [THEN] The result page has the created invoice of Anna and the problem "No customer match" with a fix action
        LibraryAssert.IsTrue(BKIInvoicePreview.First(), 'The result page has rows');
        repeat
            if BKIInvoicePreview.Status.Value() = 'No customer match' then begin
                ProblemSeen := true;
                LibraryAssert.AreNotEqual('', BKIInvoicePreview.Problem.Value(), 'Reason of the problem');
                LibraryAssert.AreEqual(Format(Enum::"BKI Invoice Fix Action"::"Open Customers"), BKIInvoicePreview."Fix Action".Value(), 'Fix action');
            end;
            if (BKIInvoicePreview."Customer No.".Value() = Customer."No.") and (BKIInvoicePreview."Document No.".Value() <> '') then
                InvoiceSeen := true;
        until not BKIInvoicePreview.Next();
        LibraryAssert.IsTrue(ProblemSeen, 'The problem is listed');
        LibraryAssert.IsTrue(InvoiceSeen, 'The created invoice is listed with its number');
        BKIInvoicePreview.Close();
        BookingsNotInvoiced.Close();
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('ConfirmHandler')]
    procedure MarkAsInvoicedActionHidesTheLine()
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BookingsNotInvoiced: TestPage "BKI Bookings Not Invoiced";
    begin
        // [SCENARIO] Mark as Invoiced (confirmed) takes the line off the list and marks the appointment.
        Initialize();
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Anna', Customer."E-Mail");
        BookingsNotInvoiced.OpenView();
        BookingsNotInvoiced.GoToRecord(BKIBookingAppointment);

        // [WHEN] Mark as Invoiced is chosen and confirmed
        LibraryVariableStorage.Enqueue(true);
        BookingsNotInvoiced.MarkAsInvoiced.Invoke();

        // [THEN] The appointment is marked and no longer listed
        LibraryAssert.IsFalse(BookingsNotInvoiced.GoToRecord(BKIBookingAppointment), 'Marked appointment leaves the list');
        BookingsNotInvoiced.Close();
        BKIBookingAppointment.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID");
        LibraryAssert.AreEqual(BKIBookingAppointment."Invoice Status"::"Marked as Invoiced", BKIBookingAppointment."Invoice Status", 'Invoice status');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    procedure OpenInvoiceOpensTheDraftOfAPartlyInvoicedAppointment()
    var
        CustomerA: Record Customer;
        CustomerB: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        SalesHeader: Record "Sales Header";
        BookingsNotInvoiced: TestPage "BKI Bookings Not Invoiced";
        SalesInvoice: TestPage "Sales Invoice";
        CreatedInvoiceNos: List of [Code[20]];
    begin
        // [SCENARIO] A group appointment billed to A only is still listed (for B); Open Invoice opens A's draft.
        Initialize();
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(CustomerA);
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(CustomerB);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'A', CustomerA."E-Mail");
        BKISyncTestLibrary.AddCustomer(BKIBookingAppointment, 'B', CustomerB."E-Mail");
        BKIBookingAppointment.SetRecFilter();
        CreatedInvoiceNos := BKIBookingsInvoicing.CreateInvoices(BKIBookingAppointment, true);
        // [GIVEN] B's invoice is deleted, so the appointment is partly invoiced (A's draft remains)
        SalesHeader.SetRange("Document Type", SalesHeader."Document Type"::Invoice);
        SalesHeader.SetRange("Sell-to Customer No.", CustomerB."No.");
        SalesHeader.FindFirst();
        SalesHeader.Delete(true);
        SalesHeader.SetRange("Sell-to Customer No.", CustomerA."No.");
        SalesHeader.FindFirst();
        BookingsNotInvoiced.OpenView();
        LibraryAssert.IsTrue(BookingsNotInvoiced.GoToRecord(BKIBookingAppointment), 'The partly invoiced appointment is listed');

        // [WHEN] Open Invoice is chosen
        SalesInvoice.Trap();
        BookingsNotInvoiced.OpenInvoice.Invoke();

        // [THEN] A's draft invoice opens
        LibraryAssert.AreEqual(SalesHeader."No.", SalesInvoice."No.".Value(), 'Opened invoice');
        SalesInvoice.Close();
        BookingsNotInvoiced.Close();
    end;

    [Test]
    procedure OpenInvoiceOpensThePostedInvoice()
    var
        CustomerA: Record Customer;
        CustomerB: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        SalesHeader: Record "Sales Header";
        LibrarySales: Codeunit "Library - Sales";
        BookingsNotInvoiced: TestPage "BKI Bookings Not Invoiced";
        PostedSalesInvoice: TestPage "Posted Sales Invoice";
        CreatedInvoiceNos: List of [Code[20]];
        PostedNo: Code[20];
    begin
        // [SCENARIO] A group appointment whose invoice for A is posted (B not billed yet): Open Invoice opens the posted invoice.
        Initialize();
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(CustomerA);
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(CustomerB);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'A', CustomerA."E-Mail");
        BKISyncTestLibrary.AddCustomer(BKIBookingAppointment, 'B', CustomerB."E-Mail");
        BKIBookingAppointment.SetRecFilter();
        CreatedInvoiceNos := BKIBookingsInvoicing.CreateInvoices(BKIBookingAppointment, true);
        SalesHeader.SetRange("Document Type", SalesHeader."Document Type"::Invoice);
        SalesHeader.SetRange("Sell-to Customer No.", CustomerB."No.");
        SalesHeader.FindFirst();
        SalesHeader.Delete(true);
        SalesHeader.SetRange("Sell-to Customer No.", CustomerA."No.");
        SalesHeader.FindFirst();
        PostedNo := LibrarySales.PostSalesDocument(SalesHeader, true, true);
        BookingsNotInvoiced.OpenView();
        LibraryAssert.IsTrue(BookingsNotInvoiced.GoToRecord(BKIBookingAppointment), 'The partly invoiced appointment is listed');

        // [WHEN] Open Invoice is chosen
        PostedSalesInvoice.Trap();
        BookingsNotInvoiced.OpenInvoice.Invoke();

        // [THEN] The posted invoice of A opens
        LibraryAssert.AreEqual(PostedNo, PostedSalesInvoice."No.".Value(), 'Opened posted invoice');
        PostedSalesInvoice.Close();
        BookingsNotInvoiced.Close();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure SyncNowActionRunsASync()
    var
        BKISyncLog: Record "BKI Sync Log";
        BookingsNotInvoiced: TestPage "BKI Bookings Not Invoiced";
    begin
        // [SCENARIO] Sync Now on the list runs a synchronization of the business and refreshes the list.
        Initialize();
        BKISyncTestLibrary.ExpectScripted(Responses, '/staffMembers', 200, 'res:Sync/staff.json', -1, 0);
        BKISyncTestLibrary.ExpectScripted(Responses, '/calendarView', 200, 'res:Sync/calendar-empty.json', -1, 0);
        BookingsNotInvoiced.OpenView();

        // [WHEN] Sync Now is chosen
        BookingsNotInvoiced.SyncNow.Invoke();

        // [THEN] A run was logged as succeeded and Graph was asked for staff and calendar
        BKISyncTestLibrary.GetLastLog(BKISyncLog);
        LibraryAssert.AreEqual(BKISyncLog.Status::Succeeded, BKISyncLog.Status, 'Run status');
        BookingsNotInvoiced.Close();
        Responses.AssertEmpty();
    end;

    [ConfirmHandler]
    procedure ConfirmHandler(Question: Text[1024]; var Reply: Boolean)
    begin
        Reply := LibraryVariableStorage.DequeueBoolean();
    end;

    [MessageHandler]
    procedure MessageHandler(Message: Text[1024])
    begin
        LibraryVariableStorage.Enqueue(Message);
    end;

    [HttpClientHandler]
    procedure GraphHandler(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage): Boolean
    begin
        exit(BKISyncTestLibrary.AnswerScripted(Request, Response, Responses));
    end;
}

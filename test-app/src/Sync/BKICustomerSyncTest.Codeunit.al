namespace Seed.BookingsInvoicing.Test.Sync;

using Microsoft.Sales.Customer;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;
using System.TestLibraries.Utilities;

/// <summary>
/// Customer sync: e-mail matching ignores case and never creates a second BC customer; new Bookings customers come from
/// the default template; BC IS MASTER on conflicts (BC values are sent to Bookings, never overwritten from Bookings);
/// BC customers unknown to Bookings are created there; a failing customer is logged and the others continue.
/// </summary>
codeunit 70470242 "BKI Customer Sync Test"
{
    Subtype = Test;
    TestPermissions = Disabled;
    TestHttpRequestPolicy = BlockOutboundRequests;

    var
        BKISyncTestLibrary: Codeunit "BKI Sync Test Library";
        LibraryAssert: Codeunit "Library Assert";
        LibrarySales: Codeunit "Library - Sales";
        LibraryTemplates: Codeunit "Library - Templates";
        Responses: Codeunit "Library - Variable Storage";
        RequestBodies: Codeunit "Library - Variable Storage";
        AnnaEmailTok: Label 'anna.larsen@contoso.com', Locked = true;
        BenEmailTok: Label 'ben.ortiz@fabrikam.com', Locked = true;
        AnnaBookingsIdTok: Label '7ed53fa5-9ef2-4f2f-975b-27447440bc09', Locked = true;

    local procedure Initialize(WithTemplate: Boolean)
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        CustomerTempl: Record "Customer Templ.";
    begin
        Responses.Clear();
        RequestBodies.Clear();
        DeleteCannedCustomers();
        BKISyncTestLibrary.InitSetup(BKIBookingSyncSetup, 'UTC');
        BKIBookingSyncSetup."Sync Customers" := true;
        if WithTemplate then begin
            LibraryTemplates.CreateCustomerTemplateWithData(CustomerTempl);
            BKIBookingSyncSetup."Default Customer Templ." := CustomerTempl.Code;
        end;
        BKIBookingSyncSetup.Modify();
        // Throttled responses carry Retry-After: 0, so retries do not wait.
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure EmailDifferingOnlyInCaseLinksTheExistingCustomer()
    var
        Customer: Record Customer;
        BKIBookingCustomerLink: Record "BKI Booking Customer Link";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] A Bookings customer whose e-mail differs from a BC customer's only in case is linked, not created again.
        Initialize(true);
        // [GIVEN] BC customer with anna.larsen@contoso.com; Bookings has ANNA.LARSEN@Contoso.com
        CreateCustomer(Customer, 'Anna Larsen', AnnaEmailTok);
        LimitPushTo(Customer."No.");
        ExpectRequest('/customers', 200, 'Sync/customers.json');
        ExpectRequest('/customers/' + AnnaBookingsIdTok, 204, '');

        // [WHEN] Customers are synchronized
        BKIBookingsSync.SyncCustomers();

        // [THEN] There is still exactly one BC customer with that e-mail, linked to the Bookings customer
        LibraryAssert.AreEqual(1, CountCustomersWithEmail(AnnaEmailTok), 'Customers with Anna''s e-mail');
        BKIBookingCustomerLink.Get(BKISyncTestLibrary.BusinessId(), AnnaEmailTok);
        LibraryAssert.AreEqual(Customer."No.", BKIBookingCustomerLink."Customer No.", 'Linked customer');
        LibraryAssert.AreEqual(AnnaBookingsIdTok, BKIBookingCustomerLink."Bookings Customer ID", 'Bookings customer ID');
        Responses.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure NewBookingsCustomerIsCreatedFromTheTemplate()
    var
        Customer: Record Customer;
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] A Bookings customer without a BC match becomes a BC customer from the default template.
        Initialize(true);
        LimitPushTo('NONE');
        ExpectRequest('/customers', 200, 'Sync/customers.json');

        // [WHEN] Customers are synchronized
        BKIBookingsSync.SyncCustomers();

        // [THEN] Ben Ortiz exists once with name, e-mail, phone and the two street lines split into Address and Address 2
        LibraryAssert.AreEqual(1, CountCustomersWithEmail(BenEmailTok), 'Customers with Ben''s e-mail');
        FindCustomerByEmail(Customer, BenEmailTok);
        LibraryAssert.AreEqual('Ben Ortiz', Customer.Name, 'Name');
        LibraryAssert.AreEqual('+1 206 555 0142', Customer."Phone No.", 'Phone');
        LibraryAssert.AreEqual('12 Harbour Road', Customer.Address, 'Address');
        LibraryAssert.AreEqual('Unit 4', Customer."Address 2", 'Address 2');
        LibraryAssert.AreEqual('Seattle', Customer.City, 'City');
        // [THEN] Free-text countries that are not BC codes are left blank rather than guessed
        LibraryAssert.AreEqual('', Customer."Country/Region Code", 'Country/region');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure SecondRunCreatesNoSecondCustomer()
    var
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] Running the sync twice never creates a second BC customer for the same e-mail.
        Initialize(true);
        LimitPushTo('NONE');
        ExpectRequest('/customers', 200, 'Sync/customers.json');
        ExpectRequest('/customers', 200, 'Sync/customers.json');

        // [WHEN] Customers are synchronized twice
        BKIBookingsSync.SyncCustomers();
        BKIBookingsSync.SyncCustomers();

        // [THEN] Ben exists once
        LibraryAssert.AreEqual(1, CountCustomersWithEmail(BenEmailTok), 'Customers with Ben''s e-mail after two runs');
        Responses.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure BusinessCentralIsMasterOnConflicts()
    var
        Customer: Record Customer;
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
        PatchBody: Text;
    begin
        // [SCENARIO] Conflict rule: BC is master. Bookings' name and phone never overwrite BC; BC's values go to Bookings.
        Initialize(true);
        // [GIVEN] BC customer "Anna BC" with Anna's e-mail; Bookings calls her "Anna Larsen (Bookings)" with another phone
        CreateCustomer(Customer, 'Anna BC', AnnaEmailTok);
        Customer."Phone No." := '+1 425 555 0000';
        Customer.Modify(true);
        LimitPushTo(Customer."No.");
        ExpectRequest('/customers', 200, 'Sync/customers.json');
        ExpectRequest('/customers/' + AnnaBookingsIdTok, 204, '');

        // [WHEN] Customers are synchronized
        BKIBookingsSync.SyncCustomers();

        // [THEN] BC keeps its name and phone
        Customer.Get(Customer."No.");
        LibraryAssert.AreEqual('Anna BC', Customer.Name, 'BC name must win');
        LibraryAssert.AreEqual('+1 425 555 0000', Customer."Phone No.", 'BC phone must win');
        // [THEN] Bookings received a PATCH with the BC values
        PatchBody := RequestBodies.DequeueText();
        LibraryAssert.IsTrue(PatchBody.StartsWith('PATCH'), 'A PATCH was sent: ' + PatchBody);
        LibraryAssert.IsTrue(StrPos(PatchBody, 'Anna BC') > 0, 'The PATCH carries the BC name: ' + PatchBody);
        LibraryAssert.IsTrue(StrPos(PatchBody, '+1 425 555 0000') > 0, 'The PATCH carries the BC phone: ' + PatchBody);
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure BusinessCentralCustomerUnknownToBookingsIsCreatedThere()
    var
        Customer: Record Customer;
        BKIBookingCustomerLink: Record "BKI Booking Customer Link";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] A BC customer (in the customer filter) that Bookings does not know is created in Bookings and linked.
        Initialize(true);
        CreateCustomer(Customer, 'Created In Bookings', BKISyncTestLibrary.LowerCaseEmail());
        LimitPushTo(Customer."No.");
        ExpectRequest('/customers', 200, 'Sync/customers.json');
        ExpectRequest('/customers', 201, 'Sync/customer-created.json');

        // [WHEN] Customers are synchronized
        BKIBookingsSync.SyncCustomers();

        // [THEN] A POST was sent and the link holds the new Bookings ID
        LibraryAssert.IsTrue(RequestBodies.DequeueText().StartsWith('POST'), 'A POST was sent.');
        BKIBookingCustomerLink.Get(BKISyncTestLibrary.BusinessId(), CopyStr(Customer."E-Mail", 1, 80));
        LibraryAssert.AreEqual('b5d1e2f3-0000-4000-8000-0000000000aa', BKIBookingCustomerLink."Bookings Customer ID", 'Bookings ID');
        LibraryAssert.AreEqual(Customer."No.", BKIBookingCustomerLink."Customer No.", 'Customer No.');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure FailingCustomerIsLoggedAndTheOthersContinue()
    var
        Customer: Record Customer;
        BKISyncLog: Record "BKI Sync Log";
        BKISyncLogError: Record "BKI Sync Log Error";
        BKIBookingCustomerLink: Record "BKI Booking Customer Link";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] Without a default template a new Bookings customer cannot be created: that one is logged, the rest continue.
        Initialize(false);
        CreateCustomer(Customer, 'Anna Larsen', AnnaEmailTok);
        LimitPushTo('NONE');
        ExpectRequest('/customers', 200, 'Sync/customers.json');

        // [WHEN] Customers are synchronized
        BKIBookingsSync.SyncCustomers();

        // [THEN] Ben failed with an error row naming him; Anna was linked; the person without e-mail was skipped
        LibraryAssert.AreEqual(0, CountCustomersWithEmail(BenEmailTok), 'No customer for Ben');
        BKISyncTestLibrary.GetLastLog(BKISyncLog);
        LibraryAssert.AreEqual(1, BKISyncLog.Failed, 'Failed');
        LibraryAssert.AreEqual(1, BKISyncLog.Updated, 'Linked (updated)');
        LibraryAssert.AreEqual(1, BKISyncLog.Skipped, 'Skipped (no e-mail)');
        BKISyncLogError.SetRange("Log Entry No.", BKISyncLog."Entry No.");
        BKISyncLogError.FindFirst();
        LibraryAssert.AreEqual(BenEmailTok, BKISyncLogError."Record Key", 'Error row record');
        LibraryAssert.IsTrue(StrPos(BKISyncLogError."Error Message", 'Default Customer Template') > 0, 'The error says what to do: ' + BKISyncLogError."Error Message");
        LibraryAssert.IsTrue(BKIBookingCustomerLink.Get(BKISyncTestLibrary.BusinessId(), AnnaEmailTok), 'Anna is linked');
    end;

    local procedure CreateCustomer(var Customer: Record Customer; CustomerName: Text; EMail: Text)
    begin
        LibrarySales.CreateCustomer(Customer);
        Customer.Validate(Name, CopyStr(CustomerName, 1, MaxStrLen(Customer.Name)));
        Customer.Validate("E-Mail", CopyStr(EMail, 1, MaxStrLen(Customer."E-Mail")));
        // Only person customers are synchronized with Bookings (Bookings customers are people).
        Customer."Contact Type" := Customer."Contact Type"::Person;
        Customer.Modify(true);
    end;

    /// <summary>Sets the setup's customer filter so only the given customer is sent to Bookings.</summary>
    local procedure LimitPushTo(CustomerNo: Code[20])
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        Customer: Record Customer;
        OutStr: OutStream;
    begin
        Customer.SetRange("No.", CustomerNo);
        BKIBookingSyncSetup.Get();
        BKIBookingSyncSetup."Customer Filter".CreateOutStream(OutStr, TextEncoding::UTF8);
        OutStr.WriteText(Customer.GetView(false));
        BKIBookingSyncSetup.Modify();
    end;

    local procedure CountCustomersWithEmail(EMail: Text) Result: Integer
    var
        Customer: Record Customer;
    begin
        Customer.SetFilter("E-Mail", '<>%1', '');
        if Customer.FindSet() then
            repeat
                if Customer."E-Mail".ToLower() = EMail.ToLower() then
                    Result += 1;
            until Customer.Next() = 0;
    end;

    local procedure FindCustomerByEmail(var Customer: Record Customer; EMail: Text)
    begin
        Customer.SetFilter("E-Mail", '<>%1', '');
        Customer.FindSet();
        repeat
            if Customer."E-Mail".ToLower() = EMail.ToLower() then
                exit;
        until Customer.Next() = 0;
        LibraryAssert.Fail('No customer with e-mail ' + EMail);
    end;

    local procedure DeleteCannedCustomers()
    var
        Customer: Record Customer;
    begin
        Customer.SetFilter("E-Mail", '<>%1', '');
        if Customer.FindSet() then
            repeat
                if (Customer."E-Mail".ToLower() = AnnaEmailTok) or (Customer."E-Mail".ToLower() = BenEmailTok) then
                    Customer.Delete(true);
            until Customer.Next() = 0;
    end;

    local procedure ExpectRequest(PathFragment: Text; StatusCode: Integer; ResourcePath: Text)
    begin
        BKISyncTestLibrary.ExpectRequest(Responses, PathFragment, StatusCode, ResourcePath);
    end;

    [HttpClientHandler]
    procedure GraphHandler(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage): Boolean
    begin
        exit(BKISyncTestLibrary.AnswerRequest(Request, Response, Responses, RequestBodies));
    end;
}

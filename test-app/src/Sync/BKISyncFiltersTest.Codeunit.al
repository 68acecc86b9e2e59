namespace Seed.BookingsInvoicing.Test.Sync;

using Microsoft.CRM.Contact;
using Microsoft.Foundation.UOM;
using Microsoft.Inventory.Item;
using Microsoft.Sales.Customer;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;
using System.TestLibraries.Utilities;

/// <summary>
/// What the outbound sync sends to Bookings: only BC person customers with an e-mail within the customer filter, only service items within
/// the item filter (and none without a filter); and what new Bookings services become in BC: items of Type Service
/// from the default item template, with the template's unit of measure and the Bookings price.
/// </summary>
codeunit 70470253 "BKI Sync Filters Test"
{
    Subtype = Test;
    TestPermissions = Disabled;
    TestHttpRequestPolicy = BlockOutboundRequests;

    var
        BKISyncTestLibrary: Codeunit "BKI Sync Test Library";
        LibraryAssert: Codeunit "Library Assert";
        LibrarySales: Codeunit "Library - Sales";
        LibraryInventory: Codeunit "Library - Inventory";
        LibraryTemplates: Codeunit "Library - Templates";
        Any: Codeunit Any;
        Responses: Codeunit "Library - Variable Storage";
        RequestedUrls: List of [Text];
        PostBodies: List of [Text];
        EmptyListTok: Label '{"value":[]}', Locked = true;

    local procedure Initialize()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        Responses.Clear();
        Clear(RequestedUrls);
        Clear(PostBodies);
        BKISyncTestLibrary.InitSetup(BKIBookingSyncSetup, 'UTC');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure OnlyCustomersInTheFilterAreSentToBookings()
    var
        InFilter: Record Customer;
        OutsideFilter: Record Customer;
        BKIBookingCustomerLink: Record "BKI Booking Customer Link";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
        NewBookingsId: Text;
    begin
        // [SCENARIO] Of two BC customers unknown to Bookings, only the one within the customer filter is created there.
        Initialize();
        EnableCustomerSync();
        // [GIVEN] Customer A within the filter (its number) and customer B outside it, both with an e-mail
        CreateCustomerWithEmail(InFilter);
        CreateCustomerWithEmail(OutsideFilter);
        SetCustomerFilter(InFilter."No.");
        // [GIVEN] Bookings has no customers yet and answers the one POST with a new ID
        NewBookingsId := Format(Any.GuidValue(), 0, 4).ToLower();
        Expect('/customers', 200, EmptyListTok);
        Expect('/customers', 201, '{"id":"' + NewBookingsId + '","displayName":"A"}');

        // [WHEN] Customers are synchronized
        BKIBookingsSync.SyncCustomers();

        // [THEN] One POST, carrying A's e-mail; A is linked to the new Bookings customer, B is not linked at all
        LibraryAssert.AreEqual(1, PostBodies.Count(), 'POST requests');
        LibraryAssert.IsTrue(StrPos(PostBodies.Get(1), InFilter."E-Mail") > 0, 'The POST is for the customer in the filter: ' + PostBodies.Get(1));
        BKIBookingCustomerLink.Get(BKISyncTestLibrary.BusinessId(), CopyStr(InFilter."E-Mail".ToLower(), 1, 80));
        LibraryAssert.AreEqual(NewBookingsId, BKIBookingCustomerLink."Bookings Customer ID", 'Bookings ID of A');
        LibraryAssert.IsFalse(BKIBookingCustomerLink.Get(BKISyncTestLibrary.BusinessId(), CopyStr(OutsideFilter."E-Mail".ToLower(), 1, 80)), 'B must not be sent to Bookings.');
        Responses.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure CompanyCustomersAreNotSentToBookings()
    var
        CompanyCustomer: Record Customer;
        BKIBookingCustomerLink: Record "BKI Booking Customer Link";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] Only customers that are persons with an e-mail are synchronized; a company customer is not sent to Bookings.
        Initialize();
        EnableCustomerSync();
        // [GIVEN] A company customer with an e-mail, within the customer filter
        CreateCustomerWithEmail(CompanyCustomer, CompanyCustomer."Contact Type"::Company);
        SetCustomerFilter(CompanyCustomer."No.");
        Expect('/customers', 200, EmptyListTok);

        // [WHEN] Customers are synchronized
        BKIBookingsSync.SyncCustomers();

        // [THEN] Only the customer list was read; nothing was posted and the company is not linked
        LibraryAssert.AreEqual(1, RequestedUrls.Count(), 'Requests made');
        LibraryAssert.AreEqual(0, PostBodies.Count(), 'POST requests');
        LibraryAssert.IsFalse(BKIBookingCustomerLink.Get(BKISyncTestLibrary.BusinessId(), CopyStr(CompanyCustomer."E-Mail".ToLower(), 1, 80)), 'The company must not be sent to Bookings.');
        Responses.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure BookingsCustomerBecomesAPersonCustomer()
    var
        Customer: Record Customer;
        BKIBookingCustomerLink: Record "BKI Booking Customer Link";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
        EMail: Text;
    begin
        // [SCENARIO] A Bookings customer (a person) becomes a BC customer of contact type Person, whatever the template says.
        Initialize();
        EnableCustomerSync();
        SetCustomerFilter('NONE');
        EMail := BKISyncTestLibrary.LowerCaseEmail();
        Expect('/customers', 200, '{"value":[{"id":"' + Format(Any.GuidValue(), 0, 4).ToLower() + '","displayName":"Pia Person","emailAddress":"' + EMail + '"}]}');

        // [WHEN] Customers are synchronized
        BKIBookingsSync.SyncCustomers();

        // [THEN] The new customer is a person, so its later changes in BC are sent back to Bookings
        BKIBookingCustomerLink.Get(BKISyncTestLibrary.BusinessId(), CopyStr(EMail, 1, 80));
        Customer.Get(BKIBookingCustomerLink."Customer No.");
        LibraryAssert.AreEqual(Customer."Contact Type"::Person, Customer."Contact Type", 'Contact type');
        LibraryAssert.AreEqual('Pia Person', Customer.Name, 'Name');
        Responses.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure OnlyServiceItemsInTheItemFilterAreSentToBookings()
    var
        InFilter: Record Item;
        OutsideFilter: Record Item;
        BKIBookingServiceMapping: Record "BKI Booking Service Mapping";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
        NewServiceId: Text;
    begin
        // [SCENARIO] An unmapped service item within the item filter is created in Bookings with its name and price and mapped.
        Initialize();
        EnableServiceSync('');
        // [GIVEN] Service item X (in the filter, 42.5) and service item Y (outside it)
        CreateServiceItem(InFilter, 42.5);
        CreateServiceItem(OutsideFilter, 10);
        SetItemFilter(InFilter."No.");
        // [GIVEN] Bookings has no services and answers the one POST with a new service ID
        NewServiceId := Format(Any.GuidValue(), 0, 4).ToLower();
        Expect('/services', 200, EmptyListTok);
        Expect('/services', 201, '{"id":"' + NewServiceId + '","displayName":"X"}');

        // [WHEN] Services are synchronized
        BKIBookingsSync.SyncServices();

        // [THEN] One POST with X's description and price; X is mapped to the new service; Y is not mapped
        LibraryAssert.AreEqual(1, PostBodies.Count(), 'POST requests');
        LibraryAssert.IsTrue(StrPos(PostBodies.Get(1), InFilter.Description) > 0, 'The POST carries the item description: ' + PostBodies.Get(1));
        LibraryAssert.IsTrue(StrPos(PostBodies.Get(1), '42.5') > 0, 'The POST carries the unit price: ' + PostBodies.Get(1));
        BKIBookingServiceMapping.Get(BKISyncTestLibrary.BusinessId(), CopyStr(NewServiceId, 1, 100));
        LibraryAssert.AreEqual(InFilter."No.", BKIBookingServiceMapping."Item No.", 'Mapped item');
        BKIBookingServiceMapping.Reset();
        BKIBookingServiceMapping.SetRange("Item No.", OutsideFilter."No.");
        LibraryAssert.RecordIsEmpty(BKIBookingServiceMapping);
        Responses.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure WithoutItemFilterNoItemIsSentToBookings()
    var
        Item: Record Item;
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] Without an item filter, BC service items are never published to Bookings.
        Initialize();
        EnableServiceSync('');
        CreateServiceItem(Item, 10);
        Expect('/services', 200, EmptyListTok);

        // [WHEN] Services are synchronized
        BKIBookingsSync.SyncServices();

        // [THEN] Only the service list was read
        LibraryAssert.AreEqual(1, RequestedUrls.Count(), 'Requests made');
        LibraryAssert.AreEqual(0, PostBodies.Count(), 'POST requests');
        Responses.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure NewServiceItemGetsTheTemplateUnitOfMeasureAndPrice()
    var
        Item: Record Item;
        UnitOfMeasure: Record "Unit of Measure";
        BKIBookingServiceMapping: Record "BKI Booking Service Mapping";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
        ServiceId: Text;
    begin
        // [SCENARIO] A new Bookings service becomes a service item from the default template, with its unit of measure and the price.
        Initialize();
        // [GIVEN] An item template for services with a base unit of measure of its own
        LibraryInventory.CreateUnitOfMeasureCode(UnitOfMeasure);
        EnableServiceSync(UnitOfMeasure.Code);
        // [GIVEN] Bookings has one unmapped service "Massage" at 65
        ServiceId := Format(Any.GuidValue(), 0, 4).ToLower();
        Expect('/services', 200, '{"value":[{"id":"' + ServiceId + '","displayName":"Massage","defaultPrice":65,"defaultPriceType":"fixedPrice","defaultDuration":"PT1H"}]}');

        // [WHEN] Services are synchronized
        BKIBookingsSync.SyncServices();

        // [THEN] The mapped item is a service item named Massage, sold in the template's unit at 65
        BKIBookingServiceMapping.Get(BKISyncTestLibrary.BusinessId(), CopyStr(ServiceId, 1, 100));
        Item.Get(BKIBookingServiceMapping."Item No.");
        LibraryAssert.AreEqual(Item.Type::Service, Item.Type, 'Item type');
        LibraryAssert.AreEqual('Massage', Item.Description, 'Description');
        LibraryAssert.AreEqual(UnitOfMeasure.Code, Item."Base Unit of Measure", 'Base unit of measure from the template');
        LibraryAssert.AreEqual(65, Item."Unit Price", 'Unit price');
        Responses.AssertEmpty();
    end;

    local procedure EnableCustomerSync()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        CustomerTempl: Record "Customer Templ.";
    begin
        LibraryTemplates.CreateCustomerTemplateWithData(CustomerTempl);
        BKIBookingSyncSetup.Get();
        BKIBookingSyncSetup."Sync Customers" := true;
        BKIBookingSyncSetup."Default Customer Templ." := CustomerTempl.Code;
        BKIBookingSyncSetup.Modify();
    end;

    local procedure EnableServiceSync(BaseUnitOfMeasure: Code[10])
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ItemTempl: Record "Item Templ.";
    begin
        LibraryTemplates.CreateItemTemplateWithData(ItemTempl);
        ItemTempl.Type := ItemTempl.Type::Service;
        if BaseUnitOfMeasure <> '' then
            ItemTempl."Base Unit of Measure" := BaseUnitOfMeasure;
        ItemTempl.Modify();
        BKIBookingSyncSetup.Get();
        BKIBookingSyncSetup."Sync Services" := true;
        BKIBookingSyncSetup."Default Item Templ." := ItemTempl.Code;
        BKIBookingSyncSetup.Modify();
    end;

    local procedure CreateCustomerWithEmail(var Customer: Record Customer)
    begin
        CreateCustomerWithEmail(Customer, Customer."Contact Type"::Person);
    end;

    local procedure CreateCustomerWithEmail(var Customer: Record Customer; ContactType: Enum "Contact Type")
    begin
        LibrarySales.CreateCustomer(Customer);
        Customer.Validate("E-Mail", CopyStr(BKISyncTestLibrary.LowerCaseEmail(), 1, MaxStrLen(Customer."E-Mail")));
        Customer."Contact Type" := ContactType;
        Customer.Modify(true);
    end;

    local procedure CreateServiceItem(var Item: Record Item; UnitPrice: Decimal)
    begin
        LibraryInventory.CreateServiceTypeItem(Item);
        Item.Validate(Description, CopyStr('Service ' + Any.AlphanumericText(10), 1, MaxStrLen(Item.Description)));
        Item.Validate("Unit Price", UnitPrice);
        Item.Modify(true);
    end;

    local procedure SetCustomerFilter(CustomerNo: Code[20])
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

    local procedure SetItemFilter(ItemNo: Code[20])
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        Item: Record Item;
        OutStr: OutStream;
    begin
        Item.SetRange("No.", ItemNo);
        BKIBookingSyncSetup.Get();
        BKIBookingSyncSetup."Item Filter".CreateOutStream(OutStr, TextEncoding::UTF8);
        OutStr.WriteText(Item.GetView(false));
        BKIBookingSyncSetup.Modify();
    end;

    local procedure Expect(PathFragment: Text; StatusCode: Integer; Body: Text)
    begin
        BKISyncTestLibrary.ExpectScripted(Responses, PathFragment, StatusCode, Body, -1, 0);
    end;

    [HttpClientHandler]
    procedure GraphHandler(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage): Boolean
    var
        Body: Text;
    begin
        RequestedUrls.Add(Request.Path);
        if Request.RequestType = HttpRequestType::POST then
            if Request.Content.ReadAs(Body) then
                PostBodies.Add(Body)
            else
                PostBodies.Add('');
        exit(BKISyncTestLibrary.AnswerScripted(Request, Response, Responses));
    end;
}

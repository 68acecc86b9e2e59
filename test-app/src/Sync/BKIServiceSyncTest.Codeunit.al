namespace Seed.BookingsInvoicing.Test.Sync;

using Microsoft.Inventory.Item;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;
using System.TestLibraries.Utilities;

/// <summary>
/// Service sync: a new Bookings service becomes a service item from the default item template with a mapping; BC is
/// master for name and price (a mapped service that differs is corrected in Bookings; the item is not changed).
/// </summary>
codeunit 70470243 "BKI Service Sync Test"
{
    Subtype = Test;
    TestPermissions = Disabled;
    TestHttpRequestPolicy = BlockOutboundRequests;

    var
        BKISyncTestLibrary: Codeunit "BKI Sync Test Library";
        LibraryAssert: Codeunit "Library Assert";
        LibraryTemplates: Codeunit "Library - Templates";
        LibraryInventory: Codeunit "Library - Inventory";
        Responses: Codeunit "Library - Variable Storage";
        RequestBodies: Codeunit "Library - Variable Storage";
        ServiceIdTok: Label '57da6774-a087-4d69-b0e6-6fb82c339976', Locked = true;

    local procedure Initialize()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        ItemTempl: Record "Item Templ.";
    begin
        Responses.Clear();
        RequestBodies.Clear();
        BKISyncTestLibrary.InitSetup(BKIBookingSyncSetup, 'UTC');
        LibraryTemplates.CreateItemTemplateWithData(ItemTempl);
        ItemTempl.Type := ItemTempl.Type::Service;
        ItemTempl.Modify();
        BKIBookingSyncSetup."Sync Services" := true;
        BKIBookingSyncSetup."Default Item Templ." := ItemTempl.Code;
        BKIBookingSyncSetup.Modify();
        // Throttled responses carry Retry-After: 0, so retries do not wait.
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure NewServiceCreatesAServiceItemAndMapping()
    var
        Item: Record Item;
        BKIBookingServiceMapping: Record "BKI Booking Service Mapping";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] An unmapped Bookings service creates a service item from the template, with its name and price.
        Initialize();
        ExpectRequest('/services', 200, 'Sync/services.json');

        // [WHEN] Services are synchronized
        BKIBookingsSync.SyncServices();

        // [THEN] The mapping points to a new item of Type Service named like the service with its price
        BKIBookingServiceMapping.Get(BKISyncTestLibrary.BusinessId(), ServiceIdTok);
        Item.Get(BKIBookingServiceMapping."Item No.");
        LibraryAssert.AreEqual(Item.Type::Service, Item.Type, 'Item type');
        LibraryAssert.AreEqual('Bento box lunch', Item.Description, 'Description');
        LibraryAssert.AreEqual(10, Item."Unit Price", 'Unit price');
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure MappedServiceGetsTheBusinessCentralNameAndPrice()
    var
        Item: Record Item;
        BKIBookingServiceMapping: Record "BKI Booking Service Mapping";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
        PatchBody: Text;
    begin
        // [SCENARIO] BC is master for name and price: a mapped service that differs is corrected in Bookings.
        Initialize();
        // [GIVEN] The service is mapped to an item "Bento BC" at 12.5 (Bookings says "Bento box lunch" at 10)
        LibraryInventory.CreateServiceTypeItem(Item);
        Item.Validate(Description, 'Bento BC');
        Item.Validate("Unit Price", 12.5);
        Item.Modify(true);
        BKIBookingServiceMapping.Init();
        BKIBookingServiceMapping."Business ID" := BKISyncTestLibrary.BusinessId();
        BKIBookingServiceMapping."Service ID" := ServiceIdTok;
        BKIBookingServiceMapping."Item No." := Item."No.";
        BKIBookingServiceMapping.Insert();
        ExpectRequest('/services', 200, 'Sync/services.json');
        ExpectRequest('/services/' + ServiceIdTok, 204, '');

        // [WHEN] Services are synchronized
        BKIBookingsSync.SyncServices();

        // [THEN] The item is unchanged and Bookings got a PATCH with the BC name and price
        Item.Get(Item."No.");
        LibraryAssert.AreEqual('Bento BC', Item.Description, 'Item description must not change');
        LibraryAssert.AreEqual(12.5, Item."Unit Price", 'Item price must not change');
        PatchBody := RequestBodies.DequeueText();
        LibraryAssert.IsTrue(StrPos(PatchBody, 'Bento BC') > 0, 'PATCH name: ' + PatchBody);
        LibraryAssert.IsTrue(StrPos(PatchBody, '12.5') > 0, 'PATCH price: ' + PatchBody);
        Responses.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure SecondRunCreatesNoSecondItem()
    var
        BKIBookingServiceMapping: Record "BKI Booking Service Mapping";
        BKISyncLog: Record "BKI Sync Log";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] A service already mapped with equal name and price is left alone (no item, no PATCH).
        Initialize();
        ExpectRequest('/services', 200, 'Sync/services.json');
        ExpectRequest('/services', 200, 'Sync/services.json');

        // [WHEN] Services are synchronized twice
        BKIBookingsSync.SyncServices();
        BKIBookingsSync.SyncServices();

        // [THEN] One mapping, and the second run skipped the service
        BKIBookingServiceMapping.SetRange("Business ID", BKISyncTestLibrary.BusinessId());
        LibraryAssert.RecordCount(BKIBookingServiceMapping, 1);
        BKISyncTestLibrary.GetLastLog(BKISyncLog);
        LibraryAssert.AreEqual(1, BKISyncLog.Skipped, 'Skipped on the second run');
        Responses.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('ScriptedGraphHandler')]
    procedure ServiceWithoutTextNameIsAnErrorRowAndCreatesNoItem()
    var
        BKIBookingServiceMapping: Record "BKI Booking Service Mapping";
        BKISyncLogError: Record "BKI Sync Log Error";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
        ItemCountBefore: Integer;
        Item: Record Item;
    begin
        // [SCENARIO] A new Bookings service whose displayName is not text is logged; no nameless item is created.
        Initialize();
        ItemCountBefore := Item.Count();
        // [GIVEN] Bookings lists one unmapped service with an array as its displayName
        BKISyncTestLibrary.ExpectScripted(Responses, '/services', 200, '{"value":[{"id":"svc-no-name","displayName":[{"unexpected":1}],"defaultPrice":5}]}', 0, 0);

        // [WHEN] Services are synchronized
        BKIBookingsSync.SyncServices();

        // [THEN] No mapping and no item were created, and the service is on an error row naming the missing value
        LibraryAssert.IsFalse(BKIBookingServiceMapping.Get(BKISyncTestLibrary.BusinessId(), 'svc-no-name'), 'Mapping created for a service without a name');
        LibraryAssert.AreEqual(ItemCountBefore, Item.Count(), 'Item created for a service without a name');
        BKISyncLogError.SetRange(Entity, BKISyncLogError.Entity::Service);
        LibraryAssert.IsTrue(BKISyncLogError.FindFirst(), 'No error row for the service');
        LibraryAssert.IsTrue(StrPos(BKISyncLogError."Error Message", 'displayName') > 0, 'Error text: ' + BKISyncLogError."Error Message");
        Responses.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('ScriptedGraphHandler')]
    procedure MappedItemWithoutDescriptionNeverBlanksTheBookingsName()
    var
        Item: Record Item;
        BKISyncLog: Record "BKI Sync Log";
        BKIBookingServiceMapping: Record "BKI Booking Service Mapping";
        BKIBookingsSync: Codeunit "BKI Bookings Sync";
    begin
        // [SCENARIO] BC is master for the name, but an item without a description is not sent to Bookings.
        Initialize();
        // [GIVEN] The service is mapped to an item whose description is empty
        LibraryInventory.CreateServiceTypeItem(Item);
        Item.Validate(Description, '');
        Item.Modify(true);
        BKIBookingServiceMapping.Init();
        BKIBookingServiceMapping."Business ID" := BKISyncTestLibrary.BusinessId();
        BKIBookingServiceMapping."Service ID" := 'svc-named';
        BKIBookingServiceMapping."Item No." := Item."No.";
        BKIBookingServiceMapping.Insert();
        // [GIVEN] Bookings lists the service with its name (only the list is answered: a PATCH would find no answer)
        BKISyncTestLibrary.ExpectScripted(Responses, '/services', 200, '{"value":[{"id":"svc-named","displayName":"Massage","defaultPrice":40}]}', 0, 0);

        // [WHEN] Services are synchronized
        BKIBookingsSync.SyncServices();

        // [THEN] Nothing was sent to Bookings (a PATCH would have found no answer and failed) and the item is unchanged
        Responses.AssertEmpty();
        BKISyncTestLibrary.GetLastLog(BKISyncLog);
        LibraryAssert.AreEqual(0, BKISyncLog.Failed, 'Failed services (a PATCH was sent)');
        LibraryAssert.AreEqual(0, BKISyncLog.Updated, 'Updated services');
        Item.Get(Item."No.");
        LibraryAssert.AreEqual('', Item.Description, 'Item description');
    end;

    local procedure ExpectRequest(PathFragment: Text; StatusCode: Integer; ResourcePath: Text)
    begin
        BKISyncTestLibrary.ExpectRequest(Responses, PathFragment, StatusCode, ResourcePath);
    end;

    [HttpClientHandler]
    procedure ScriptedGraphHandler(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage): Boolean
    begin
        exit(BKISyncTestLibrary.AnswerScripted(Request, Response, Responses));
    end;

    [HttpClientHandler]
    procedure GraphHandler(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage): Boolean
    begin
        exit(BKISyncTestLibrary.AnswerRequest(Request, Response, Responses, RequestBodies));
    end;
}

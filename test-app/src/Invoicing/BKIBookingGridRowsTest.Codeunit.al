namespace Seed.BookingsInvoicing.Test.Invoicing;

using Microsoft.Inventory.Item;
using Microsoft.Sales.Customer;
using Seed.BookingsInvoicing.Invoicing;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;
using Seed.BookingsInvoicing.Test.Sync;
using System.TestLibraries.Utilities;

/// <summary>
/// The JSON the selection grid receives: the row contract (business-local date and time, status), chunks, ID lists
/// and captions from labels.
/// </summary>
codeunit 70470248 "BKI Booking Grid Rows Test"
{
    Subtype = Test;
    TestPermissions = Disabled;

    var
        BKISyncTestLibrary: Codeunit "BKI Sync Test Library";
        BKIInvoicingTestLibrary: Codeunit "BKI Invoicing Test Library";
        BKIBookingGridRows: Codeunit "BKI Booking Grid Rows";
        LibraryAssert: Codeunit "Library Assert";

    local procedure Initialize(TimeZoneId: Text)
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        BKISyncTestLibrary.InitSetup(BKIBookingSyncSetup, TimeZoneId);
    end;

    [Test]
    procedure RowHasEveryContractFieldInBusinessLocalTime()
    var
        Customer: Record Customer;
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        Row: JsonObject;
        Token: JsonToken;
    begin
        // [SCENARIO] A row carries id, date (YYYY-MM-DD) and time (HH:mm) in business-local time, and the other fields.
        Initialize('Pacific Standard Time');
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        BKISyncTestLibrary.CreateAppointment(BKIBookingAppointment, BKISyncTestLibrary.Utc(2025, 1, 16, 073000T), 90, Enum::"BKI Booking Price Type"::hourly, 100,
            BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 100));
        BKISyncTestLibrary.AddCustomer(BKIBookingAppointment, 'Anna Larsen', Customer."E-Mail");

        // [WHEN] The row is built
        Row := BKIBookingGridRows.BuildRow(BKIBookingAppointment);

        // [THEN] The fields hold the contract values
        LibraryAssert.AreEqual(Format(BKIBookingAppointment.SystemId, 0, 4).ToLower(), TextOf(Row, 'id'), 'id');
        LibraryAssert.AreEqual('2025-01-15', TextOf(Row, 'date'), 'date (local, not the UTC 16th)');
        LibraryAssert.AreEqual('23:30', TextOf(Row, 'time'), 'time');
        LibraryAssert.AreEqual('Anna Larsen', TextOf(Row, 'customerName'), 'customerName');
        LibraryAssert.AreEqual(Customer."E-Mail", TextOf(Row, 'customerEmail'), 'customerEmail');
        LibraryAssert.AreEqual('Consultation', TextOf(Row, 'serviceName'), 'serviceName');
        LibraryAssert.AreEqual('Dana Staff', TextOf(Row, 'staff'), 'staff');
        Row.Get('durationMinutes', Token);
        LibraryAssert.AreEqual(90, Token.AsValue().AsInteger(), 'durationMinutes');
        Row.Get('amount', Token);
        LibraryAssert.AreEqual(150, Token.AsValue().AsDecimal(), 'amount (1.5 h × 100)');
        LibraryAssert.AreEqual('', TextOf(Row, 'status'), 'status of a ready row');
        LibraryAssert.IsTrue(Row.Contains('price') and Row.Contains('priceType') and Row.Contains('currency'), 'price, priceType, currency');
    end;

    [Test]
    procedure RowStatusShowsWhatNeedsAttention()
    var
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        Row: JsonObject;
    begin
        // [SCENARIO] An appointment whose e-mail matches no customer shows "No customer match".
        Initialize('UTC');
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Nobody', BKISyncTestLibrary.LowerCaseEmail());
        Row := BKIBookingGridRows.BuildRow(BKIBookingAppointment);
        LibraryAssert.AreEqual('No customer match', TextOf(Row, 'status'), 'status');
    end;

    [Test]
    procedure RowsAreSentInChunks()
    var
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        Rows: JsonArray;
        Chunks: List of [Text];
        ServiceId: Text[100];
        Index: Integer;
    begin
        // [SCENARIO] Five rows in chunks of two give three chunks of 2, 2 and 1 rows (the page uses chunks of 2,000).
        Initialize('UTC');
        ServiceId := BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80);
        for Index := 1 to 5 do
            BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, ServiceId, 'Anna', BKISyncTestLibrary.LowerCaseEmail());
        LibraryAssert.AreEqual(2000, BKIBookingGridRows.DefaultChunkSize(), 'Default chunk size');

        BKIBookingAppointment.Reset();
        BKIBookingAppointment.SetRange("Business ID", BKISyncTestLibrary.BusinessId());
        BKIBookingGridRows.BuildChunks(BKIBookingAppointment, 2, Chunks);

        LibraryAssert.AreEqual(3, Chunks.Count(), 'Chunks');
        Rows.ReadFrom(Chunks.Get(1));
        LibraryAssert.AreEqual(2, Rows.Count(), 'Rows in chunk 1');
        Rows.ReadFrom(Chunks.Get(3));
        LibraryAssert.AreEqual(1, Rows.Count(), 'Rows in chunk 3');
    end;

    [Test]
    procedure SelectionIdsRoundTrip()
    var
        Item: Record Item;
        BKIBookingAppointment: Record "BKI Booking Appointment";
        Found: Record "BKI Booking Appointment";
        Ids: List of [Text];
        ParsedIds: List of [Text];
    begin
        // [SCENARIO] The IDs the grid reports identify the appointments; malformed input gives an empty selection.
        Initialize('UTC');
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Anna', BKISyncTestLibrary.LowerCaseEmail());
        Ids.Add(BKIBookingGridRows.RowId(BKIBookingAppointment));

        BKIBookingGridRows.ParseIdsJson(BKIBookingGridRows.BuildIdsJson(Ids), ParsedIds);

        LibraryAssert.AreEqual(1, ParsedIds.Count(), 'Parsed IDs');
        LibraryAssert.IsTrue(BKIBookingGridRows.FindByRowId(ParsedIds.Get(1), Found), 'Found by row ID');
        LibraryAssert.AreEqual(BKIBookingAppointment."Appointment ID", Found."Appointment ID", 'Same appointment');
        BKIBookingGridRows.ParseIdsJson('[not json', ParsedIds);
        LibraryAssert.AreEqual(0, ParsedIds.Count(), 'Malformed selection');
    end;

    [Test]
    procedure CaptionsComeFromLabels()
    var
        Captions: JsonObject;
    begin
        // [SCENARIO] The captions JSON has the grid's keys (texts from AL labels).
        Captions.ReadFrom(BKIBookingGridRows.BuildCaptionsJson());
        LibraryAssert.AreEqual('Bookings not invoiced', TextOf(Captions, 'gridAriaLabel'), 'gridAriaLabel');
        LibraryAssert.AreEqual('Create invoices', TextOf(Captions, 'createInvoices'), 'createInvoices');
        LibraryAssert.IsTrue(Captions.Contains('selectedSummary'), 'selectedSummary');
    end;

    local procedure TextOf(JObject: JsonObject; PropertyName: Text): Text
    var
        Token: JsonToken;
    begin
        LibraryAssert.IsTrue(JObject.Get(PropertyName, Token), 'Missing property ' + PropertyName);
        exit(Token.AsValue().AsText());
    end;
}

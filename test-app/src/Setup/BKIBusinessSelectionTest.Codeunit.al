namespace Seed.BookingsInvoicing.Test.Setup;

using Seed.BookingsInvoicing.Setup;
using System.TestLibraries.Utilities;

/// <summary>
/// Business selection: the list from Graph with name, e-mail, time zone and currency; the choice stored in the setup;
/// a failing detail kept on its row; an empty tenant explained.
/// </summary>
codeunit 70470213 "BKI Business Selection Test"
{
    Subtype = Test;
    TestPermissions = Disabled;
    TestHttpRequestPolicy = BlockOutboundRequests;

    var
        LibraryAssert: Codeunit "Library Assert";
        LibraryVariableStorage: Codeunit "Library - Variable Storage";
        BKISetupTestLibrary: Codeunit "BKI Setup Test Library";
        BKISetupTestSubscribers: Codeunit "BKI Setup Test Subscribers";
        IsInitialized: Boolean;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure LoadBusinessesReadsListAndDetails()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        TempBookingBusiness: Record "BKI Booking Business" temporary;
        BKIBusinessSelection: Codeunit "BKI Business Selection";
        ClientSecret: Text;
    begin
        // [SCENARIO] The business list shows name, e-mail, time zone and currency of each business.
        Initialize();
        // [GIVEN] Graph lists two businesses and returns their details
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        LibraryVariableStorage.Enqueue('businesses');
        LibraryVariableStorage.Enqueue('business-contoso');
        LibraryVariableStorage.Enqueue('business-fabrikam');

        // [WHEN] The businesses are loaded
        BKIBusinessSelection.LoadBusinesses(TempBookingBusiness, 25);

        // [THEN] Both rows, with details; currency in upper case; time zone from bookingPageSettings
        LibraryAssert.AreEqual(2, TempBookingBusiness.Count(), 'Businesses');
        TempBookingBusiness.Get(BKISetupTestLibrary.ContosoBusinessId());
        LibraryAssert.AreEqual('Contoso Lunch Delivery', TempBookingBusiness."Display Name", 'Name');
        LibraryAssert.AreEqual('Contosolunchdelivery@contoso.com', TempBookingBusiness."E-Mail", 'E-mail');
        LibraryAssert.AreEqual('Pacific Standard Time', TempBookingBusiness."Time Zone", 'Time zone');
        LibraryAssert.AreEqual('USD', TempBookingBusiness."Currency Code", 'Currency');
        TempBookingBusiness.Get(BKISetupTestLibrary.FabrikamBusinessId());
        LibraryAssert.AreEqual('EUR', TempBookingBusiness."Currency Code", 'Currency is upper-cased');
        LibraryAssert.AreEqual('W. Europe Standard Time', TempBookingBusiness."Time Zone", 'Time zone');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure FailingDetailIsKeptOnItsRow()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        TempBookingBusiness: Record "BKI Booking Business" temporary;
        BKIBusinessSelection: Codeunit "BKI Business Selection";
        ClientSecret: Text;
    begin
        // [SCENARIO] One business whose details cannot be read does not hide the others.
        Initialize();
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        LibraryVariableStorage.Enqueue('businesses');
        LibraryVariableStorage.Enqueue('business-contoso');
        LibraryVariableStorage.Enqueue('404');

        BKIBusinessSelection.LoadBusinesses(TempBookingBusiness, 25);

        LibraryAssert.AreEqual(2, TempBookingBusiness.Count(), 'Both businesses listed');
        TempBookingBusiness.Get(BKISetupTestLibrary.ContosoBusinessId());
        LibraryAssert.IsTrue(TempBookingBusiness."Details Loaded", 'First business has details');
        TempBookingBusiness.Get(BKISetupTestLibrary.FabrikamBusinessId());
        LibraryAssert.IsFalse(TempBookingBusiness."Details Loaded", 'Second business has no details');
        LibraryAssert.AreNotEqual('', TempBookingBusiness."Details Error", 'The error is kept on the row');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure NoBusinessesIsExplained()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        TempBookingBusiness: Record "BKI Booking Business" temporary;
        BKIBusinessSelection: Codeunit "BKI Business Selection";
        ClientSecret: Text;
    begin
        // [SCENARIO] No business visible: the error says what to check.
        Initialize();
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        LibraryVariableStorage.Enqueue('businesses-empty');

        asserterror BKIBusinessSelection.LoadBusinesses(TempBookingBusiness, 25);

        LibraryAssert.ExpectedError('shared Bookings calendar');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler')]
    procedure ListWithoutValueArrayIsMalformedNotEmpty()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        TempBookingBusiness: Record "BKI Booking Business" temporary;
        BKIBusinessSelection: Codeunit "BKI Business Selection";
        ClientSecret: Text;
    begin
        // [SCENARIO] A 2xx answer without a "value" array is a malformed response, not "no businesses".
        Initialize();
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        LibraryVariableStorage.Enqueue('businesses-no-value');

        asserterror BKIBusinessSelection.LoadBusinesses(TempBookingBusiness, 25);

        LibraryAssert.ExpectedError('without a "value" array');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler,BusinessesModalHandler')]
    procedure SelectBusinessStoresTheChoiceInTheSetup()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIBookingSyncSetupPage: TestPage "BKI Booking Sync Setup";
        ClientSecret: Text;
    begin
        // [SCENARIO] Select Business on the setup card opens the list; the chosen business lands in the setup.
        Initialize();
        // [GIVEN] A connected setup without business, and Graph answers for list and details
        BKISetupTestLibrary.CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        LibraryVariableStorage.Enqueue('businesses');
        LibraryVariableStorage.Enqueue('business-contoso');
        LibraryVariableStorage.Enqueue('business-fabrikam');
        // [GIVEN] The user picks Fabrikam in the list
        LibraryVariableStorage.Enqueue(BKISetupTestLibrary.FabrikamBusinessId());

        // [WHEN] Select Business is invoked
        BKIBookingSyncSetupPage.OpenEdit();
        BKIBookingSyncSetupPage.SelectBusinessAction.Invoke();
        BKIBookingSyncSetupPage.Close();

        // [THEN] The setup holds the business with its details
        BKIBookingSyncSetup.Get();
        LibraryAssert.AreEqual(BKISetupTestLibrary.FabrikamBusinessId(), BKIBookingSyncSetup."Business ID", 'Business ID');
        LibraryAssert.AreEqual('Fabrikam Fitness', BKIBookingSyncSetup."Business Display Name", 'Name');
        LibraryAssert.AreEqual('W. Europe Standard Time', BKIBookingSyncSetup."Business Time Zone", 'Time zone');
        LibraryAssert.AreEqual('EUR', BKIBookingSyncSetup."Business Currency Code", 'Currency');
        LibraryAssert.AreEqual('Fabrikamfitness@contoso.com', BKIBookingSyncSetup."Business E-Mail", 'E-mail');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('GraphHandler,ConfirmYesHandler')]
    procedure ApplyBusinessLoadsMissingDetailsAndClearsStamps()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        TempBookingBusiness: Record "BKI Booking Business" temporary;
        BKIBusinessSelection: Codeunit "BKI Business Selection";
    begin
        // [SCENARIO] Choosing another business reads its details when the list had none and resets the sync stamps.
        Initialize();
        // [GIVEN] A setup that already synchronized with another business (the user confirms the change)
        BKISetupTestLibrary.CreateSetupWithBusiness(BKIBookingSyncSetup, BKISetupTestLibrary.FabrikamBusinessId());
        BKIBookingSyncSetup."Last Customer Sync" := CurrentDateTime();
        BKIBookingSyncSetup."Appointment Watermark" := CurrentDateTime();
        BKIBookingSyncSetup.Modify();
        // [GIVEN] A list row without details
        TempBookingBusiness.Id := CopyStr(BKISetupTestLibrary.ContosoBusinessId(), 1, MaxStrLen(TempBookingBusiness.Id));
        TempBookingBusiness."Display Name" := 'Contoso';
        TempBookingBusiness.Insert();
        LibraryVariableStorage.Enqueue('business-contoso');

        // [WHEN] The business is applied
        LibraryAssert.IsTrue(BKIBusinessSelection.ApplyBusiness(BKIBookingSyncSetup, TempBookingBusiness), 'Applied');

        // [THEN] Details from Graph; stamps cleared
        BKIBookingSyncSetup.Get();
        LibraryAssert.AreEqual('Contoso Lunch Delivery', BKIBookingSyncSetup."Business Display Name", 'Name from details');
        LibraryAssert.AreEqual('USD', BKIBookingSyncSetup."Business Currency Code", 'Currency');
        LibraryAssert.AreEqual(0DT, BKIBookingSyncSetup."Last Customer Sync", 'Customer stamp cleared');
        LibraryAssert.AreEqual(0DT, BKIBookingSyncSetup."Appointment Watermark", 'Watermark cleared');
        LibraryVariableStorage.AssertEmpty();
    end;

    local procedure Initialize()
    begin
        LibraryVariableStorage.Clear();
        BKISetupTestSubscribers.ClearAll();
        BKISetupTestLibrary.ResetEnvironment();
        if IsInitialized then
            exit;
        BindSubscription(BKISetupTestSubscribers);
        IsInitialized := true;
    end;

    [HttpClientHandler]
    internal procedure GraphHandler(Request: TestHttpRequestMessage; var Response: TestHttpResponseMessage): Boolean
    var
        Step: Text;
    begin
        Step := LibraryVariableStorage.DequeueText();
        case Step of
            'businesses':
                BKISetupTestLibrary.WriteResponseFile(Response, 200, 'businesses.json');
            'businesses-empty':
                BKISetupTestLibrary.WriteResponseFile(Response, 200, 'businesses-empty.json');
            'businesses-no-value':
                BKISetupTestLibrary.WriteResponse(Response, 200, '{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#solutions/bookingBusinesses"}');
            'business-contoso':
                begin
                    LibraryAssert.IsTrue(Request.Path.EndsWith('/solutions/bookingBusinesses/Contosolunchdelivery%40contoso.com'), 'Contoso detail URL: ' + Request.Path);
                    BKISetupTestLibrary.WriteResponseFile(Response, 200, 'business-contoso.json');
                end;
            'business-fabrikam':
                begin
                    LibraryAssert.IsTrue(Request.Path.EndsWith('/solutions/bookingBusinesses/Fabrikamfitness%40contoso.com'), 'Fabrikam detail URL: ' + Request.Path);
                    BKISetupTestLibrary.WriteResponseFile(Response, 200, 'business-fabrikam.json');
                end;
            '404':
                BKISetupTestLibrary.WriteResponseFile(Response, 404, 'error-404-not-found.json');
            else
                Error('Unexpected step %1 for %2', Step, Request.Path);
        end;
        exit(false);
    end;

    [ModalPageHandler]
    procedure BusinessesModalHandler(var BKIBookingBusinesses: TestPage "BKI Booking Businesses")
    begin
        LibraryAssert.AreNotEqual('', BKIBookingBusinesses."Display Name".Value(), 'The list shows names');
        BKIBookingBusinesses.GoToKey(LibraryVariableStorage.DequeueText());
        BKIBookingBusinesses.OK().Invoke();
    end;

    [ConfirmHandler]
    procedure ConfirmYesHandler(Question: Text[1024]; var Reply: Boolean)
    begin
        LibraryAssert.IsTrue(Question.Contains('from scratch'), 'Confirmation about restarting the sync: ' + Question);
        Reply := true;
    end;
}

namespace Seed.BookingsInvoicing.Setup;

using Microsoft.Inventory.Item;
using Microsoft.Sales.Customer;
using Seed.BookingsInvoicing.Invoicing;
using Seed.BookingsInvoicing.Sync;

/// <summary>
/// Setup card of the Bookings connection: app registration, endpoints, Bookings business, what to synchronize and
/// when. The client secret is entered here (masked) and saved to IsolatedStorage only.
/// </summary>
page 70470000 "BKI Booking Sync Setup"
{
    Caption = 'Booking Sync Setup';
    PageType = Card;
    SourceTable = "BKI Booking Sync Setup";
    UsageCategory = Administration;
    ApplicationArea = All;
    AdditionalSearchTerms = 'Bookings, Bookings invoicing, Booking sync';
    InsertAllowed = false;
    DeleteAllowed = false;
    DataCaptionExpression = Rec."Business Display Name";
    HelpLink = 'https://github.com/seed/bookings-invoicing/blob/main/README.md';

    layout
    {
        area(Content)
        {
            group(Connection)
            {
                Caption = 'Microsoft Entra app registration';
                InstructionalText = 'Register an app in Microsoft Entra ID with the application permissions Bookings.Read.All and BookingsAppointment.ReadWrite.All (and Bookings.ReadWrite.All to sync services), grant admin consent, and enter its IDs and a client secret here.';

                field("Tenant ID"; Rec."Tenant ID")
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies the directory (tenant) ID or a verified domain of the Microsoft Entra tenant that hosts your Bookings calendars.';
                    ShowMandatory = true;
                }
                field("Client ID"; Rec."Client ID")
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies the application (client) ID of the Microsoft Entra app registration that Business Central uses to call Microsoft Graph.';
                    ShowMandatory = true;
                }
                field(ClientSecret; ClientSecretText)
                {
                    ApplicationArea = All;
                    Caption = 'Client Secret';
                    ExtendedDatatype = Masked;
                    ToolTip = 'Specifies the client secret of the app registration. It is stored encrypted outside the setup table and never shown again; enter a new value to replace it.';
                    ShowMandatory = true;

                    trigger OnValidate()
                    begin
                        StoreClientSecret();
                    end;
                }
                field("Authority URL"; Rec."Authority URL")
                {
                    ApplicationArea = All;
                    Importance = Additional;
                    ToolTip = 'Specifies the Microsoft identity platform address. Keep the default unless you test against an emulator.';
                }
                field("Graph Endpoint"; Rec."Graph Endpoint")
                {
                    ApplicationArea = All;
                    Importance = Additional;
                    ToolTip = 'Specifies the Microsoft Graph v1.0 address. Keep the default unless you test against an emulator.';
                }
                field("Token Source"; Rec."Token Source")
                {
                    ApplicationArea = All;
                    Importance = Additional;
                    ToolTip = 'Specifies how the access token is requested: through the System Application (recommended) or by a direct request to the token endpoint, e.g. for a local emulator.';
                }
                field("Last Connection Test"; Rec."Last Connection Test")
                {
                    ApplicationArea = All;
                    Importance = Additional;
                    ToolTip = 'Specifies when the connection was last tested.';
                }
                field("Last Connection Test Result"; Rec."Last Connection Test Result")
                {
                    ApplicationArea = All;
                    Importance = Additional;
                    ToolTip = 'Specifies the result of the last connection test.';
                }
            }
            group(Business)
            {
                Caption = 'Bookings Business';

                field("Business Display Name"; Rec."Business Display Name")
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies the Bookings business (shared Bookings calendar) whose appointments you invoice. Choose the field or the Select Business action to pick another one.';

                    trigger OnAssistEdit()
                    begin
                        SelectBusiness();
                    end;
                }
                field("Business ID"; Rec."Business ID")
                {
                    ApplicationArea = All;
                    Importance = Additional;
                    ToolTip = 'Specifies the ID of the Bookings business, which is the e-mail address of its mailbox.';
                }
                field("Business E-Mail"; Rec."Business E-Mail")
                {
                    ApplicationArea = All;
                    Importance = Additional;
                    ToolTip = 'Specifies the e-mail address of the Bookings business.';
                }
                field("Business Time Zone"; Rec."Business Time Zone")
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies the time zone of the Bookings business. Appointment dates on invoices are converted from UTC.';
                }
                field("Business Currency Code"; Rec."Business Currency Code")
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies the currency of the prices of the Bookings business.';
                }
                field(Enabled; Rec.Enabled)
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies whether the Bookings connection is used. Turn it on after a successful connection test and business selection.';
                }
            }
            group(Synchronization)
            {
                Caption = 'Synchronization';

                field("Sync Customers"; Rec."Sync Customers")
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies whether Bookings customers and Business Central customers are synchronized.';
                }
                field("Default Customer Templ."; Rec."Default Customer Templ.")
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies the template for customers created from Bookings customers.';
                    Enabled = Rec."Sync Customers";
                }
                field(CustomerFilter; CustomerFilterText)
                {
                    ApplicationArea = All;
                    Caption = 'Customer Filter';
                    Editable = false;
                    ToolTip = 'Specifies which customers are synchronized to Bookings. Choose the field to change the filter.';
                    Enabled = Rec."Sync Customers";

                    trigger OnAssistEdit()
                    begin
                        EditCustomerFilter();
                    end;
                }
                field("Sync Services"; Rec."Sync Services")
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies whether Bookings services and Business Central service items are synchronized.';
                }
                field("Default Item Templ."; Rec."Default Item Templ.")
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies the item template for items created from Bookings services. The template must have Type = Service.';
                    Enabled = Rec."Sync Services";
                }
                field(ItemFilter; ItemFilterText)
                {
                    ApplicationArea = All;
                    Caption = 'Item Filter';
                    Editable = false;
                    ToolTip = 'Specifies which service items are synchronized to Bookings. Choose the field to change the filter.';
                    Enabled = Rec."Sync Services";

                    trigger OnAssistEdit()
                    begin
                        EditItemFilter();
                    end;
                }
                field("Appointment Look-back Days"; Rec."Appointment Look-back Days")
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies how many days back the first appointment synchronization reads.';
                }
                field("Background Sync"; Rec."Background Sync")
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies whether a job queue entry synchronizes with Bookings in the background.';
                }
                field("Sync Frequency (Min.)"; Rec."Sync Frequency (Min.)")
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies how many minutes pass between two background synchronizations (5 to 1440).';
                    Enabled = Rec."Background Sync";
                }
            }
            group(Status)
            {
                Caption = 'Status';

                field("Last Customer Sync"; Rec."Last Customer Sync")
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies when customers were last synchronized.';
                }
                field("Last Service Sync"; Rec."Last Service Sync")
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies when services were last synchronized.';
                }
                field("Last Appointment Sync"; Rec."Last Appointment Sync")
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies when appointments were last read from Bookings.';
                }
                field("Last Sync Result"; Rec."Last Sync Result")
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies the result of the last synchronization.';
                }
            }
        }
    }

    actions
    {
        area(Processing)
        {
            action(TestConnection)
            {
                ApplicationArea = All;
                Caption = 'Test Connection';
                Image = ValidateEmailLoggingSetup;
                ToolTip = 'Request a token with the client credentials and list the Bookings businesses, to check the app registration, the secret and the permissions.';

                trigger OnAction()
                var
                    BKIConnectionTest: Codeunit "BKI Connection Test";
                begin
                    CurrPage.SaveRecord();
                    BKIConnectionTest.ShowTestConnection(Rec);
                    CurrPage.Update(false);
                end;
            }
            action(GrantAdminConsent)
            {
                ApplicationArea = All;
                Caption = 'Grant Admin Consent';
                Image = Approve;
                ToolTip = 'Open the Microsoft Entra page where a tenant administrator grants admin consent to the permissions of the app registration. Needed once, before the connection test succeeds.';

                trigger OnAction()
                begin
                    CurrPage.SaveRecord();
                    Rec.TestField("Tenant ID");
                    Rec.TestField("Client ID");
                    Hyperlink(Rec.GetAdminConsentUrl());
                end;
            }
            action(SelectBusinessAction)
            {
                ApplicationArea = All;
                Caption = 'Select Business';
                Image = SelectEntries;
                ToolTip = 'Choose the Bookings business to invoice from the businesses the app registration can see.';

                trigger OnAction()
                begin
                    SelectBusiness();
                end;
            }
            action(SyncNow)
            {
                ApplicationArea = All;
                Caption = 'Sync Now';
                Image = Refresh;
                ToolTip = 'Synchronize customers, services and appointments with Bookings now.';

                trigger OnAction()
                var
                    BKIBookingsSync: Codeunit "BKI Bookings Sync";
                begin
                    CurrPage.SaveRecord();
                    Rec.TestSetupComplete(true);
                    BKIBookingsSync.SyncAll();
                    Rec.Get();
                    CurrPage.Update(false);
                end;
            }
            action(RunAssistedSetup)
            {
                ApplicationArea = All;
                Caption = 'Assisted Setup';
                Image = Setup;
                ToolTip = 'Set up the Bookings connection step by step.';

                trigger OnAction()
                begin
                    Page.RunModal(Page::"BKI Booking Setup Wizard");
                    Rec.GetSetup();
                    CurrPage.Update(false);
                end;
            }
        }
        area(Navigation)
        {
            action(OpenBookingsNotInvoiced)
            {
                ApplicationArea = All;
                Caption = 'Open Bookings Not Invoiced';
                Image = Invoice;
                ToolTip = 'Open the list of completed Bookings appointments that are not invoiced yet.';
                RunObject = page "BKI Bookings Not Invoiced";
            }
            action(ShowSyncLog)
            {
                ApplicationArea = All;
                Caption = 'Show Sync Log';
                Image = Log;
                ToolTip = 'Show what the synchronizations did and which records failed.';
                RunObject = page "BKI Sync Log";
            }
            action(JobQueueEntry)
            {
                ApplicationArea = All;
                Caption = 'Job Queue Entry';
                Image = JobListSetup;
                ToolTip = 'Show the job queue entry that runs the background synchronization.';

                trigger OnAction()
                var
                    BKISyncJobQueueMgt: Codeunit "BKI Sync Job Queue Mgt.";
                begin
                    BKISyncJobQueueMgt.ShowJobQueueEntry();
                end;
            }
        }
        area(Promoted)
        {
            group(Category_Process)
            {
                Caption = 'Process';

                actionref(TestConnection_Promoted; TestConnection)
                {
                }
                actionref(SelectBusiness_Promoted; SelectBusinessAction)
                {
                }
                actionref(SyncNow_Promoted; SyncNow)
                {
                }
            }
            group(Category_Navigate)
            {
                Caption = 'Navigate';

                actionref(OpenBookingsNotInvoiced_Promoted; OpenBookingsNotInvoiced)
                {
                }
                actionref(ShowSyncLog_Promoted; ShowSyncLog)
                {
                }
            }
        }
    }

    trigger OnOpenPage()
    begin
        Rec.Reset();
        Rec.GetSetup();
    end;

    trigger OnAfterGetRecord()
    begin
        UpdateDisplayTexts();
    end;

    var
        [NonDebuggable]
        ClientSecretText: Text;
        CustomerFilterText: Text;
        ItemFilterText: Text;
        SecretPlaceholderTok: Label '●●●●●●●●●●●●', Locked = true;
        AllRecordsTxt: Label '(all)';

    [NonDebuggable]
    local procedure StoreClientSecret()
    begin
        if ClientSecretText = SecretPlaceholderTok then
            exit;
        Rec.SetClientSecret(ClientSecretText);
        ClientSecretText := '';
        if Rec.HasClientSecret() then
            ClientSecretText := SecretPlaceholderTok;
        CurrPage.SaveRecord();
    end;

    local procedure SelectBusiness()
    var
        BKIBusinessSelection: Codeunit "BKI Business Selection";
    begin
        CurrPage.SaveRecord();
        if BKIBusinessSelection.SelectBusiness(Rec) then
            CurrPage.Update(false);
    end;

    local procedure EditCustomerFilter()
    var
        Customer: Record Customer;
        FilterPageBuilder: FilterPageBuilder;
    begin
        FilterPageBuilder.AddTable(Customer.TableCaption(), Database::Customer);
        if Rec.GetCustomerFilterView() <> '' then
            FilterPageBuilder.SetView(Customer.TableCaption(), Rec.GetCustomerFilterView());
        FilterPageBuilder.AddFieldNo(Customer.TableCaption(), Customer.FieldNo(City));
        FilterPageBuilder.AddFieldNo(Customer.TableCaption(), Customer.FieldNo("Post Code"));
        FilterPageBuilder.AddFieldNo(Customer.TableCaption(), Customer.FieldNo("Country/Region Code"));
        FilterPageBuilder.AddFieldNo(Customer.TableCaption(), Customer.FieldNo("Salesperson Code"));
        FilterPageBuilder.AddFieldNo(Customer.TableCaption(), Customer.FieldNo("Currency Code"));
        if not FilterPageBuilder.RunModal() then
            exit;
        Rec.SetCustomerFilterView(FilterPageBuilder.GetView(Customer.TableCaption(), false));
        Rec.Modify(true);
        UpdateDisplayTexts();
    end;

    local procedure EditItemFilter()
    var
        Item: Record Item;
        FilterPageBuilder: FilterPageBuilder;
    begin
        FilterPageBuilder.AddTable(Item.TableCaption(), Database::Item);
        if Rec.GetItemFilterView() <> '' then
            FilterPageBuilder.SetView(Item.TableCaption(), Rec.GetItemFilterView());
        FilterPageBuilder.AddFieldNo(Item.TableCaption(), Item.FieldNo("Base Unit of Measure"));
        FilterPageBuilder.AddFieldNo(Item.TableCaption(), Item.FieldNo("Gen. Prod. Posting Group"));
        FilterPageBuilder.AddFieldNo(Item.TableCaption(), Item.FieldNo("Item Category Code"));
        if not FilterPageBuilder.RunModal() then
            exit;
        Rec.SetItemFilterView(FilterPageBuilder.GetView(Item.TableCaption(), false));
        Rec.Modify(true);
        UpdateDisplayTexts();
    end;

    local procedure UpdateDisplayTexts()
    var
        Customer: Record Customer;
        Item: Record Item;
    begin
        ClientSecretText := '';
        if Rec.HasClientSecret() then
            ClientSecretText := SecretPlaceholderTok;
        CustomerFilterText := AllRecordsTxt;
        if Rec.GetCustomerFilterView() <> '' then begin
            Customer.SetView(Rec.GetCustomerFilterView());
            if Customer.GetFilters() <> '' then
                CustomerFilterText := Customer.GetFilters();
        end;
        ItemFilterText := AllRecordsTxt;
        if Rec.GetItemFilterView() <> '' then begin
            Item.SetView(Rec.GetItemFilterView());
            if Item.GetFilters() <> '' then
                ItemFilterText := Item.GetFilters();
        end;
    end;
}

namespace Seed.BookingsInvoicing.Setup;

using System.Environment.Configuration;

/// <summary>
/// Assisted setup of the Bookings connection: credentials, connection test, business, templates, schedule.
/// </summary>
page 70470002 "BKI Booking Setup Wizard"
{
    Caption = 'Set up Bookings invoicing';
    PageType = NavigatePage;
    SourceTable = "BKI Booking Sync Setup";
    ApplicationArea = All;
    UsageCategory = None;
    InsertAllowed = false;
    DeleteAllowed = false;

    layout
    {
        area(Content)
        {
            group(StepCredentials)
            {
                Caption = '';
                Visible = CurrentStep = 1;

                group(CredentialsIntro)
                {
                    Caption = 'Connect to Microsoft Bookings';
                    InstructionalText = 'Business Central reads your Bookings appointments through Microsoft Graph with an app registration in Microsoft Entra ID. Give the app the application permissions Bookings.Read.All and BookingsAppointment.ReadWrite.All (and Bookings.ReadWrite.All to sync services), grant admin consent, and enter its details.';

                    field("Tenant ID"; Rec."Tenant ID")
                    {
                        ApplicationArea = All;
                        ToolTip = 'Specifies the directory (tenant) ID or a verified domain of your Microsoft Entra tenant.';
                        ShowMandatory = true;
                    }
                    field("Client ID"; Rec."Client ID")
                    {
                        ApplicationArea = All;
                        ToolTip = 'Specifies the application (client) ID of the app registration.';
                        ShowMandatory = true;
                    }
                    field(ClientSecret; ClientSecretText)
                    {
                        ApplicationArea = All;
                        Caption = 'Client Secret';
                        ExtendedDatatype = Masked;
                        ToolTip = 'Specifies the client secret of the app registration. It is stored encrypted outside the setup table.';
                        ShowMandatory = true;

                        trigger OnValidate()
                        begin
                            StoreClientSecret();
                        end;
                    }
                }
            }
            group(StepTest)
            {
                Caption = '';
                Visible = CurrentStep = 2;

                group(TestIntro)
                {
                    Caption = 'Test the connection';
                    InstructionalText = 'Choose Test Connection. Business Central requests a token and lists your Bookings businesses. If the test fails, the message tells you what to fix.';

                    field(TestResult; TestResultText)
                    {
                        ApplicationArea = All;
                        Caption = 'Result';
                        Editable = false;
                        MultiLine = true;
                        ToolTip = 'Specifies the result of the connection test.';
                    }
                }
            }
            group(StepBusiness)
            {
                Caption = '';
                Visible = CurrentStep = 3;

                group(BusinessIntro)
                {
                    Caption = 'Choose the Bookings business';
                    InstructionalText = 'Choose Select Business and pick the shared Bookings calendar whose appointments you want to invoice.';

                    field("Business Display Name"; Rec."Business Display Name")
                    {
                        ApplicationArea = All;
                        ToolTip = 'Specifies the selected Bookings business.';

                        trigger OnAssistEdit()
                        begin
                            SelectBusiness();
                        end;
                    }
                    field("Business Time Zone"; Rec."Business Time Zone")
                    {
                        ApplicationArea = All;
                        ToolTip = 'Specifies the time zone of the Bookings business.';
                    }
                    field("Business Currency Code"; Rec."Business Currency Code")
                    {
                        ApplicationArea = All;
                        ToolTip = 'Specifies the currency of the Bookings business.';
                    }
                }
            }
            group(StepTemplates)
            {
                Caption = '';
                Visible = CurrentStep = 4;

                group(TemplatesIntro)
                {
                    Caption = 'Customers and services';
                    InstructionalText = 'Choose what to synchronize and which templates to use for customers and service items created from Bookings.';

                    field("Sync Customers"; Rec."Sync Customers")
                    {
                        ApplicationArea = All;
                        ToolTip = 'Specifies whether Bookings customers and Business Central customers are synchronized.';
                    }
                    field("Default Customer Templ."; Rec."Default Customer Templ.")
                    {
                        ApplicationArea = All;
                        ToolTip = 'Specifies the template for customers created from Bookings customers.';
                    }
                    field("Sync Services"; Rec."Sync Services")
                    {
                        ApplicationArea = All;
                        ToolTip = 'Specifies whether Bookings services and Business Central service items are synchronized.';
                    }
                    field("Default Item Templ."; Rec."Default Item Templ.")
                    {
                        ApplicationArea = All;
                        ToolTip = 'Specifies the item template (Type = Service) for items created from Bookings services.';
                    }
                }
            }
            group(StepSchedule)
            {
                Caption = '';
                Visible = CurrentStep = 5;

                group(ScheduleIntro)
                {
                    Caption = 'Schedule';
                    InstructionalText = 'Business Central can synchronize in the background with a job queue entry. You can also synchronize on demand with Sync Now.';

                    field(BackgroundSyncField; BackgroundSync)
                    {
                        ApplicationArea = All;
                        Caption = 'Background Sync';
                        ToolTip = 'Specifies whether a job queue entry synchronizes with Bookings in the background.';
                    }
                    field(SyncFrequencyField; SyncFrequency)
                    {
                        ApplicationArea = All;
                        Caption = 'Sync Frequency (Min.)';
                        ToolTip = 'Specifies how many minutes pass between two background synchronizations (5 to 1440).';
                        MinValue = 5;
                        MaxValue = 1440;
                    }
                }
            }
            group(StepDone)
            {
                Caption = '';
                Visible = CurrentStep = 6;

                group(DoneIntro)
                {
                    Caption = 'That''s it';
                    InstructionalText = 'Choose Finish to turn on the Bookings connection. Then open Bookings Not Invoiced to invoice your completed appointments.';
                }
            }
        }
    }

    actions
    {
        area(Processing)
        {
            action(ActionTest)
            {
                ApplicationArea = All;
                Caption = 'Test Connection';
                Image = ValidateEmailLoggingSetup;
                InFooterBar = true;
                Visible = CurrentStep = 2;
                ToolTip = 'Request a token and list the Bookings businesses.';

                trigger OnAction()
                begin
                    RunConnectionTest();
                end;
            }
            action(ActionSelectBusiness)
            {
                ApplicationArea = All;
                Caption = 'Select Business';
                Image = SelectEntries;
                InFooterBar = true;
                Visible = CurrentStep = 3;
                ToolTip = 'Pick the Bookings business to invoice.';

                trigger OnAction()
                begin
                    SelectBusiness();
                end;
            }
            action(ActionBack)
            {
                ApplicationArea = All;
                Caption = 'Back';
                Image = PreviousRecord;
                InFooterBar = true;
                Enabled = CurrentStep > 1;
                ToolTip = 'Go to the previous step.';

                trigger OnAction()
                begin
                    GoToStep(CurrentStep - 1);
                end;
            }
            action(ActionNext)
            {
                ApplicationArea = All;
                Caption = 'Next';
                Image = NextRecord;
                InFooterBar = true;
                Enabled = CurrentStep < 6;
                ToolTip = 'Go to the next step.';

                trigger OnAction()
                begin
                    NextStep();
                end;
            }
            action(ActionFinish)
            {
                ApplicationArea = All;
                Caption = 'Finish';
                Image = Approve;
                InFooterBar = true;
                Enabled = CurrentStep = 6;
                ToolTip = 'Turn on the Bookings connection and close the guide.';

                trigger OnAction()
                begin
                    Finish();
                    CurrPage.Close();
                end;
            }
        }
    }

    trigger OnOpenPage()
    begin
        Rec.Reset();
        Rec.GetSetup();
        BackgroundSync := Rec."Background Sync";
        SyncFrequency := Rec."Sync Frequency (Min.)";
        if SyncFrequency = 0 then
            SyncFrequency := 60;
        if Rec.HasClientSecret() then
            ClientSecretText := SecretPlaceholderTok;
        GoToStep(1);
    end;

    var
        [NonDebuggable]
        ClientSecretText: Text;
        TestResultText: Text;
        CurrentStep: Integer;
        TestSucceeded: Boolean;
        BackgroundSync: Boolean;
        SyncFrequency: Integer;
        SecretPlaceholderTok: Label '●●●●●●●●●●●●', Locked = true;
        RunTestFirstErr: Label 'Test the connection before you continue. If the test fails, go back and correct the credentials.';
        SelectBusinessFirstErr: Label 'Select a Bookings business before you continue.';
        WizardCompletedTelemetryMsg: Label 'Bookings setup wizard completed.', Locked = true;

    /// <summary>Moves to the next step after checking the current one.</summary>
    internal procedure NextStep()
    begin
        case CurrentStep of
            1:
                begin
                    CurrPage.SaveRecord();
                    Rec.TestSetupComplete(false);
                    TestSucceeded := false;
                    TestResultText := '';
                end;
            2:
                if not TestSucceeded then
                    Error(RunTestFirstErr);
            3:
                if Rec."Business ID" = '' then
                    Error(SelectBusinessFirstErr);
            4:
                begin
                    Rec.CheckCustomerTemplate(Rec."Default Customer Templ.");
                    Rec.CheckItemTemplate(Rec."Default Item Templ.");
                    CurrPage.SaveRecord();
                end;
        end;
        GoToStep(CurrentStep + 1);
    end;

    /// <summary>Turns the connection on, schedules the background sync and marks the assisted setup as done.</summary>
    internal procedure Finish()
    var
        GuidedExperience: Codeunit "Guided Experience";
        BKIAssistedSetup: Codeunit "BKI Assisted Setup";
        BKITelemetry: Codeunit "BKI Telemetry";
        Dimensions: Dictionary of [Text, Text];
    begin
        Rec.Validate("Sync Frequency (Min.)", SyncFrequency);
        Rec."Background Sync" := BackgroundSync;
        Rec.Validate(Enabled, true);
        Rec.Modify(true);
        // Opened from Tell Me or the setup card, the wizard may not be registered yet; completing an unregistered
        // assisted setup does nothing, so register it first (an existing entry keeps its state).
        BKIAssistedSetup.Register();
        GuidedExperience.CompleteAssistedSetup(ObjectType::Page, Page::"BKI Booking Setup Wizard");
        Dimensions.Add('BackgroundSync', Format(BackgroundSync, 0, 9));
        Dimensions.Add('SyncCustomers', Format(Rec."Sync Customers", 0, 9));
        Dimensions.Add('SyncServices', Format(Rec."Sync Services", 0, 9));
        BKITelemetry.LogUsage(BKITelemetry.WizardCompletedEventId(), WizardCompletedTelemetryMsg, Dimensions);
    end;

    local procedure GoToStep(NewStep: Integer)
    begin
        if NewStep < 1 then
            NewStep := 1;
        if NewStep > 6 then
            NewStep := 6;
        CurrentStep := NewStep;
        CurrPage.Update(false);
    end;

    local procedure RunConnectionTest()
    var
        BKIConnectionTest: Codeunit "BKI Connection Test";
        ErrorClass: Enum "BKI Graph Error Class";
        BusinessCount: Integer;
    begin
        CurrPage.SaveRecord();
        TestSucceeded := BKIConnectionTest.TestConnection(Rec, ErrorClass, TestResultText, BusinessCount);
        CurrPage.Update(false);
    end;

    local procedure SelectBusiness()
    var
        BKIBusinessSelection: Codeunit "BKI Business Selection";
    begin
        CurrPage.SaveRecord();
        if BKIBusinessSelection.SelectBusiness(Rec) then
            CurrPage.Update(false);
    end;

    [NonDebuggable]
    local procedure StoreClientSecret()
    begin
        if ClientSecretText = SecretPlaceholderTok then
            exit;
        Rec.SetClientSecret(ClientSecretText);
        ClientSecretText := '';
        if Rec.HasClientSecret() then
            ClientSecretText := SecretPlaceholderTok;
    end;
}

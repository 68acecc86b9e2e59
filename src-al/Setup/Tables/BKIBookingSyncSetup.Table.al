namespace Seed.BookingsInvoicing.Setup;

using Microsoft.Inventory.Item;
using Microsoft.Sales.Customer;

/// <summary>
/// The single setup record of the Bookings connection: the Microsoft Entra app registration, the Graph endpoints,
/// the selected Bookings business, what to synchronize and when, and the last synchronization stamps.
/// The client secret is never stored in this table; it lives in IsolatedStorage (see SetClientSecret).
/// </summary>
table 70470000 "BKI Booking Sync Setup"
{
    Caption = 'Booking Sync Setup';
    DataClassification = CustomerContent;
    DataPerCompany = true;
    ReplicateData = false;
    Access = Public;

    fields
    {
        field(1; "Primary Key"; Code[10])
        {
            Caption = 'Primary Key';
            DataClassification = SystemMetadata;
            AllowInCustomizations = Never;
        }
        field(10; "Tenant ID"; Text[100])
        {
            Caption = 'Tenant ID';
            DataClassification = OrganizationIdentifiableInformation;

            trigger OnValidate()
            begin
                "Tenant ID" := CopyStr(DelChr("Tenant ID", '<>', ' '), 1, MaxStrLen("Tenant ID"));
                ResetConnectionState();
            end;
        }
        field(11; "Client ID"; Text[100])
        {
            Caption = 'Client ID';
            DataClassification = OrganizationIdentifiableInformation;

            trigger OnValidate()
            begin
                "Client ID" := CopyStr(DelChr("Client ID", '<>', ' '), 1, MaxStrLen("Client ID"));
                ResetConnectionState();
            end;
        }
        field(12; "Authority URL"; Text[250])
        {
            Caption = 'Authority URL';
            DataClassification = SystemMetadata;
            ExtendedDatatype = URL;
            InitValue = 'https://login.microsoftonline.com';

            trigger OnValidate()
            begin
                "Authority URL" := NormalizeUrl("Authority URL", DefaultAuthorityUrlTok);
                ResetConnectionState();
            end;
        }
        field(13; "Graph Endpoint"; Text[250])
        {
            Caption = 'Graph Endpoint';
            DataClassification = SystemMetadata;
            ExtendedDatatype = URL;
            InitValue = 'https://graph.microsoft.com/v1.0';

            trigger OnValidate()
            begin
                "Graph Endpoint" := NormalizeUrl("Graph Endpoint", DefaultGraphEndpointTok);
                ResetConnectionState();
            end;
        }
        field(14; "Token Source"; Enum "BKI Token Source")
        {
            Caption = 'Token Source';
            DataClassification = SystemMetadata;

            trigger OnValidate()
            begin
                ResetConnectionState();
            end;
        }
        field(20; "Business ID"; Text[250])
        {
            Caption = 'Business ID';
            DataClassification = OrganizationIdentifiableInformation;
            Editable = false;

            trigger OnValidate()
            begin
                if "Business ID" <> xRec."Business ID" then
                    ClearSyncStamps();
            end;
        }
        field(21; "Business Display Name"; Text[250])
        {
            Caption = 'Bookings Business';
            DataClassification = OrganizationIdentifiableInformation;
            Editable = false;
        }
        field(22; "Business Time Zone"; Text[100])
        {
            Caption = 'Business Time Zone';
            DataClassification = SystemMetadata;
            Editable = false;
        }
        field(23; "Business Currency Code"; Code[10])
        {
            Caption = 'Business Currency Code';
            DataClassification = SystemMetadata;
            Editable = false;
        }
        field(24; "Business E-Mail"; Text[250])
        {
            Caption = 'Business Email';
            DataClassification = OrganizationIdentifiableInformation;
            ExtendedDatatype = EMail;
            Editable = false;
        }
        field(30; Enabled; Boolean)
        {
            Caption = 'Enabled';
            DataClassification = SystemMetadata;

            trigger OnValidate()
            begin
                if Enabled then
                    TestSetupComplete(true);
                UpdateBackgroundSync();
            end;
        }
        field(31; "Background Sync"; Boolean)
        {
            Caption = 'Background Sync';
            DataClassification = SystemMetadata;

            trigger OnValidate()
            begin
                UpdateBackgroundSync();
            end;
        }
        field(32; "Sync Frequency (Min.)"; Integer)
        {
            Caption = 'Sync Frequency (Min.)';
            DataClassification = SystemMetadata;
            InitValue = 60;
            MinValue = 0;

            trigger OnValidate()
            begin
                if ("Sync Frequency (Min.)" < MinSyncFrequency()) or ("Sync Frequency (Min.)" > MaxSyncFrequency()) then
                    Error(FrequencyOutOfRangeErr, Format(MinSyncFrequency(), 0, 9), Format(MaxSyncFrequency(), 0, 9));
                UpdateBackgroundSync();
            end;
        }
        field(40; "Sync Customers"; Boolean)
        {
            Caption = 'Sync Customers';
            DataClassification = SystemMetadata;
        }
        field(41; "Default Customer Templ."; Code[20])
        {
            Caption = 'Default Customer Template';
            DataClassification = CustomerContent;
            TableRelation = "Customer Templ.";

            trigger OnValidate()
            begin
                CheckCustomerTemplate("Default Customer Templ.");
            end;
        }
        field(42; "Customer Filter"; Blob)
        {
            Caption = 'Customer Filter';
            DataClassification = CustomerContent;
        }
        field(50; "Sync Services"; Boolean)
        {
            Caption = 'Sync Services';
            DataClassification = SystemMetadata;
        }
        field(51; "Default Item Templ."; Code[20])
        {
            Caption = 'Default Item Template';
            DataClassification = CustomerContent;
            TableRelation = "Item Templ.";

            trigger OnValidate()
            begin
                CheckItemTemplate("Default Item Templ.");
            end;
        }
        field(52; "Item Filter"; Blob)
        {
            Caption = 'Item Filter';
            DataClassification = CustomerContent;
        }
        field(60; "Appointment Look-back Days"; Integer)
        {
            Caption = 'Appointment Look-back Days';
            DataClassification = SystemMetadata;
            InitValue = 30;
            MinValue = 1;
            MaxValue = 365;
        }
        field(70; "Last Customer Sync"; DateTime)
        {
            Caption = 'Last Customer Sync';
            DataClassification = SystemMetadata;
            Editable = false;
        }
        field(71; "Last Service Sync"; DateTime)
        {
            Caption = 'Last Service Sync';
            DataClassification = SystemMetadata;
            Editable = false;
        }
        field(72; "Last Appointment Sync"; DateTime)
        {
            Caption = 'Last Appointment Sync';
            DataClassification = SystemMetadata;
            Editable = false;
        }
        field(73; "Appointment Watermark"; DateTime)
        {
            Caption = 'Appointment Watermark';
            DataClassification = SystemMetadata;
            Editable = false;
        }
        field(74; "Last Sync Result"; Text[250])
        {
            Caption = 'Last Sync Result';
            DataClassification = SystemMetadata;
            Editable = false;
        }
        field(80; "Last Connection Test"; DateTime)
        {
            Caption = 'Last Connection Test';
            DataClassification = SystemMetadata;
            Editable = false;
        }
        field(81; "Last Connection Test Result"; Text[250])
        {
            Caption = 'Last Connection Test Result';
            DataClassification = SystemMetadata;
            Editable = false;
        }
    }

    keys
    {
        key(PK; "Primary Key")
        {
            Clustered = true;
        }
    }

    trigger OnDelete()
    begin
        DeleteClientSecret();
    end;

    var
        DefaultAuthorityUrlTok: Label 'https://login.microsoftonline.com', Locked = true;
        DefaultGraphEndpointTok: Label 'https://graph.microsoft.com/v1.0', Locked = true;
        ClientSecretKeyTok: Label 'BKI-Bookings-ClientSecret', Locked = true;
        FrequencyOutOfRangeErr: Label 'The sync frequency must be between %1 and %2 minutes.', Comment = '%1 = minimum minutes, %2 = maximum minutes';
        TenantIdMissingErr: Label 'Enter the Tenant ID (the directory ID or a verified domain of your Microsoft Entra tenant) on the Booking Sync Setup page.';
        ClientIdMissingErr: Label 'Enter the Client ID (the application ID of your Microsoft Entra app registration) on the Booking Sync Setup page.';
        ClientSecretMissingErr: Label 'Enter the client secret of your Microsoft Entra app registration on the Booking Sync Setup page.';
        EndpointMissingErr: Label 'Enter the Authority URL and the Graph Endpoint on the Booking Sync Setup page, or clear them to use the defaults.';
        BusinessMissingErr: Label 'Select a Bookings business on the Booking Sync Setup page (action Select Business).';
        OpenSetupActionLbl: Label 'Open Booking Sync Setup';
        ItemTemplateNotServiceErr: Label 'Item template %1 creates items of type %2. Bookings services become service items, so choose a template with Type = Service.', Comment = '%1 = template code, %2 = item type';
        CustomerTemplateBlockedErr: Label 'Customer template %1 creates blocked customers (%2), who cannot be invoiced. Choose a template that does not block customers.', Comment = '%1 = template code, %2 = blocked value';
        NoPermissionForSecretErr: Label 'You do not have permission to change the Bookings connection. Ask an administrator with the BKI - Admin permission set.';
        UrlNotHttpsErr: Label 'The address %1 must start with https:// (http:// is accepted only for a local emulator on localhost or 127.0.0.1).', Comment = '%1 = the URL';

    /// <summary>
    /// Gets the setup record, inserting it with default values when it does not exist yet. Users who may not write
    /// the setup (e.g. BKI - Read) get the defaults in memory instead of a permission error.
    /// </summary>
    procedure GetSetup()
    begin
        if Rec.Get() then
            exit;
        Rec.Init();
        Rec."Primary Key" := '';
        if Rec.WritePermission() then
            Rec.Insert(true);
    end;

    /// <summary>Tells whether a client secret is stored for this company.</summary>
    procedure HasClientSecret(): Boolean
    begin
        exit(IsolatedStorage.Contains(ClientSecretKeyTok, DataScope::Company));
    end;

    /// <summary>Stores the client secret in IsolatedStorage (encrypted when encryption is enabled). An empty secret removes it.</summary>
    /// <param name="NewSecret">The client secret of the Microsoft Entra app registration.</param>
    [NonDebuggable]
    procedure SetClientSecret(NewSecret: SecretText)
    begin
        CheckCanChangeSecret();
        if NewSecret.IsEmpty() then begin
            DeleteClientSecret();
            exit;
        end;
        if EncryptionEnabled() then
            IsolatedStorage.SetEncrypted(ClientSecretKeyTok, NewSecret, DataScope::Company)
        else
            IsolatedStorage.Set(ClientSecretKeyTok, NewSecret, DataScope::Company);
        ResetConnectionState();
    end;

    /// <summary>Reads the client secret. Only the connection code calls this; the value never leaves as plain text.</summary>
    [NonDebuggable]
    internal procedure GetClientSecret() Secret: SecretText
    begin
        if not IsolatedStorage.Get(ClientSecretKeyTok, DataScope::Company, Secret) then
            Clear(Secret);
    end;

    /// <summary>Removes the stored client secret.</summary>
    procedure DeleteClientSecret()
    begin
        CheckCanChangeSecret();
        if IsolatedStorage.Contains(ClientSecretKeyTok, DataScope::Company) then
            IsolatedStorage.Delete(ClientSecretKeyTok, DataScope::Company);
        ResetConnectionState();
    end;

    /// <summary>
    /// Raises an actionable error when the setup cannot be used yet.
    /// </summary>
    /// <param name="RequireBusiness">Also require a selected Bookings business.</param>
    procedure TestSetupComplete(RequireBusiness: Boolean)
    begin
        if DelChr("Tenant ID", '=', ' ') = '' then
            Error(SetupErrorInfo(TenantIdMissingErr, FieldNo("Tenant ID")));
        if DelChr("Client ID", '=', ' ') = '' then
            Error(SetupErrorInfo(ClientIdMissingErr, FieldNo("Client ID")));
        if not HasClientSecret() then
            Error(SetupErrorInfo(ClientSecretMissingErr, 0));
        if ("Authority URL" = '') or ("Graph Endpoint" = '') then
            Error(SetupErrorInfo(EndpointMissingErr, FieldNo("Graph Endpoint")));
        if RequireBusiness and ("Business ID" = '') then
            Error(SetupErrorInfo(BusinessMissingErr, FieldNo("Business ID")));
    end;

    /// <summary>Tells without an error whether the connection and business are set up.</summary>
    procedure IsSetupComplete(RequireBusiness: Boolean): Boolean
    begin
        if (DelChr("Tenant ID", '=', ' ') = '') or (DelChr("Client ID", '=', ' ') = '') then
            exit(false);
        if ("Authority URL" = '') or ("Graph Endpoint" = '') then
            exit(false);
        if RequireBusiness and ("Business ID" = '') then
            exit(false);
        exit(HasClientSecret());
    end;

    /// <summary>The OAuth 2.0 v2.0 token endpoint for the tenant, built from "Authority URL" and "Tenant ID".</summary>
    procedure GetTokenEndpoint(): Text
    var
        TokenEndpointTok: Label '%1/%2/oauth2/v2.0/token', Locked = true;
    begin
        exit(StrSubstNo(TokenEndpointTok, "Authority URL".TrimEnd('/'), "Tenant ID"));
    end;

    /// <summary>The page where a tenant administrator grants admin consent to the app registration's permissions.</summary>
    procedure GetAdminConsentUrl(): Text
    var
        AdminConsentUrlTok: Label '%1/%2/adminconsent?client_id=%3', Locked = true;
    begin
        exit(StrSubstNo(AdminConsentUrlTok, "Authority URL".TrimEnd('/'), "Tenant ID", "Client ID"));
    end;

    /// <summary>Clears the last synchronization stamps, e.g. after choosing another business.</summary>
    procedure ClearSyncStamps()
    begin
        "Last Customer Sync" := 0DT;
        "Last Service Sync" := 0DT;
        "Last Appointment Sync" := 0DT;
        "Appointment Watermark" := 0DT;
        "Last Sync Result" := '';
    end;

    procedure MinSyncFrequency(): Integer
    begin
        exit(5);
    end;

    procedure MaxSyncFrequency(): Integer
    begin
        exit(1440);
    end;

    /// <summary>Checks that a customer template can be used for customers created from Bookings.</summary>
    procedure CheckCustomerTemplate(TemplateCode: Code[20])
    var
        CustomerTempl: Record "Customer Templ.";
    begin
        if TemplateCode = '' then
            exit;
        CustomerTempl.Get(TemplateCode);
        if CustomerTempl.Blocked <> CustomerTempl.Blocked::" " then
            Error(CustomerTemplateBlockedErr, TemplateCode, CustomerTempl.Blocked);
    end;

    /// <summary>Checks that an item template creates service items, as Bookings services must become.</summary>
    procedure CheckItemTemplate(TemplateCode: Code[20])
    var
        ItemTempl: Record "Item Templ.";
    begin
        if TemplateCode = '' then
            exit;
        ItemTempl.Get(TemplateCode);
        if ItemTempl.Type <> ItemTempl.Type::Service then
            Error(ItemTemplateNotServiceErr, TemplateCode, ItemTempl.Type);
    end;

    /// <summary>The saved customer filter (a record view of table Customer), or '' for all customers.</summary>
    procedure GetCustomerFilterView() View: Text
    var
        InStr: InStream;
    begin
        CalcFields("Customer Filter");
        if not "Customer Filter".HasValue() then
            exit('');
        "Customer Filter".CreateInStream(InStr, TextEncoding::UTF8);
        InStr.ReadText(View);
    end;

    /// <summary>Saves the customer filter; a changed filter makes the next customer sync a full one.</summary>
    procedure SetCustomerFilterView(NewView: Text)
    var
        OutStr: OutStream;
    begin
        if NewView = GetCustomerFilterView() then
            exit;
        Clear("Customer Filter");
        if NewView <> '' then begin
            "Customer Filter".CreateOutStream(OutStr, TextEncoding::UTF8);
            OutStr.WriteText(NewView);
        end;
        "Last Customer Sync" := 0DT;
    end;

    /// <summary>The saved item filter (a record view of table Item), or '' for all service items.</summary>
    procedure GetItemFilterView() View: Text
    var
        InStr: InStream;
    begin
        CalcFields("Item Filter");
        if not "Item Filter".HasValue() then
            exit('');
        "Item Filter".CreateInStream(InStr, TextEncoding::UTF8);
        InStr.ReadText(View);
    end;

    /// <summary>Saves the item filter; a changed filter makes the next service sync a full one.</summary>
    procedure SetItemFilterView(NewView: Text)
    var
        OutStr: OutStream;
    begin
        if NewView = GetItemFilterView() then
            exit;
        Clear("Item Filter");
        if NewView <> '' then begin
            "Item Filter".CreateOutStream(OutStr, TextEncoding::UTF8);
            OutStr.WriteText(NewView);
        end;
        "Last Service Sync" := 0DT;
    end;

    local procedure UpdateBackgroundSync()
    var
        BKISyncJobQueueMgt: Codeunit "BKI Sync Job Queue Mgt.";
    begin
        if Rec.IsTemporary() then
            exit;
        BKISyncJobQueueMgt.UpdateJobQueueEntry(Rec);
    end;

    local procedure CheckCanChangeSecret()
    begin
        // The secret is not in the table, so table permissions do not protect it: only users who may change the setup may change it.
        if not Rec.WritePermission() then
            Error(NoPermissionForSecretErr);
    end;

    local procedure ResetConnectionState()
    var
        BKIGraphClient: Codeunit "BKI Graph Client";
    begin
        "Last Connection Test" := 0DT;
        "Last Connection Test Result" := '';
        BKIGraphClient.ResetTokenCache();
    end;

    local procedure NormalizeUrl(Url: Text; DefaultUrl: Text): Text[250]
    var
        Normalized: Text;
    begin
        Normalized := DelChr(Url, '<>', ' ').TrimEnd('/');
        if Normalized = '' then
            exit(CopyStr(DefaultUrl, 1, 250));
        if not Normalized.ToLower().StartsWith('https://') then
            if not (Normalized.ToLower().StartsWith('http://localhost') or Normalized.ToLower().StartsWith('http://127.0.0.1')) then
                Error(UrlNotHttpsErr, Normalized);
        exit(CopyStr(Normalized, 1, 250));
    end;

    local procedure SetupErrorInfo(Message: Text; FieldNumber: Integer) Result: ErrorInfo
    begin
        Result := ErrorInfo.Create(Message);
        Result.ErrorType := ErrorType::Client;
        Result.PageNo := Page::"BKI Booking Sync Setup";
        Result.RecordId := Rec.RecordId();
        if FieldNumber <> 0 then begin
            Result.TableId := Database::"BKI Booking Sync Setup";
            Result.FieldNo := FieldNumber;
        end;
        Result.AddNavigationAction(OpenSetupActionLbl);
    end;
}

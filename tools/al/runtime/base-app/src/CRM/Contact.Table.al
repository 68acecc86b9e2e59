// Model of table 5050 Contact: companies and persons, numbering from Marketing Setup, name breakdown for persons,
// search e-mail, and the business relation summary (field 5086). See README for what is left out.
namespace Microsoft.CRM.Contact;

using Microsoft.CRM.BusinessRelation;
using Microsoft.CRM.Setup;
using Microsoft.Foundation.NoSeries;
using System.Email;

table 5050 Contact
{
    Caption = 'Contact';
    DataCaptionFields = "No.", Name;
    DataClassification = CustomerContent;

    fields
    {
        field(1; "No."; Code[20])
        {
            Caption = 'No.';

            trigger OnValidate()
            var
                NoSeries: Codeunit "No. Series";
            begin
                if "No." <> xRec."No." then begin
                    MarketingSetup.Get();
                    NoSeries.TestManual(MarketingSetup."Contact Nos.");
                    "No. Series" := '';
                end;
            end;
        }
        field(2; Name; Text[100])
        {
            Caption = 'Name';

            trigger OnValidate()
            begin
                NameBreakdown();
                UpdateSearchNameFrom(xRec.Name);
            end;
        }
        field(3; "Search Name"; Code[100])
        {
            Caption = 'Search Name';
        }
        field(4; "Name 2"; Text[50])
        {
            Caption = 'Name 2';
        }
        field(5; Address; Text[100])
        {
            Caption = 'Address';
        }
        field(6; "Address 2"; Text[50])
        {
            Caption = 'Address 2';
        }
        field(7; City; Text[30])
        {
            Caption = 'City';
        }
        field(9; "Phone No."; Text[30])
        {
            Caption = 'Phone No.';
            ExtendedDatatype = PhoneNo;
        }
        field(22; "Currency Code"; Code[10])
        {
            Caption = 'Currency Code';
        }
        field(24; "Language Code"; Code[10])
        {
            Caption = 'Language Code';
        }
        field(29; "Salesperson Code"; Code[20])
        {
            Caption = 'Salesperson Code';
        }
        field(35; "Country/Region Code"; Code[10])
        {
            Caption = 'Country/Region Code';
        }
        field(54; "Last Date Modified"; Date)
        {
            Caption = 'Last Date Modified';
            Editable = false;
        }
        field(84; "Fax No."; Text[30])
        {
            Caption = 'Fax No.';
        }
        field(91; "Post Code"; Code[20])
        {
            Caption = 'Post Code';
        }
        field(92; County; Text[30])
        {
            Caption = 'County';
        }
        field(102; "E-Mail"; Text[80])
        {
            Caption = 'Email';
            ExtendedDatatype = EMail;

            trigger OnValidate()
            begin
                if "E-Mail" <> '' then
                    MailManagement.CheckValidEmailAddresses("E-Mail");
                SetSearchEmail();
            end;
        }
        field(103; "Home Page"; Text[255])
        {
            Caption = 'Home Page';
            ExtendedDatatype = URL;
        }
        field(107; "No. Series"; Code[20])
        {
            Caption = 'No. Series';
            Editable = false;
            TableRelation = "No. Series";
        }
        field(150; "Privacy Blocked"; Boolean)
        {
            Caption = 'Privacy Blocked';
        }
        field(5050; Type; Enum "Contact Type")
        {
            Caption = 'Type';
        }
        field(5051; "Company No."; Code[20])
        {
            Caption = 'Company No.';
            TableRelation = Contact where(Type = const(Company));

            trigger OnValidate()
            var
                CompanyContact: Record Contact;
            begin
                if CompanyContact.Get("Company No.") then
                    "Company Name" := CompanyContact.Name
                else
                    Clear("Company Name");
                if "Company No." = xRec."Company No." then
                    exit;
                if Type <> Type::Person then
                    Error(ContactTypeErr, FieldCaption(Type), Type::Person);
                UpdateBusinessRelation();
            end;
        }
        field(5052; "Company Name"; Text[100])
        {
            Caption = 'Company Name';
            Editable = false;
        }
        field(5054; "First Name"; Text[30])
        {
            Caption = 'First Name';

            trigger OnValidate()
            begin
                Name := CalculatedName();
                UpdateSearchNameFrom(xRec.Name);
            end;
        }
        field(5055; "Middle Name"; Text[30])
        {
            Caption = 'Middle Name';

            trigger OnValidate()
            begin
                Name := CalculatedName();
                UpdateSearchNameFrom(xRec.Name);
            end;
        }
        field(5056; Surname; Text[30])
        {
            Caption = 'Surname';

            trigger OnValidate()
            begin
                Name := CalculatedName();
                UpdateSearchNameFrom(xRec.Name);
            end;
        }
        field(5058; "Job Title"; Text[30])
        {
            Caption = 'Job Title';
        }
        field(5059; Initials; Text[30])
        {
            Caption = 'Initials';
        }
        field(5061; "Mobile Phone No."; Text[30])
        {
            Caption = 'Mobile Phone No.';
            ExtendedDatatype = PhoneNo;
        }
        field(5086; "Contact Business Relation"; Enum "Contact Business Relation")
        {
            Caption = 'Contact Business Relation';
            Editable = false;
        }
        field(5102; "Search E-Mail"; Code[80])
        {
            Caption = 'Search Email';
        }
        field(5104; "Last Time Modified"; Time)
        {
            Caption = 'Last Time Modified';
        }
        field(5105; "E-Mail 2"; Text[80])
        {
            Caption = 'Email 2';
            ExtendedDatatype = EMail;

            trigger OnValidate()
            begin
                if "E-Mail 2" <> '' then
                    MailManagement.CheckValidEmailAddresses("E-Mail 2");
            end;
        }
    }

    keys
    {
        key(Key1; "No.")
        {
            Clustered = true;
        }
        key(Key2; "Search Name")
        {
        }
        key(Key3; "Company Name", "Company No.", Type, Name)
        {
        }
        key(Key4; "Company No.")
        {
        }
        key(Key5; "Search E-Mail")
        {
        }
    }

    trigger OnInsert()
    var
        NoSeries: Codeunit "No. Series";
    begin
        MarketingSetup.Get();
        if "No." = '' then begin
            MarketingSetup.TestField("Contact Nos.");
            "No. Series" := MarketingSetup."Contact Nos.";
            "No." := NoSeries.GetNextNo("No. Series");
        end;
        if not SkipDefaults then
            if "Country/Region Code" = '' then
                "Country/Region Code" := MarketingSetup."Default Country/Region Code";
        if Type = Type::Company then
            "Company No." := "No.";
        SetLastDateTimeModified();
    end;

    trigger OnModify()
    begin
        SetLastDateTimeModified();
    end;

    trigger OnDelete()
    var
        ContactBusinessRelation: Record "Contact Business Relation";
    begin
        if Type = Type::Company then begin
            ContactBusinessRelation.SetRange("Contact No.", "No.");
            ContactBusinessRelation.DeleteAll();
        end;
    end;

    var
        MarketingSetup: Record "Marketing Setup";
        MailManagement: Codeunit "Mail Management";
        SkipDefaults: Boolean;
        ExcludedRelationCode: Code[10];
        ContactTypeErr: Label '%1 must be %2.', Comment = '%1 = Type caption, %2 = Person';

    /// <summary>Skips the Marketing Setup defaults on the next Insert(true).</summary>
    procedure SetSkipDefault()
    begin
        SkipDefaults := true;
    end;

    /// <summary>"First Middle Surname", leading blanks removed.</summary>
    procedure CalculatedName() NewName: Text[100]
    var
        Joined: Text;
    begin
        if "First Name" <> '' then
            Joined := "First Name";
        if "Middle Name" <> '' then
            Joined := Joined + ' ' + "Middle Name";
        if Surname <> '' then
            Joined := Joined + ' ' + Surname;
        Joined := DelChr(Joined, '<', ' ');
        NewName := CopyStr(Joined, 1, MaxStrLen(NewName));
    end;

    procedure UpdateSearchName()
    begin
        UpdateSearchNameFrom(xRec.Name);
    end;

    // Triggers pass their xRec.Name: the search name follows the name until the user changes it.
    local procedure UpdateSearchNameFrom(PreviousName: Text[100])
    begin
        if ("Search Name" = UpperCase(PreviousName)) or ("Search Name" = '') then
            "Search Name" := Name;
    end;

    /// <summary>Recomputes field 5086 from the business relations of the contact (or its company); true when it changed.</summary>
    procedure UpdateBusinessRelation(): Boolean
    var
        Previous: Enum "Contact Business Relation";
    begin
        Previous := "Contact Business Relation";
        "Contact Business Relation" := GetBusinessRelation();
        exit(Previous <> "Contact Business Relation");
    end;

    /// <summary>Used while a relation row is being deleted so that the summary does not count it.</summary>
    procedure SetExcludedBusinessRelation(RelationCode: Code[10])
    begin
        ExcludedRelationCode := RelationCode;
    end;

    /// <summary>True when the contact (or its company) has a relation to the given table (and code, if not blank).</summary>
    procedure HasBusinessRelation(LinkToTable: Enum "Contact Business Relation Link To Table"; BusRelationCode: Code[10]): Boolean
    var
        ContactBusinessRelation: Record "Contact Business Relation";
    begin
        ContactBusinessRelation.SetRange("Contact No.", RelationOwnerNo());
        if LinkToTable <> LinkToTable::" " then
            ContactBusinessRelation.SetRange("Link to Table", LinkToTable);
        if BusRelationCode <> '' then
            ContactBusinessRelation.SetRange("Business Relation Code", BusRelationCode);
        exit(not ContactBusinessRelation.IsEmpty());
    end;

    /// <summary>The customer linked to this contact (or its company), if any.</summary>
    procedure GetCustomerNo(var CustomerNo: Code[20]): Boolean
    var
        ContactBusinessRelation: Record "Contact Business Relation";
    begin
        CustomerNo := '';
        ContactBusinessRelation.SetRange("Contact No.", RelationOwnerNo());
        ContactBusinessRelation.SetRange("Link to Table", ContactBusinessRelation."Link to Table"::Customer);
        if not ContactBusinessRelation.FindFirst() then
            exit(false);
        CustomerNo := ContactBusinessRelation."No.";
        exit(CustomerNo <> '');
    end;

    local procedure GetBusinessRelation(): Enum "Contact Business Relation"
    var
        ContactBusinessRelation: Record "Contact Business Relation";
        LinkedRelation: Record "Contact Business Relation";
        AllCount: Integer;
        LinkedCount: Integer;
    begin
        ContactBusinessRelation.SetRange("Contact No.", RelationOwnerNo());
        if ContactBusinessRelation.FindSet() then
            repeat
                if ContactBusinessRelation."Business Relation Code" <> ExcludedRelationCode then begin
                    AllCount += 1;
                    if (ContactBusinessRelation."Link to Table" <> ContactBusinessRelation."Link to Table"::" ") and
                       (ContactBusinessRelation."No." <> '')
                    then begin
                        LinkedCount += 1;
                        LinkedRelation := ContactBusinessRelation;
                    end;
                end;
            until ContactBusinessRelation.Next() = 0;

        if AllCount = 0 then
            exit("Contact Business Relation"::None);
        if LinkedCount = 0 then begin
            if AllCount = 1 then
                exit("Contact Business Relation"::Other);
            exit("Contact Business Relation"::Multiple);
        end;
        if (AllCount = 1) and (LinkedCount = 1) then
            case LinkedRelation."Link to Table" of
                LinkedRelation."Link to Table"::Customer:
                    exit("Contact Business Relation"::Customer);
                LinkedRelation."Link to Table"::Vendor:
                    exit("Contact Business Relation"::Vendor);
                LinkedRelation."Link to Table"::"Bank Account":
                    exit("Contact Business Relation"::"Bank Account");
                LinkedRelation."Link to Table"::Employee:
                    exit("Contact Business Relation"::Employee);
            end;
        exit("Contact Business Relation"::Multiple);
    end;

    // Relations live on the company contact; a person without a company (a person customer) owns its own.
    local procedure RelationOwnerNo(): Code[20]
    begin
        if (Type = Type::Person) and ("Company No." <> '') then
            exit("Company No.");
        exit("No.");
    end;

    local procedure NameBreakdown()
    var
        Parts: List of [Text];
        Part: Text;
        Rest: Text;
        FirstNames: Text;
        PartCount: Integer;
        i: Integer;
    begin
        if Type = Type::Company then
            exit;
        Rest := Name;
        while StrPos(Rest, ' ') > 0 do begin
            if StrPos(Rest, ' ') > 1 then
                Parts.Add(CopyStr(Rest, 1, StrPos(Rest, ' ') - 1));
            Rest := CopyStr(Rest, StrPos(Rest, ' ') + 1);
        end;
        Parts.Add(Rest);
        PartCount := Parts.Count();

        "First Name" := '';
        "Middle Name" := '';
        Surname := '';
        for i := 1 to PartCount do begin
            Part := Parts.Get(i);
            if (i = PartCount) and (PartCount > 1) then
                Surname := CopyStr(Part, 1, MaxStrLen(Surname))
            else
                if (i = PartCount - 1) and (PartCount > 2) then
                    "Middle Name" := CopyStr(Part, 1, MaxStrLen("Middle Name"))
                else begin
                    FirstNames := DelChr(FirstNames + ' ' + Part, '<', ' ');
                    "First Name" := CopyStr(FirstNames, 1, MaxStrLen("First Name"));
                end;
        end;
    end;

    local procedure SetSearchEmail()
    begin
        if "Search E-Mail" <> UpperCase("E-Mail") then
            "Search E-Mail" := "E-Mail";
    end;

    local procedure SetLastDateTimeModified()
    begin
        "Last Date Modified" := Today();
        "Last Time Modified" := Time();
    end;
}

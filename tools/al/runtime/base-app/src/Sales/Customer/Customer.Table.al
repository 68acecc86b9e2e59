// Model of table 18 Customer: numbering from Sales & Receivables Setup, search name, e-mail check, contact
// creation/update through "CustCont-Update", blocked checks on documents, FindByEmail and template insert flags.
// Posting groups are plain codes here (their setup tables are not modelled). See README.
namespace Microsoft.Sales.Customer;

using Microsoft.CRM.BusinessRelation;
using Microsoft.CRM.Contact;
using Microsoft.CRM.Setup;
using Microsoft.Finance.Currency;
using Microsoft.Foundation.NoSeries;
using Microsoft.Foundation.PaymentTerms;
using Microsoft.Sales.Document;
using Microsoft.Sales.Setup;
using System.Email;

table 18 Customer
{
    Caption = 'Customer';
    DataCaptionFields = "No.", Name;
    DataClassification = CustomerContent;
    DrillDownPageId = "Customer List";
    LookupPageId = "Customer List";

    fields
    {
        field(1; "No."; Code[20])
        {
            Caption = 'No.';

            trigger OnValidate()
            begin
                TestNoSeries(xRec."No.");
                if "Invoice Disc. Code" = '' then
                    "Invoice Disc. Code" := "No.";
            end;
        }
        field(2; Name; Text[100])
        {
            Caption = 'Name';

            trigger OnValidate()
            begin
                if ("Search Name" = UpperCase(xRec.Name)) or ("Search Name" = '') then
                    "Search Name" := Name;
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
        field(8; Contact; Text[100])
        {
            Caption = 'Contact';
        }
        field(9; "Phone No."; Text[30])
        {
            Caption = 'Phone No.';
            ExtendedDatatype = PhoneNo;
        }
        field(21; "Customer Posting Group"; Code[20])
        {
            Caption = 'Customer Posting Group';
        }
        field(22; "Currency Code"; Code[10])
        {
            Caption = 'Currency Code';
            TableRelation = Currency;
        }
        field(24; "Language Code"; Code[10])
        {
            Caption = 'Language Code';
        }
        field(25; "Registration Number"; Text[50])
        {
            Caption = 'Registration No.';
        }
        field(27; "Payment Terms Code"; Code[10])
        {
            Caption = 'Payment Terms Code';
            TableRelation = "Payment Terms";
        }
        field(29; "Salesperson Code"; Code[20])
        {
            Caption = 'Salesperson Code';
        }
        field(33; "Invoice Disc. Code"; Code[20])
        {
            Caption = 'Invoice Disc. Code';
        }
        field(35; "Country/Region Code"; Code[10])
        {
            Caption = 'Country/Region Code';
        }
        field(39; Blocked; Enum "Customer Blocked")
        {
            Caption = 'Blocked';
        }
        field(45; "Bill-to Customer No."; Code[20])
        {
            Caption = 'Bill-to Customer No.';
            TableRelation = Customer;
        }
        field(47; "Payment Method Code"; Code[10])
        {
            Caption = 'Payment Method Code';
        }
        field(53; "Last Modified Date Time"; DateTime)
        {
            Caption = 'Last Modified Date Time';
            Editable = false;
        }
        field(54; "Last Date Modified"; Date)
        {
            Caption = 'Last Date Modified';
            Editable = false;
        }
        field(82; "Prices Including VAT"; Boolean)
        {
            Caption = 'Prices Including VAT';
        }
        field(83; "Location Code"; Code[10])
        {
            Caption = 'Location Code';
        }
        field(84; "Fax No."; Text[30])
        {
            Caption = 'Fax No.';
        }
        field(86; "VAT Registration No."; Text[20])
        {
            Caption = 'VAT Registration No.';
        }
        field(88; "Gen. Bus. Posting Group"; Code[20])
        {
            Caption = 'Gen. Bus. Posting Group';
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
            var
                MailManagement: Codeunit "Mail Management";
            begin
                if "E-Mail" = '' then
                    exit;
                MailManagement.CheckValidEmailAddresses("E-Mail");
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
        field(108; "Tax Area Code"; Code[20])
        {
            Caption = 'Tax Area Code';
        }
        field(109; "Tax Liable"; Boolean)
        {
            Caption = 'Tax Liable';
        }
        field(110; "VAT Bus. Posting Group"; Code[20])
        {
            Caption = 'VAT Bus. Posting Group';
        }
        field(150; "Privacy Blocked"; Boolean)
        {
            Caption = 'Privacy Blocked';
        }
        field(5049; "Primary Contact No."; Code[20])
        {
            Caption = 'Primary Contact No.';
            TableRelation = Contact;

            trigger OnValidate()
            var
                PrimaryContact: Record Contact;
            begin
                Contact := '';
                if "Primary Contact No." <> '' then begin
                    PrimaryContact.Get("Primary Contact No.");
                    Contact := PrimaryContact.Name;
                end;
            end;
        }
        field(5050; "Contact Type"; Enum "Contact Type")
        {
            Caption = 'Contact Type';
        }
        field(5061; "Mobile Phone No."; Text[30])
        {
            Caption = 'Mobile Phone No.';
            ExtendedDatatype = PhoneNo;
        }
        field(7174; "No. of Invoices"; Integer)
        {
            CalcFormula = count("Sales Header" where("Document Type" = const(Invoice), "Sell-to Customer No." = field("No.")));
            Caption = 'No. of Invoices';
            Editable = false;
            FieldClass = FlowField;
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
        key(Key3; Name)
        {
        }
        key(Key4; "E-Mail")
        {
        }
    }

    trigger OnInsert()
    var
        Customer: Record Customer;
    begin
        if "No." = '' then begin
            SalesSetup.Get();
            SalesSetup.TestField("Customer Nos.");
            "No. Series" := SalesSetup."Customer Nos.";
            "No." := NoSeries.GetNextNo("No. Series");
            while Customer.Get("No.") do
                "No." := NoSeries.GetNextNo("No. Series");
        end;

        if "Invoice Disc. Code" = '' then
            "Invoice Disc. Code" := "No.";

        if not (InsertFromContact or (InsertFromTemplate and (Contact <> '')) or IsTemporary()) then
            UpdateContFromCust.OnInsert(Rec);

        SetLastModifiedDateTime();
    end;

    trigger OnModify()
    begin
        SetLastModifiedDateTime();
        if IsContactUpdateNeeded(xRec) then begin
            Modify();
            UpdateContFromCust.OnModify(Rec);
            if not Find() then begin
                Reset();
                if Find() then;
            end;
        end;
    end;

    trigger OnDelete()
    begin
        UpdateContFromCust.OnDelete(Rec);
    end;

    trigger OnRename()
    begin
        SetLastModifiedDateTime();
    end;

    var
        SalesSetup: Record "Sales & Receivables Setup";
        NoSeries: Codeunit "No. Series";
        UpdateContFromCust: Codeunit "CustCont-Update";
        InsertFromContact: Boolean;
        InsertFromTemplate: Boolean;
        PostTxt: Label 'post';
        CreateTxt: Label 'create';
        BlockedErr: Label 'You cannot %1 this type of document when Customer %2 is blocked with type %3', Comment = '%1 = post or create, %2 = customer no., %3 = blocked type';
        PrivacyBlockedActionErr: Label 'You cannot %1 this type of document when Customer %2 is blocked for privacy.', Comment = '%1 = action (create or post), %2 = customer code.';
        PrivacyBlockedGenericTxt: Label 'Privacy Blocked must not be true for customer %1.', Comment = '%1 = customer code';

    /// <summary>The bill-to customer, or this customer when none is set.</summary>
    procedure GetBillToCustomerNo(): Code[20]
    begin
        if "Bill-to Customer No." <> '' then
            exit("Bill-to Customer No.");
        exit("No.");
    end;

    procedure SetInsertFromContact(FromContact: Boolean)
    begin
        InsertFromContact := FromContact;
    end;

    procedure SetInsertFromTemplate(FromTemplate: Boolean)
    begin
        InsertFromTemplate := FromTemplate;
    end;

    /// <summary>Finds a customer by its own e-mail, else by a contact with that e-mail related to a customer.</summary>
    procedure FindByEmail(var Customer: Record Customer; Email: Text): Boolean
    var
        LocalContact: Record Contact;
        ContactBusinessRelation: Record "Contact Business Relation";
        MarketingSetup: Record "Marketing Setup";
    begin
        Customer.SetRange("E-Mail", Email);
        if Customer.FindFirst() then
            exit(true);

        Customer.SetRange("E-Mail");
        LocalContact.SetRange("E-Mail", Email);
        if LocalContact.FindSet() then begin
            MarketingSetup.Get();
            repeat
                if ContactBusinessRelation.Get(LocalContact."No.", MarketingSetup."Bus. Rel. Code for Customers") then begin
                    Customer.Get(ContactBusinessRelation."No.");
                    exit(true);
                end;
            until LocalContact.Next() = 0;
        end;
        exit(false);
    end;

    procedure GetPrimaryContact(CustomerNo: Code[20]; var PrimaryContact: Record Contact)
    var
        Customer: Record Customer;
    begin
        Clear(PrimaryContact);
        if Customer.Get(CustomerNo) then
            if Customer."Primary Contact No." <> '' then
                if PrimaryContact.Get(Customer."Primary Contact No.") then;
    end;

    /// <summary>Raises BC's blocked errors for a sales document of the given type.</summary>
    procedure CheckBlockedCustOnDocs(Cust2: Record Customer; DocType: Enum "Sales Document Type"; Shipment: Boolean; Transaction: Boolean)
    begin
        if Cust2."Privacy Blocked" then
            Cust2.CustPrivacyBlockedErrorMessage(Cust2, Transaction);

        if (Cust2.Blocked = Cust2.Blocked::All) or
           ((Cust2.Blocked = Cust2.Blocked::Invoice) and
            (DocType in [DocType::Quote, DocType::Order, DocType::Invoice, DocType::"Blanket Order"])) or
           ((Cust2.Blocked = Cust2.Blocked::Ship) and (DocType in [DocType::Quote, DocType::Order, DocType::"Blanket Order"]) and
            (not Transaction)) or
           ((Cust2.Blocked = Cust2.Blocked::Ship) and (DocType in [DocType::Quote, DocType::Order, DocType::Invoice, DocType::"Blanket Order"]) and
            Shipment and Transaction)
        then
            Cust2.CustBlockedErrorMessage(Cust2, Transaction);
    end;

    procedure CustBlockedErrorMessage(Cust2: Record Customer; Transaction: Boolean)
    begin
        Error(BlockedErr, ActionText(Transaction), Cust2."No.", Cust2.Blocked);
    end;

    procedure CustPrivacyBlockedErrorMessage(Cust2: Record Customer; Transaction: Boolean)
    begin
        Error(PrivacyBlockedActionErr, ActionText(Transaction), Cust2."No.");
    end;

    procedure GetPrivacyBlockedGenericErrorText(Cust2: Record Customer): Text[250]
    begin
        exit(StrSubstNo(PrivacyBlockedGenericTxt, Cust2."No."));
    end;

    local procedure ActionText(Transaction: Boolean): Text
    begin
        if Transaction then
            exit(PostTxt);
        exit(CreateTxt);
    end;

    local procedure TestNoSeries(PreviousNo: Code[20])
    var
        Customer: Record Customer;
    begin
        if "No." <> PreviousNo then
            if not Customer.Get(Rec."No.") then begin
                SalesSetup.Get();
                NoSeries.TestManual(SalesSetup."Customer Nos.");
                "No. Series" := '';
            end;
    end;

    local procedure SetLastModifiedDateTime()
    begin
        "Last Modified Date Time" := CurrentDateTime();
        "Last Date Modified" := Today();
    end;

    // BC compares every contact-relevant field with xRec; the model compares the fields CustCont-Update copies.
    local procedure IsContactUpdateNeeded(OldCustomer: Record Customer): Boolean
    begin
        exit(
          (Name <> OldCustomer.Name) or ("Search Name" <> OldCustomer."Search Name") or ("Name 2" <> OldCustomer."Name 2") or
          (Address <> OldCustomer.Address) or ("Address 2" <> OldCustomer."Address 2") or (City <> OldCustomer.City) or
          ("Phone No." <> OldCustomer."Phone No.") or ("Mobile Phone No." <> OldCustomer."Mobile Phone No.") or
          ("Fax No." <> OldCustomer."Fax No.") or ("Post Code" <> OldCustomer."Post Code") or (County <> OldCustomer.County) or
          ("Country/Region Code" <> OldCustomer."Country/Region Code") or ("E-Mail" <> OldCustomer."E-Mail") or
          ("Home Page" <> OldCustomer."Home Page") or ("Currency Code" <> OldCustomer."Currency Code") or
          ("Language Code" <> OldCustomer."Language Code") or ("Salesperson Code" <> OldCustomer."Salesperson Code") or
          ("Privacy Blocked" <> OldCustomer."Privacy Blocked"));
    end;
}

// Model of table 5054 "Contact Business Relation": links a contact to a customer (vendor, ...) under a business relation code.
namespace Microsoft.CRM.BusinessRelation;

using Microsoft.CRM.Contact;
using Microsoft.CRM.Setup;
using Microsoft.Sales.Customer;

table 5054 "Contact Business Relation"
{
    Caption = 'Contact Business Relation';
    DataClassification = CustomerContent;

    fields
    {
        field(1; "Contact No."; Code[20])
        {
            Caption = 'Contact No.';
            NotBlank = true;
            TableRelation = Contact where(Type = const(Company));
        }
        field(2; "Business Relation Code"; Code[10])
        {
            Caption = 'Business Relation Code';
            NotBlank = true;
            TableRelation = "Business Relation";
        }
        field(3; "Link to Table"; Enum "Contact Business Relation Link To Table")
        {
            Caption = 'Link to Table';
        }
        field(4; "No."; Code[20])
        {
            Caption = 'No.';
            TableRelation = if ("Link to Table" = const(Customer)) Customer;
        }
        field(5; "Business Relation Description"; Text[100])
        {
            CalcFormula = lookup("Business Relation".Description where(Code = field("Business Relation Code")));
            Caption = 'Business Relation Description';
            Editable = false;
            FieldClass = FlowField;
        }
        field(6; "Contact Name"; Text[100])
        {
            CalcFormula = lookup(Contact.Name where("No." = field("Contact No.")));
            Caption = 'Contact Name';
            Editable = false;
            FieldClass = FlowField;
        }
    }

    keys
    {
        key(Key1; "Contact No.", "Business Relation Code")
        {
            Clustered = true;
        }
        key(Key2; "Link to Table", "No.")
        {
        }
        key(Key3; "Link to Table", "Contact No.")
        {
        }
        key(Key4; "Business Relation Code")
        {
        }
    }

    trigger OnInsert()
    var
        ContBusRel: Record "Contact Business Relation";
        Contact: Record Contact;
        Customer: Record Customer;
    begin
        if "No." = '' then
            exit;
        // BC: a contact links to at most one record per table, and a record to at most one contact.
        if ContBusRel.FindByContact("Link to Table", "Contact No.") then
            Error(AlreadyLinkedErr, Contact.TableCaption(), "Contact No.", TableCaption(), "Link to Table", ContBusRel."No.");
        if ContBusRel.FindByRelation("Link to Table", "No.") then
            if ("Link to Table" <> "Link to Table"::Customer) or Customer.Get(ContBusRel."No.") then
                Error(AlreadyLinkedErr, "Link to Table", "No.", TableCaption(), Contact.TableCaption(), ContBusRel."Contact No.");

        ContBusRel.Reset();
        ContBusRel.SetRange("Contact No.", "Contact No.");
        ContBusRel.SetRange("Business Relation Code", "Business Relation Code");
        ContBusRel.SetRange("No.", '');
        ContBusRel.DeleteAll();
    end;

    var
        AlreadyLinkedErr: Label '%1 %2 already has a %3 with %4 %5.', Comment = '%1 = table caption, %2 = number, %3 = table caption, %4 = link type, %5 = number';

    trigger OnDelete()
    var
        Contact: Record Contact;
    begin
        // The row is still in the table while OnDelete runs: the contact's summary must not count it.
        if not Contact.Get("Contact No.") then
            exit;
        Contact.SetExcludedBusinessRelation("Business Relation Code");
        if Contact.UpdateBusinessRelation() then
            Contact.Modify();
    end;

    /// <summary>Finds the contact linked to a customer (vendor, ...) number; true when one exists.</summary>
    procedure FindByRelation(LinkType: Enum "Contact Business Relation Link To Table"; LinkNo: Code[20]): Boolean
    begin
        Reset();
        SetCurrentKey("Link to Table", "No.");
        SetRange("Link to Table", LinkType);
        SetRange("No.", LinkNo);
        exit(FindFirst());
    end;

    /// <summary>Finds the relation of a contact (or of its company) to a table; true when one exists.</summary>
    procedure FindByContact(LinkType: Enum "Contact Business Relation Link To Table"; ContactNo: Code[20]): Boolean
    begin
        Reset();
        SetCurrentKey("Link to Table", "Contact No.");
        SetRange("Link to Table", LinkType);
        SetRange("Contact No.", ContactNo);
        exit(FindFirst());
    end;

    /// <summary>Inserts a relation of the contact to a customer/vendor/... under the Marketing Setup code for that table.</summary>
    procedure CreateRelation(ContactNo: Code[20]; LinkNo: Code[20]; LinkToTable: Enum "Contact Business Relation Link To Table")
    var
        MarketingSetupRec: Record "Marketing Setup";
    begin
        MarketingSetupRec.Get();
        Init();
        "Contact No." := ContactNo;
        case LinkToTable of
            LinkToTable::Customer:
                "Business Relation Code" := MarketingSetupRec."Bus. Rel. Code for Customers";
            LinkToTable::Vendor:
                "Business Relation Code" := MarketingSetupRec."Bus. Rel. Code for Vendors";
            LinkToTable::"Bank Account":
                "Business Relation Code" := MarketingSetupRec."Bus. Rel. Code for Bank Accs.";
            LinkToTable::Employee:
                "Business Relation Code" := MarketingSetupRec."Bus. Rel. Code for Employees";
        end;
        "Link to Table" := LinkToTable;
        "No." := LinkNo;
        Insert(true);
        RefreshContact(ContactNo);
    end;

    /// <summary>Recomputes the contact's business relation summary (field 5086) after relations changed.</summary>
    procedure RefreshContact(ContactNo: Code[20])
    var
        Contact: Record Contact;
    begin
        if not Contact.Get(ContactNo) then
            exit;
        if Contact.UpdateBusinessRelation() then
            Contact.Modify();
    end;
}

// Model of codeunit 5056 "CustCont-Update": keeps the contact of a customer in step with it.
// On insert it creates a contact of the customer's "Contact Type" with the customer's name, address and
// communication fields, linked by a Contact Business Relation under Marketing Setup "Bus. Rel. Code for Customers"
// (nothing happens while that code is blank, as in BC). On modify it copies the same fields to the linked contact;
// on delete it removes the relations. BC copies with TransferFields; this model copies the listed fields only.
namespace Microsoft.CRM.BusinessRelation;

using Microsoft.CRM.Contact;
using Microsoft.CRM.Setup;
using Microsoft.Foundation.NoSeries;
using Microsoft.Sales.Customer;

codeunit 5056 "CustCont-Update"
{
    Permissions = tabledata Contact = rimd,
                  tabledata "Contact Business Relation" = rimd;

    var
        MarketingSetup: Record "Marketing Setup";

    procedure OnInsert(var Cust: Record Customer)
    begin
        if not MarketingSetup.Get() then
            exit;
        if MarketingSetup."Bus. Rel. Code for Customers" = '' then
            exit;
        InsertNewContact(Cust, true);
    end;

    procedure OnModify(var Cust: Record Customer)
    var
        ContactBusinessRelation: Record "Contact Business Relation";
        Contact: Record Contact;
        ContactNo: Code[20];
        ContactNoSeries: Code[20];
        ContactType: Enum "Contact Type";
    begin
        ContactBusinessRelation.SetCurrentKey("Link to Table", "No.");
        ContactBusinessRelation.SetRange("Link to Table", ContactBusinessRelation."Link to Table"::Customer);
        ContactBusinessRelation.SetRange("No.", Cust."No.");
        if not ContactBusinessRelation.FindFirst() then
            exit;
        if not Contact.Get(ContactBusinessRelation."Contact No.") then begin
            ContactBusinessRelation.Delete();
            exit;
        end;
        ContactNo := Contact."No.";
        ContactNoSeries := Contact."No. Series";
        ContactType := Contact.Type;
        Contact.Validate("E-Mail", Cust."E-Mail");
        CopyCustomerFields(Contact, Cust);
        Contact."No." := ContactNo;
        Contact."No. Series" := ContactNoSeries;
        Contact.Type := ContactType;
        Contact.Validate(Name);
        Contact.Modify(true);

        if (Cust."Contact Type" = Cust."Contact Type"::Person) and (Cust."Primary Contact No." = Contact."No.") then begin
            Cust.Contact := Contact.Name;
            Cust.Modify();
        end;
    end;

    procedure OnDelete(var Cust: Record Customer)
    var
        ContactBusinessRelation: Record "Contact Business Relation";
    begin
        ContactBusinessRelation.SetCurrentKey("Link to Table", "No.");
        ContactBusinessRelation.SetRange("Link to Table", ContactBusinessRelation."Link to Table"::Customer);
        ContactBusinessRelation.SetRange("No.", Cust."No.");
        ContactBusinessRelation.DeleteAll(true);
    end;

    /// <summary>Creates the customer's contact and its business relation; persons become the primary contact.</summary>
    procedure InsertNewContact(var Cust: Record Customer; LocalCall: Boolean)
    var
        ContactBusinessRelation: Record "Contact Business Relation";
        Contact: Record Contact;
        NoSeries: Codeunit "No. Series";
    begin
        if not LocalCall then begin
            MarketingSetup.Get();
            MarketingSetup.TestField("Bus. Rel. Code for Customers");
        end;

        Contact.Init();
        Contact.Type := Cust."Contact Type";
        CopyCustomerFields(Contact, Cust);
        Contact.Validate(Name);
        if Contact."E-Mail" <> '' then
            Contact.Validate("E-Mail");
        MarketingSetup.TestField("Contact Nos.");
        Contact."No. Series" := MarketingSetup."Contact Nos.";
        Contact."No." := NoSeries.GetNextNo(Contact."No. Series");
        Contact.SetSkipDefault();
        Contact.Insert(true);

        ContactBusinessRelation.Init();
        ContactBusinessRelation."Contact No." := Contact."No.";
        ContactBusinessRelation."Business Relation Code" := MarketingSetup."Bus. Rel. Code for Customers";
        ContactBusinessRelation."Link to Table" := ContactBusinessRelation."Link to Table"::Customer;
        ContactBusinessRelation."No." := Cust."No.";
        ContactBusinessRelation.Insert(true);
        ContactBusinessRelation.RefreshContact(Contact."No.");

        if Cust."Contact Type" = Cust."Contact Type"::Person then begin
            Cust."Primary Contact No." := Contact."No.";
            Cust.Contact := Contact.Name;
        end;
    end;

    local procedure CopyCustomerFields(var Contact: Record Contact; Cust: Record Customer)
    begin
        Contact.Name := Cust.Name;
        Contact."Name 2" := Cust."Name 2";
        Contact."Search Name" := Cust."Search Name";
        Contact.Address := Cust.Address;
        Contact."Address 2" := Cust."Address 2";
        Contact.City := Cust.City;
        Contact."Post Code" := Cust."Post Code";
        Contact.County := Cust.County;
        Contact."Country/Region Code" := Cust."Country/Region Code";
        Contact."Phone No." := Cust."Phone No.";
        Contact."Mobile Phone No." := Cust."Mobile Phone No.";
        Contact."Fax No." := Cust."Fax No.";
        Contact."E-Mail" := Cust."E-Mail";
        Contact."Home Page" := Cust."Home Page";
        Contact."Currency Code" := Cust."Currency Code";
        Contact."Language Code" := Cust."Language Code";
        Contact."Salesperson Code" := Cust."Salesperson Code";
        Contact."Privacy Blocked" := Cust."Privacy Blocked";
    end;
}

// Model of codeunit 1381 "Customer Templ. Mgt." with its public create/apply signatures.
// ApplyTemplate copies each template field that has a value into the customer when the customer's field is empty
// (or always with UpdateExistingValues), excluding "Invoice Disc. Code", "No. Series" and "Payment Method Code"
// exactly as BC does; it then validates "Payment Method Code" and modifies the customer with triggers.
// BC walks every field of the template with RecordRef/FieldRef and the Field table; this model lists the fields
// the modelled template defines, one assignment each.
namespace Microsoft.Sales.Customer;

using Microsoft.CRM.Contact;
using Microsoft.Foundation.NoSeries;

codeunit 1381 "Customer Templ. Mgt."
{
    /// <summary>Creates a customer from the template CustomerTemplCode (blank: the only template, if exactly one exists).</summary>
    procedure CreateCustomerFromTemplate(var Customer: Record Customer; var IsHandled: Boolean; CustomerTemplCode: Code[20]) Result: Boolean
    var
        CustomerTempl: Record "Customer Templ.";
    begin
        IsHandled := false;
        OnBeforeCreateCustomerFromTemplate(Customer, Result, IsHandled);
        if IsHandled then
            exit(Result);

        IsHandled := true;
        if CustomerTemplCode = '' then begin
            if not SelectCustomerTemplate(CustomerTempl) then
                exit(false);
        end else
            CustomerTempl.Get(CustomerTemplCode);

        Customer.SetInsertFromTemplate(true);
        Customer.Init();
        InitCustomerNo(Customer, CustomerTempl);
        Customer."Contact Type" := CustomerTempl."Contact Type";
        Customer.Insert(true);
        Customer.SetInsertFromTemplate(false);

        ApplyCustomerTemplate(Customer, CustomerTempl);

        OnAfterCreateCustomerFromTemplate(Customer, CustomerTempl);
        exit(true);
    end;

    procedure CreateCustomerFromTemplate(var Customer: Record Customer; var IsHandled: Boolean): Boolean
    begin
        exit(CreateCustomerFromTemplate(Customer, IsHandled, ''));
    end;

    procedure ApplyCustomerTemplate(var Customer: Record Customer; CustomerTempl: Record "Customer Templ.")
    begin
        ApplyCustomerTemplate(Customer, CustomerTempl, false);
    end;

    procedure ApplyCustomerTemplate(var Customer: Record Customer; CustomerTempl: Record "Customer Templ."; UpdateExistingValues: Boolean)
    begin
        ApplyTemplate(Customer, CustomerTempl, UpdateExistingValues);
        Customer.Get(Customer."No.");
        OnAfterApplyCustomerTemplate(Customer, CustomerTempl);
    end;

    procedure ApplyTemplate(var Customer: Record Customer; CustomerTempl: Record "Customer Templ."; UpdateExistingValues: Boolean)
    begin
        if ShouldCopy(Customer.Address = '', CustomerTempl.Address = '', UpdateExistingValues) then
            Customer.Address := CustomerTempl.Address;
        if ShouldCopy(Customer."Address 2" = '', CustomerTempl."Address 2" = '', UpdateExistingValues) then
            Customer."Address 2" := CustomerTempl."Address 2";
        if ShouldCopy(Customer.City = '', CustomerTempl.City = '', UpdateExistingValues) then
            Customer.City := CustomerTempl.City;
        if ShouldCopy(Customer."Phone No." = '', CustomerTempl."Phone No." = '', UpdateExistingValues) then
            Customer."Phone No." := CustomerTempl."Phone No.";
        if ShouldCopy(Customer."Customer Posting Group" = '', CustomerTempl."Customer Posting Group" = '', UpdateExistingValues) then
            Customer."Customer Posting Group" := CustomerTempl."Customer Posting Group";
        if ShouldCopy(Customer."Currency Code" = '', CustomerTempl."Currency Code" = '', UpdateExistingValues) then
            Customer."Currency Code" := CustomerTempl."Currency Code";
        if ShouldCopy(Customer."Language Code" = '', CustomerTempl."Language Code" = '', UpdateExistingValues) then
            Customer."Language Code" := CustomerTempl."Language Code";
        if ShouldCopy(Customer."Payment Terms Code" = '', CustomerTempl."Payment Terms Code" = '', UpdateExistingValues) then
            Customer."Payment Terms Code" := CustomerTempl."Payment Terms Code";
        if ShouldCopy(Customer."Salesperson Code" = '', CustomerTempl."Salesperson Code" = '', UpdateExistingValues) then
            Customer."Salesperson Code" := CustomerTempl."Salesperson Code";
        if ShouldCopy(Customer."Country/Region Code" = '', CustomerTempl."Country/Region Code" = '', UpdateExistingValues) then
            Customer."Country/Region Code" := CustomerTempl."Country/Region Code";
        if ShouldCopy(Customer.Blocked = Customer.Blocked::" ", CustomerTempl.Blocked = CustomerTempl.Blocked::" ", UpdateExistingValues) then
            Customer.Blocked := CustomerTempl.Blocked;
        if ShouldCopy(Customer."Bill-to Customer No." = '', CustomerTempl."Bill-to Customer No." = '', UpdateExistingValues) then
            Customer."Bill-to Customer No." := CustomerTempl."Bill-to Customer No.";
        if ShouldCopy(Customer."Prices Including VAT" = false, CustomerTempl."Prices Including VAT" = false, UpdateExistingValues) then
            Customer."Prices Including VAT" := CustomerTempl."Prices Including VAT";
        if ShouldCopy(Customer."Location Code" = '', CustomerTempl."Location Code" = '', UpdateExistingValues) then
            Customer."Location Code" := CustomerTempl."Location Code";
        if ShouldCopy(Customer."Gen. Bus. Posting Group" = '', CustomerTempl."Gen. Bus. Posting Group" = '', UpdateExistingValues) then
            Customer."Gen. Bus. Posting Group" := CustomerTempl."Gen. Bus. Posting Group";
        if ShouldCopy(Customer."Post Code" = '', CustomerTempl."Post Code" = '', UpdateExistingValues) then
            Customer."Post Code" := CustomerTempl."Post Code";
        if ShouldCopy(Customer.County = '', CustomerTempl.County = '', UpdateExistingValues) then
            Customer.County := CustomerTempl.County;
        if ShouldCopy(Customer."Home Page" = '', CustomerTempl."Home Page" = '', UpdateExistingValues) then
            Customer."Home Page" := CustomerTempl."Home Page";
        if ShouldCopy(Customer."Tax Area Code" = '', CustomerTempl."Tax Area Code" = '', UpdateExistingValues) then
            Customer."Tax Area Code" := CustomerTempl."Tax Area Code";
        if ShouldCopy(Customer."Tax Liable" = false, CustomerTempl."Tax Liable" = false, UpdateExistingValues) then
            Customer."Tax Liable" := CustomerTempl."Tax Liable";
        if ShouldCopy(Customer."VAT Bus. Posting Group" = '', CustomerTempl."VAT Bus. Posting Group" = '', UpdateExistingValues) then
            Customer."VAT Bus. Posting Group" := CustomerTempl."VAT Bus. Posting Group";
        if ShouldCopy(Customer."Contact Type" = Customer."Contact Type"::Company, CustomerTempl."Contact Type" = CustomerTempl."Contact Type"::Company, UpdateExistingValues) then
            Customer."Contact Type" := CustomerTempl."Contact Type";

        if CustomerTempl."Invoice Disc. Code" <> '' then
            Customer."Invoice Disc. Code" := CustomerTempl."Invoice Disc. Code";
        Customer.Validate("Payment Method Code", CustomerTempl."Payment Method Code");
        Customer.Modify(true);
    end;

    /// <summary>Picks a template: false when there is none; the only one when there is exactly one.</summary>
    procedure SelectCustomerTemplate(var CustomerTempl: Record "Customer Templ.") Result: Boolean
    begin
        CustomerTempl.Reset();
        case CustomerTempl.Count() of
            0:
                exit(false);
            1:
                begin
                    CustomerTempl.FindFirst();
                    exit(true);
                end;
        end;
        // BC lets the user choose in "Select Customer Templ. List"; the model offers the template list as a modal lookup.
        exit(Page.RunModal(Page::"Customer Templ. List", CustomerTempl) = Action::LookupOK);
    end;

    procedure SelectCustomerTemplateFromContact(var CustomerTempl: Record "Customer Templ."; Contact: Record Contact): Boolean
    begin
        CustomerTempl.SetRange("Contact Type", Contact.Type);
        exit(SelectCustomerTemplate(CustomerTempl));
    end;

    procedure InsertCustomerFromTemplate(var Customer: Record Customer) Result: Boolean
    var
        IsHandled: Boolean;
    begin
        Result := CreateCustomerFromTemplate(Customer, IsHandled);
    end;

    procedure TemplatesAreNotEmpty() Result: Boolean
    var
        CustomerTempl: Record "Customer Templ.";
    begin
        Result := not CustomerTempl.IsEmpty();
    end;

    procedure IsEnabled() Result: Boolean
    begin
        Result := true;
    end;

    /// <summary>Assigns the customer number from the template's number series, if the template has one.</summary>
    procedure InitCustomerNo(var Customer: Record Customer; CustomerTempl: Record "Customer Templ.")
    var
        NoSeries: Codeunit "No. Series";
    begin
        if CustomerTempl."No. Series" = '' then
            exit;

        Customer."No. Series" := CustomerTempl."No. Series";
        if Customer."No." <> '' then begin
            NoSeries.TestManual(Customer."No. Series");
            exit;
        end;

        NoSeries.TestAutomatic(Customer."No. Series");
        Customer."No." := NoSeries.GetNextNo(Customer."No. Series");
    end;

    // BC's rule per field: a template value is copied when it is not empty and the customer's value is empty,
    // or always when existing values are updated.
    local procedure ShouldCopy(CustomerValueIsEmpty: Boolean; TemplateValueIsEmpty: Boolean; UpdateExistingValues: Boolean): Boolean
    begin
        if TemplateValueIsEmpty then
            exit(false);
        exit(UpdateExistingValues or CustomerValueIsEmpty);
    end;

    [IntegrationEvent(false, false)]
    local procedure OnBeforeCreateCustomerFromTemplate(var Customer: Record Customer; var Result: Boolean; var IsHandled: Boolean)
    begin
    end;

    [IntegrationEvent(false, false)]
    local procedure OnAfterCreateCustomerFromTemplate(var Customer: Record Customer; CustomerTempl: Record "Customer Templ.")
    begin
    end;

    [IntegrationEvent(false, false)]
    local procedure OnAfterApplyCustomerTemplate(var Customer: Record Customer; CustomerTempl: Record "Customer Templ.")
    begin
    end;
}

// Model of codeunit 1381 "Customer Templ. Mgt." with its public create/apply signatures.
// ApplyTemplate copies each template field that has a value into the customer when the customer's field is empty
// (or always with UpdateExistingValues), excluding "Invoice Disc. Code", "No. Series" and "Payment Method Code"
// exactly as BC does; it then validates "Payment Method Code" and modifies the customer with triggers.
// BC walks every field of the template through the Field table; this model walks the fields the template defines.
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
    var
        CustomerRecRef: RecordRef;
        EmptyCustomerRecRef: RecordRef;
        TemplRecRef: RecordRef;
        EmptyTemplRecRef: RecordRef;
        CustomerFldRef: FieldRef;
        TemplFldRef: FieldRef;
        FieldNumber: Integer;
    begin
        CustomerRecRef.GetTable(Customer);
        EmptyCustomerRecRef.Open(Database::Customer);
        EmptyCustomerRecRef.Init();
        TemplRecRef.GetTable(CustomerTempl);
        EmptyTemplRecRef.Open(Database::"Customer Templ.");
        EmptyTemplRecRef.Init();

        foreach FieldNumber in CopiedFieldNumbers() do begin
            CustomerFldRef := CustomerRecRef.Field(FieldNumber);
            TemplFldRef := TemplRecRef.Field(FieldNumber);
            if TemplFldRef.Value() <> EmptyTemplRecRef.Field(FieldNumber).Value() then
                if UpdateExistingValues or (CustomerFldRef.Value() = EmptyCustomerRecRef.Field(FieldNumber).Value()) then
                    CustomerFldRef.Value := TemplFldRef.Value();
        end;
        CustomerRecRef.SetTable(Customer);

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

    // Template fields that also exist on Customer, minus BC's exclusion list (33, 107, 47) and the key fields (1, 2).
    local procedure CopiedFieldNumbers() FieldNumbers: List of [Integer]
    var
        CustomerTempl: Record "Customer Templ.";
    begin
        FieldNumbers.Add(CustomerTempl.FieldNo(Address));
        FieldNumbers.Add(CustomerTempl.FieldNo("Address 2"));
        FieldNumbers.Add(CustomerTempl.FieldNo(City));
        FieldNumbers.Add(CustomerTempl.FieldNo("Phone No."));
        FieldNumbers.Add(CustomerTempl.FieldNo("Customer Posting Group"));
        FieldNumbers.Add(CustomerTempl.FieldNo("Currency Code"));
        FieldNumbers.Add(CustomerTempl.FieldNo("Language Code"));
        FieldNumbers.Add(CustomerTempl.FieldNo("Payment Terms Code"));
        FieldNumbers.Add(CustomerTempl.FieldNo("Salesperson Code"));
        FieldNumbers.Add(CustomerTempl.FieldNo("Country/Region Code"));
        FieldNumbers.Add(CustomerTempl.FieldNo(Blocked));
        FieldNumbers.Add(CustomerTempl.FieldNo("Bill-to Customer No."));
        FieldNumbers.Add(CustomerTempl.FieldNo("Prices Including VAT"));
        FieldNumbers.Add(CustomerTempl.FieldNo("Location Code"));
        FieldNumbers.Add(CustomerTempl.FieldNo("Gen. Bus. Posting Group"));
        FieldNumbers.Add(CustomerTempl.FieldNo("Post Code"));
        FieldNumbers.Add(CustomerTempl.FieldNo(County));
        FieldNumbers.Add(CustomerTempl.FieldNo("Home Page"));
        FieldNumbers.Add(CustomerTempl.FieldNo("Tax Area Code"));
        FieldNumbers.Add(CustomerTempl.FieldNo("Tax Liable"));
        FieldNumbers.Add(CustomerTempl.FieldNo("VAT Bus. Posting Group"));
        FieldNumbers.Add(CustomerTempl.FieldNo("Contact Type"));
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

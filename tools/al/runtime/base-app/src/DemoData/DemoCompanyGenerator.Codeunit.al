// Demo company for the AL runtime: shared by the test apps and the local sandbox. Not a Microsoft object.
// Everything is deterministic (fixed codes, names, e-mails and prices) and idempotent: running it again adds nothing
// that exists already. Master data goes through the modelled business logic (templates, number series, validation,
// CustCont-Update), so a customer gets its person contact and business relation exactly as the model does in BC.
//   setup:     company information, General Ledger Setup (LCY USD, 0.01/0.00001 rounding), currency EUR,
//              payment terms 14 DAYS/30 DAYS, units HOUR/PCS, number series CUST/CONT/ITEM/S-INV/S-INV+/S-CR/S-CR+,
//              Sales & Receivables, Inventory and Marketing Setup (relation code CUST), templates
//              'CUSTOMER PERSON' (person contact) and 'SERVICE' (item type Service, unit HOUR)
//   demo data: 5 person customers with e-mails, 4 service items with prices (see CreateDemoCompany)
namespace Seed.BookingsInvoicing.Runtime.DemoData;

using Microsoft.CRM.BusinessRelation;
using Microsoft.CRM.Contact;
using Microsoft.CRM.Setup;
using Microsoft.Finance.Currency;
using Microsoft.Finance.GeneralLedger.Setup;
using Microsoft.Foundation.Company;
using Microsoft.Foundation.NoSeries;
using Microsoft.Foundation.PaymentTerms;
using Microsoft.Foundation.UOM;
using Microsoft.Inventory.Item;
using Microsoft.Inventory.Setup;
using Microsoft.Sales.Customer;
using Microsoft.Sales.Setup;

codeunit 130900 "Demo Company Generator"
{
    var
        CompanyNameTxt: Label 'Seed Demo Services', Locked = true;
        LcyCodeTok: Label 'USD', Locked = true;
        EurCodeTok: Label 'EUR', Locked = true;
        HourCodeTok: Label 'HOUR', Locked = true;
        PieceCodeTok: Label 'PCS', Locked = true;
        CustomerTemplateTok: Label 'CUSTOMER PERSON', Locked = true;
        ServiceTemplateTok: Label 'SERVICE', Locked = true;
        Terms14Tok: Label '14 DAYS', Locked = true;
        Terms30Tok: Label '30 DAYS', Locked = true;
        DomesticTok: Label 'DOMESTIC', Locked = true;
        ServicesTok: Label 'SERVICES', Locked = true;
        StandardTok: Label 'STANDARD', Locked = true;
        CustomerRelationTok: Label 'CUST', Locked = true;

    /// <summary>Setup plus the demo customers and service items.</summary>
    procedure CreateDemoCompany()
    begin
        InitializeSetup();
        CreatePersonCustomer('Anna Lindqvist', 'anna.lindqvist@example.com', 'Storgatan 12', 'Stockholm', '111 22', '+46 8 123 456');
        CreatePersonCustomer('Ben Okafor', 'ben.okafor@example.com', '14 Market Street', 'Leeds', 'LS1 4DY', '+44 113 496 0000');
        CreatePersonCustomer('Carla Rossi', 'carla.rossi@example.org', 'Via Roma 5', 'Milano', '20121', '+39 02 1234 5678');
        CreatePersonCustomer('Daniel Weber', 'daniel.weber@example.net', 'Hauptstrasse 7', 'Berlin', '10115', '+49 30 901820');
        CreatePersonCustomer('Emma Martin', 'emma.martin@example.com', '3 Rue de la Paix', 'Paris', '75002', '+33 1 23 45 67 89');
        CreateServiceItem('Consultation (60 min)', 120);
        CreateServiceItem('Haircut', 45);
        CreateServiceItem('Massage (90 min)', 95.5);
        CreateServiceItem('Training session', 80);
    end;

    /// <summary>Company, finance, number series, setups, units, payment terms, relation code and templates.</summary>
    procedure InitializeSetup()
    begin
        CreateCompanyInformation();
        CreateGeneralLedgerSetup();
        CreateCurrency(EurCodeTok, 'Euro', 'EUR');
        CreatePaymentTerms(Terms14Tok, '<14D>', 'Net 14 days');
        CreatePaymentTerms(Terms30Tok, '<30D>', 'Net 30 days');
        CreateUnitOfMeasure(HourCodeTok, 'Hour', 'HUR');
        CreateUnitOfMeasure(PieceCodeTok, 'Piece', 'EA');
        CreateNoSeries('CUST', 'Customers', 'C00001', 'C99999');
        CreateNoSeries('CONT', 'Contacts', 'CT000001', 'CT999999');
        CreateNoSeries('ITEM', 'Items', 'I00001', 'I99999');
        CreateNoSeries('S-INV', 'Sales Invoices', 'SI-001001', 'SI-999999');
        CreateNoSeries('S-INV+', 'Posted Sales Invoices', 'PSI-103001', 'PSI-999999');
        CreateNoSeries('S-CR', 'Sales Credit Memos', 'SCR-001001', 'SCR-999999');
        CreateNoSeries('S-CR+', 'Posted Sales Credit Memos', 'PSCR-104001', 'PSCR-999999');
        CreateSalesSetup();
        CreateInventorySetup();
        CreateMarketingSetup();
        CreateCustomerTemplate();
        CreateServiceItemTemplate();
    end;

    /// <summary>A person customer from the 'CUSTOMER PERSON' template; returns the existing one for a known e-mail.</summary>
    procedure CreatePersonCustomer(Name: Text[100]; Email: Text[80]; Address: Text[100]; City: Text[30]; PostCode: Code[20]; PhoneNo: Text[30]): Code[20]
    var
        Customer: Record Customer;
        CustomerTemplMgt: Codeunit "Customer Templ. Mgt.";
        IsHandled: Boolean;
    begin
        if Customer.FindByEmail(Customer, Email) then
            exit(Customer."No.");
        CustomerTemplMgt.CreateCustomerFromTemplate(Customer, IsHandled, CustomerTemplateTok);
        Customer.Validate(Name, Name);
        Customer.Validate("E-Mail", Email);
        Customer.Validate(Address, Address);
        Customer.Validate(City, City);
        Customer.Validate("Post Code", PostCode);
        Customer.Validate("Phone No.", PhoneNo);
        Customer.Modify(true);
        exit(Customer."No.");
    end;

    /// <summary>A person customer with only a name and an e-mail.</summary>
    procedure CreateCustomer(Name: Text[100]; Email: Text[80]): Code[20]
    begin
        exit(CreatePersonCustomer(Name, Email, '', '', '', ''));
    end;

    /// <summary>A service item (unit HOUR) from the 'SERVICE' template; returns the existing one for a known description.</summary>
    procedure CreateServiceItem(Description: Text[100]; UnitPrice: Decimal): Code[20]
    var
        Item: Record Item;
        ItemTemplMgt: Codeunit "Item Templ. Mgt.";
        IsHandled: Boolean;
    begin
        Item.SetRange(Description, Description);
        if Item.FindFirst() then
            exit(Item."No.");
        Item.Reset();
        ItemTemplMgt.CreateItemFromTemplate(Item, IsHandled, ServiceTemplateTok);
        Item.Validate(Description, Description);
        Item.Validate("Unit Price", UnitPrice);
        Item.Modify(true);
        exit(Item."No.");
    end;

    procedure CustomerTemplateCode(): Code[20]
    begin
        exit(CustomerTemplateTok);
    end;

    procedure ServiceItemTemplateCode(): Code[20]
    begin
        exit(ServiceTemplateTok);
    end;

    procedure HourUnitOfMeasureCode(): Code[10]
    begin
        exit(HourCodeTok);
    end;

    procedure LocalCurrencyCode(): Code[10]
    begin
        exit(LcyCodeTok);
    end;

    procedure ForeignCurrencyCode(): Code[10]
    begin
        exit(EurCodeTok);
    end;

    local procedure CreateCompanyInformation()
    var
        CompanyInformation: Record "Company Information";
    begin
        if CompanyInformation.Get() then
            exit;
        CompanyInformation.Init();
        CompanyInformation.Name := CompanyNameTxt;
        CompanyInformation.Address := '1 Demo Way';
        CompanyInformation.City := 'Seattle';
        CompanyInformation."Post Code" := '98101';
        CompanyInformation."Country/Region Code" := 'US';
        CompanyInformation."Phone No." := '+1 206 555 0100';
        CompanyInformation."E-Mail" := 'office@example.com';
        CompanyInformation.Insert();
    end;

    local procedure CreateGeneralLedgerSetup()
    var
        GeneralLedgerSetup: Record "General Ledger Setup";
    begin
        if GeneralLedgerSetup.Get() then
            exit;
        GeneralLedgerSetup.Init();
        GeneralLedgerSetup."LCY Code" := LcyCodeTok;
        GeneralLedgerSetup."Local Currency Symbol" := '$';
        GeneralLedgerSetup."Amount Rounding Precision" := 0.01;
        GeneralLedgerSetup."Unit-Amount Rounding Precision" := 0.00001;
        GeneralLedgerSetup.Insert();
    end;

    local procedure CreateCurrency(CurrencyCode: Code[10]; Description: Text[30]; IsoCode: Code[3])
    var
        Currency: Record Currency;
    begin
        if Currency.Get(CurrencyCode) then
            exit;
        Currency.Init();
        Currency.Code := CurrencyCode;
        Currency.Description := Description;
        Currency."ISO Code" := IsoCode;
        Currency.Insert(true);
    end;

    local procedure CreatePaymentTerms(TermsCode: Code[10]; DueDateFormula: Text; Description: Text[100])
    var
        PaymentTerms: Record "Payment Terms";
    begin
        if PaymentTerms.Get(TermsCode) then
            exit;
        PaymentTerms.Init();
        PaymentTerms.Code := TermsCode;
        Evaluate(PaymentTerms."Due Date Calculation", DueDateFormula);
        PaymentTerms.Description := Description;
        PaymentTerms.Insert(true);
    end;

    local procedure CreateUnitOfMeasure(UnitCode: Code[10]; Description: Text[50]; IsoCode: Code[10])
    var
        UnitOfMeasure: Record "Unit of Measure";
    begin
        if UnitOfMeasure.Get(UnitCode) then
            exit;
        UnitOfMeasure.Init();
        UnitOfMeasure.Code := UnitCode;
        UnitOfMeasure.Description := Description;
        UnitOfMeasure."International Standard Code" := IsoCode;
        UnitOfMeasure.Insert(true);
    end;

    local procedure CreateNoSeries(SeriesCode: Code[20]; Description: Text[100]; StartingNo: Code[20]; EndingNo: Code[20])
    var
        NoSeries: Record "No. Series";
        NoSeriesLine: Record "No. Series Line";
    begin
        if NoSeries.Get(SeriesCode) then
            exit;
        NoSeries.Init();
        NoSeries.Code := SeriesCode;
        NoSeries.Description := Description;
        NoSeries."Default Nos." := true;
        NoSeries."Manual Nos." := true;
        NoSeries.Insert(true);

        NoSeriesLine.Init();
        NoSeriesLine."Series Code" := SeriesCode;
        NoSeriesLine."Line No." := 10000;
        NoSeriesLine."Starting No." := StartingNo;
        NoSeriesLine."Ending No." := EndingNo;
        NoSeriesLine."Increment-by No." := 1;
        NoSeriesLine.Open := true;
        NoSeriesLine.Insert(true);
    end;

    local procedure CreateSalesSetup()
    var
        SalesReceivablesSetup: Record "Sales & Receivables Setup";
    begin
        if SalesReceivablesSetup.Get() then
            exit;
        SalesReceivablesSetup.Init();
        SalesReceivablesSetup."Customer Nos." := 'CUST';
        SalesReceivablesSetup."Invoice Nos." := 'S-INV';
        SalesReceivablesSetup."Posted Invoice Nos." := 'S-INV+';
        SalesReceivablesSetup."Credit Memo Nos." := 'S-CR';
        SalesReceivablesSetup."Posted Credit Memo Nos." := 'S-CR+';
        SalesReceivablesSetup.Insert();
    end;

    local procedure CreateInventorySetup()
    var
        InventorySetup: Record "Inventory Setup";
    begin
        if InventorySetup.Get() then
            exit;
        InventorySetup.Init();
        InventorySetup."Item Nos." := 'ITEM';
        InventorySetup.Insert();
    end;

    local procedure CreateMarketingSetup()
    var
        BusinessRelation: Record "Business Relation";
        MarketingSetup: Record "Marketing Setup";
    begin
        if not BusinessRelation.Get(CustomerRelationTok) then begin
            BusinessRelation.Init();
            BusinessRelation.Code := CustomerRelationTok;
            BusinessRelation.Description := 'Customer';
            BusinessRelation.Insert();
        end;
        if MarketingSetup.Get() then
            exit;
        MarketingSetup.Init();
        MarketingSetup."Contact Nos." := 'CONT';
        MarketingSetup."Bus. Rel. Code for Customers" := CustomerRelationTok;
        MarketingSetup.Insert();
    end;

    local procedure CreateCustomerTemplate()
    var
        CustomerTempl: Record "Customer Templ.";
    begin
        if CustomerTempl.Get(CustomerTemplateTok) then
            exit;
        CustomerTempl.Init();
        CustomerTempl.Code := CustomerTemplateTok;
        CustomerTempl.Description := 'Customer - person';
        CustomerTempl."Contact Type" := CustomerTempl."Contact Type"::Person;
        CustomerTempl."Customer Posting Group" := DomesticTok;
        CustomerTempl."Gen. Bus. Posting Group" := DomesticTok;
        CustomerTempl."VAT Bus. Posting Group" := DomesticTok;
        CustomerTempl."Payment Terms Code" := Terms14Tok;
        CustomerTempl."Country/Region Code" := 'US';
        CustomerTempl.Insert();
    end;

    local procedure CreateServiceItemTemplate()
    var
        ItemTempl: Record "Item Templ.";
    begin
        if ItemTempl.Get(ServiceTemplateTok) then
            exit;
        ItemTempl.Init();
        ItemTempl.Code := ServiceTemplateTok;
        ItemTempl.Description := 'Service item (hours)';
        ItemTempl.Type := ItemTempl.Type::Service;
        ItemTempl."Base Unit of Measure" := HourCodeTok;
        ItemTempl."Gen. Prod. Posting Group" := ServicesTok;
        ItemTempl."VAT Prod. Posting Group" := StandardTok;
        ItemTempl.Insert();
    end;
}

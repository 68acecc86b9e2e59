// Stand-in for a part of Microsoft's "Library - Sales" (codeunit 130509) over the base-application model.
// Same ID, name and signatures for the procedures included. Customers get their setup from the demo company
// (number series, posting groups, payment terms) instead of searching posting setups as BC's library does.
// PostSalesDocument posts invoices only (the model's Sales-Post) and returns the posted invoice number.

using Microsoft.CRM.Contact;
using Microsoft.Inventory.Item;
using Microsoft.Sales.Customer;
using Microsoft.Sales.Document;
using Microsoft.Sales.Posting;
using Seed.BookingsInvoicing.Runtime.DemoData;

codeunit 130509 "Library - Sales"
{
    var
        LibraryInventory: Codeunit "Library - Inventory";
        LibraryRandom: Codeunit "Library - Random";
        LibraryUtility: Codeunit "Library - Utility";
        DemoCompany: Codeunit "Demo Company Generator";

    /// <summary>A company customer named after its number, with the demo posting groups and 14 days payment terms.</summary>
    procedure CreateCustomer(var Customer: Record Customer)
    begin
        DemoCompany.InitializeSetup();
        Clear(Customer);
        Customer.Insert(true);
        Customer.Validate(Name, Customer."No.");
        Customer.Validate("Payment Terms Code", '14 DAYS');
        Customer.Validate("Gen. Bus. Posting Group", 'DOMESTIC');
        Customer.Validate("VAT Bus. Posting Group", 'DOMESTIC');
        Customer.Validate("Customer Posting Group", 'DOMESTIC');
        Customer.Modify(true);
    end;

    procedure CreateCustomer(var Customer: Record Customer; ContactType: Enum "Contact Type")
    begin
        DemoCompany.InitializeSetup();
        Clear(Customer);
        Customer.Validate("Contact Type", ContactType);
        Customer.Insert(true);
    end;

    procedure CreateCustomerNo(): Code[20]
    var
        Customer: Record Customer;
    begin
        CreateCustomer(Customer);
        exit(Customer."No.");
    end;

    /// <summary>A document of the given type for the customer (a new customer when blank), with a generated external document no.</summary>
    procedure CreateSalesHeader(var SalesHeader: Record "Sales Header"; DocumentType: Enum "Sales Document Type"; SellToCustomerNo: Code[20])
    begin
        DemoCompany.InitializeSetup();
        Clear(SalesHeader);
        SalesHeader.Validate("Document Type", DocumentType);
        SalesHeader.Insert(true);
        if SellToCustomerNo = '' then
            SellToCustomerNo := CreateCustomerNo();
        SalesHeader.Validate("Sell-to Customer No.", SellToCustomerNo);
        SalesHeader.Validate("External Document No.", LibraryUtility.GenerateGUID());
        SalesHeader.Modify(true);
    end;

    /// <summary>A line after the last one of the document; a blank item number creates an item.</summary>
    procedure CreateSalesLine(var SalesLine: Record "Sales Line"; SalesHeader: Record "Sales Header"; Type: Enum "Sales Line Type"; No: Code[20]; Quantity: Decimal)
    var
        LastLine: Record "Sales Line";
    begin
        SalesLine.Init();
        SalesLine.Validate("Document Type", SalesHeader."Document Type");
        SalesLine.Validate("Document No.", SalesHeader."No.");
        LastLine.SetRange("Document Type", SalesHeader."Document Type");
        LastLine.SetRange("Document No.", SalesHeader."No.");
        if LastLine.FindLast() then
            SalesLine."Line No." := LastLine."Line No." + 10000
        else
            SalesLine."Line No." := 10000;
        SalesLine.Insert(true);

        SalesLine.Validate(Type, Type);
        if (Type = SalesLine.Type::Item) and (No = '') then
            No := LibraryInventory.CreateItemNo();
        SalesLine.Validate("No.", No);
        if Quantity <> 0 then
            SalesLine.Validate(Quantity, Quantity);
        SalesLine.Modify(true);
    end;

    procedure CreateSalesInvoice(var SalesHeader: Record "Sales Header")
    begin
        CreateSalesInvoiceForCustomerNo(SalesHeader, CreateCustomerNo());
    end;

    procedure CreateSalesInvoiceForCustomerNo(var SalesHeader: Record "Sales Header"; CustomerNo: Code[20])
    var
        Item: Record Item;
        SalesLine: Record "Sales Line";
    begin
        CreateSalesHeader(SalesHeader, SalesHeader."Document Type"::Invoice, CustomerNo);
        LibraryInventory.CreateItemWithUnitPriceAndUnitCost(Item, LibraryRandom.RandDecInRange(1, 100, 2), LibraryRandom.RandDecInRange(1, 100, 2));
        CreateSalesLine(SalesLine, SalesHeader, SalesLine.Type::Item, Item."No.", LibraryRandom.RandInt(100));
    end;

    /// <summary>Posts the invoice (without committing) and returns the posted invoice number.</summary>
    procedure PostSalesDocument(var SalesHeader: Record "Sales Header"; NewShipReceive: Boolean; NewInvoice: Boolean): Code[20]
    var
        SalesPost: Codeunit "Sales-Post";
    begin
        SalesPost.SetSuppressCommit(true);
        SalesPost.Run(SalesHeader);
        exit(SalesHeader."Last Posting No.");
    end;
}

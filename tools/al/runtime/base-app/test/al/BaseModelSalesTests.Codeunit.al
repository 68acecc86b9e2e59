// Tests of the sales invoice validation chain and the reduced posting of the base-application model.
namespace Seed.BookingsInvoicing.Runtime.Tests;

using Microsoft.Inventory.Item;
using Microsoft.Sales.Customer;
using Microsoft.Sales.Document;
using Microsoft.Sales.History;
using Microsoft.Sales.Posting;
using Seed.BookingsInvoicing.Runtime.DemoData;
using System.TestLibraries.Utilities;

codeunit 130912 "Base Model Sales Tests"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";
        Demo: Codeunit "Demo Company Generator";

    [Test]
    procedure SellToCustomerFillsHeader()
    var
        Customer: Record Customer;
        SalesHeader: Record "Sales Header";
    begin
        // [GIVEN] a customer with address and 14 days payment terms
        Demo.InitializeSetup();
        Customer.Get(Demo.CreatePersonCustomer('Liz Nixon', 'liz@example.com', '89 Jefferson Way', 'Portland', '97201', '(503) 555-3612'));
        // [WHEN] a new invoice gets the customer
        CreateInvoiceHeader(SalesHeader, Customer."No.");
        // [THEN] number, names, address, dates and terms are filled as in BC
        Assert.AreEqual('SI-0', CopyStr(SalesHeader."No.", 1, 4), 'number from the S-INV series');
        Assert.AreEqual('Liz Nixon', SalesHeader."Sell-to Customer Name", 'sell-to name');
        Assert.AreEqual('89 Jefferson Way', SalesHeader."Sell-to Address", 'sell-to address');
        Assert.AreEqual('Portland', SalesHeader."Sell-to City", 'sell-to city');
        Assert.AreEqual('liz@example.com', SalesHeader."Sell-to E-Mail", 'sell-to e-mail');
        Assert.AreEqual('Liz Nixon', SalesHeader."Sell-to Contact", 'sell-to contact');
        Assert.AreEqual(Customer."Primary Contact No.", SalesHeader."Sell-to Contact No.", 'sell-to contact no.');
        Assert.AreEqual(Customer."No.", SalesHeader."Bill-to Customer No.", 'bill-to customer');
        Assert.AreEqual('Liz Nixon', SalesHeader."Bill-to Name", 'bill-to name');
        Assert.AreEqual(WorkDate(), SalesHeader."Posting Date", 'posting date');
        Assert.AreEqual(WorkDate(), SalesHeader."Document Date", 'document date');
        Assert.AreEqual('14 DAYS', SalesHeader."Payment Terms Code", 'payment terms');
        Assert.AreEqual(WorkDate() + 14, SalesHeader."Due Date", 'due date');
        Assert.AreEqual('', SalesHeader."Currency Code", 'local currency');
        Assert.AreEqual('DOMESTIC', SalesHeader."Customer Posting Group", 'customer posting group');
        Assert.AreEqual('S-INV+', SalesHeader."Posting No. Series", 'posting no. series');
        Assert.AreEqual('Invoice ' + SalesHeader."No.", SalesHeader."Posting Description", 'posting description');
    end;

    [Test]
    procedure ItemLineFillsDescriptionUnitAndPrice()
    var
        SalesHeader: Record "Sales Header";
        SalesLine: Record "Sales Line";
        ItemNo: Code[20];
    begin
        // [GIVEN] an invoice and a service item at 95.5 per hour
        Demo.InitializeSetup();
        CreateInvoiceHeader(SalesHeader, Demo.CreateCustomer('Karl Jablonski', 'karl@example.com'));
        ItemNo := Demo.CreateServiceItem('Massage (90 min)', 95.5);
        // [WHEN] an item line with 1.5 hours is entered
        CreateItemLine(SalesLine, SalesHeader, 10000, ItemNo, 1.5);
        // [THEN] description, unit, price and amounts follow; discounts stay zero
        Assert.AreEqual('Massage (90 min)', SalesLine.Description, 'description');
        Assert.AreEqual('HOUR', SalesLine."Unit of Measure Code", 'unit of measure');
        Assert.AreEqual('Hour', SalesLine."Unit of Measure", 'unit of measure text');
        Assert.AreEqual(95.5, SalesLine."Unit Price", 'unit price');
        Assert.AreEqual(143.25, SalesLine."Line Amount", 'line amount = quantity x unit price');
        Assert.AreEqual(143.25, SalesLine.Amount, 'amount');
        Assert.AreEqual(0, SalesLine."Line Discount %", 'no line discount');
        Assert.AreEqual(0, SalesLine."Line Discount Amount", 'no line discount amount');
        Assert.AreEqual(0, SalesLine."Inv. Discount Amount", 'no invoice discount');
        Assert.AreEqual(SalesHeader."Sell-to Customer No.", SalesLine."Sell-to Customer No.", 'sell-to on the line');
        SalesHeader.CalcFields(Amount, "Amount Including VAT");
        Assert.AreEqual(143.25, SalesHeader.Amount, 'header amount');
        Assert.AreEqual(143.25, SalesHeader."Amount Including VAT", 'header amount including VAT');
    end;

    [Test]
    procedure LineAmountRoundsAndDiscountRecalculates()
    var
        SalesHeader: Record "Sales Header";
        SalesLine: Record "Sales Line";
    begin
        Demo.InitializeSetup();
        CreateInvoiceHeader(SalesHeader, Demo.CreateCustomer('Jose Pavarotti', 'jose@example.com'));
        CreateItemLine(SalesLine, SalesHeader, 10000, Demo.CreateServiceItem('Consultation (60 min)', 120), 1);
        // [WHEN] the unit price has more decimals and a 10 % discount is given
        SalesLine.Validate("Unit Price", 33.333);
        SalesLine.Validate(Quantity, 3);
        SalesLine.Validate("Line Discount %", 10);
        // [THEN] amounts are rounded to 0.01
        Assert.AreEqual(10, SalesLine."Line Discount Amount", 'discount amount of 100.00');
        Assert.AreEqual(90, SalesLine."Line Amount", 'line amount after discount');
    end;

    [Test]
    procedure BlockedItemCannotBeSold()
    var
        Item: Record Item;
        SalesHeader: Record "Sales Header";
        SalesLine: Record "Sales Line";
    begin
        Demo.InitializeSetup();
        CreateInvoiceHeader(SalesHeader, Demo.CreateCustomer('Rene Phillips', 'rene@example.com'));
        Item.Get(Demo.CreateServiceItem('Blocked service', 10));
        Item."Sales Blocked" := true;
        Item.Modify();
        SalesLine.Init();
        SalesLine."Document Type" := SalesHeader."Document Type";
        SalesLine."Document No." := SalesHeader."No.";
        SalesLine."Line No." := 10000;
        SalesLine.Validate(Type, SalesLine.Type::Item);
        asserterror SalesLine.Validate("No.", Item."No.");
        Assert.ExpectedError(StrSubstNo('You cannot sell Item %1 because the Sales Blocked check box is selected on the Item card.', Item."No."));
    end;

    [Test]
    procedure BlockedCustomerCannotBeInvoiced()
    var
        Customer: Record Customer;
        SalesHeader: Record "Sales Header";
    begin
        Demo.InitializeSetup();
        Customer.Get(Demo.CreateCustomer('Horst Kloss', 'horst@example.com'));
        Customer.Blocked := Customer.Blocked::All;
        Customer.Modify();
        SalesHeader.Init();
        SalesHeader."Document Type" := SalesHeader."Document Type"::Invoice;
        SalesHeader.Insert(true);
        asserterror SalesHeader.Validate("Sell-to Customer No.", Customer."No.");
        Assert.ExpectedError(StrSubstNo('You cannot create this type of document when Customer %1 is blocked with type All', Customer."No."));
    end;

    [Test]
    procedure ChangingCustomerRecreatesLines()
    var
        SalesHeader: Record "Sales Header";
        SalesLine: Record "Sales Line";
        OtherCustomerNo: Code[20];
    begin
        // [GIVEN] an invoice with one line
        Demo.InitializeSetup();
        CreateInvoiceHeader(SalesHeader, Demo.CreateCustomer('Elizabeth Brown', 'elizabeth@example.com'));
        CreateItemLine(SalesLine, SalesHeader, 10000, Demo.CreateServiceItem('Haircut', 45), 2);
        OtherCustomerNo := Demo.CreateCustomer('Patricia McKenna', 'patricia@example.com');
        // [WHEN] the sell-to customer changes without dialogs
        SalesHeader.SetHideValidationDialog(true);
        SalesHeader.Validate("Sell-to Customer No.", OtherCustomerNo);
        SalesHeader.Modify(true);
        // [THEN] the line belongs to the new customer and keeps item and quantity
        SalesLine.Get(SalesHeader."Document Type", SalesHeader."No.", 10000);
        Assert.AreEqual(OtherCustomerNo, SalesLine."Sell-to Customer No.", 'line customer');
        Assert.AreEqual(2, SalesLine.Quantity, 'quantity kept');
        Assert.AreEqual(90, SalesLine."Line Amount", 'amount recomputed');
        Assert.AreEqual('Patricia McKenna', SalesHeader."Sell-to Customer Name", 'header name');
    end;

    [Test]
    procedure PostingCreatesPostedInvoiceAndDeletesDraft()
    var
        SalesHeader: Record "Sales Header";
        SalesLine: Record "Sales Line";
        SalesInvoiceHeader: Record "Sales Invoice Header";
        SalesInvoiceLine: Record "Sales Invoice Line";
        DraftNo: Code[20];
    begin
        // [GIVEN] an invoice with two lines
        Demo.InitializeSetup();
        CreateInvoiceHeader(SalesHeader, Demo.CreateCustomer('Yoshi Latimer', 'yoshi@example.com'));
        CreateItemLine(SalesLine, SalesHeader, 10000, Demo.CreateServiceItem('Training session', 80), 1);
        CreateItemLine(SalesLine, SalesHeader, 20000, Demo.CreateServiceItem('Haircut', 45), 2);
        DraftNo := SalesHeader."No.";
        // [WHEN] it is posted
        Codeunit.Run(Codeunit::"Sales-Post", SalesHeader);
        // [THEN] a posted invoice with both lines exists, numbered from S-INV+, and the draft is gone
        Assert.AreEqual('PSI-', CopyStr(SalesHeader."Last Posting No.", 1, 4), 'posted number from S-INV+');
        SalesInvoiceHeader.Get(SalesHeader."Last Posting No.");
        Assert.AreEqual(DraftNo, SalesInvoiceHeader."Pre-Assigned No.", 'pre-assigned no.');
        Assert.AreEqual('Yoshi Latimer', SalesInvoiceHeader."Sell-to Customer Name", 'name copied');
        SalesInvoiceHeader.CalcFields(Amount);
        Assert.AreEqual(170, SalesInvoiceHeader.Amount, 'posted amount');
        SalesInvoiceLine.SetRange("Document No.", SalesInvoiceHeader."No.");
        Assert.RecordCount(SalesInvoiceLine, 2);
        Assert.IsFalse(SalesHeader.Get(SalesHeader."Document Type"::Invoice, DraftNo), 'draft deleted');
        SalesLine.SetRange("Document No.", DraftNo);
        Assert.RecordIsEmpty(SalesLine);
    end;

    [Test]
    procedure NothingToPost()
    var
        SalesHeader: Record "Sales Header";
    begin
        Demo.InitializeSetup();
        CreateInvoiceHeader(SalesHeader, Demo.CreateCustomer('Jaime Yorres', 'jaime@example.com'));
        asserterror Codeunit.Run(Codeunit::"Sales-Post", SalesHeader);
        Assert.ExpectedError('There is nothing to post because the document does not contain a quantity or amount.');
    end;

    [Test]
    procedure DeletingInvoiceDeletesLines()
    var
        SalesHeader: Record "Sales Header";
        SalesLine: Record "Sales Line";
    begin
        Demo.InitializeSetup();
        CreateInvoiceHeader(SalesHeader, Demo.CreateCustomer('Art Braunschweiger', 'art@example.com'));
        CreateItemLine(SalesLine, SalesHeader, 10000, Demo.CreateServiceItem('Haircut', 45), 1);
        SalesHeader.Delete(true);
        SalesLine.SetRange("Document Type", SalesHeader."Document Type");
        SalesLine.SetRange("Document No.", SalesHeader."No.");
        Assert.RecordIsEmpty(SalesLine);
    end;

    local procedure CreateInvoiceHeader(var SalesHeader: Record "Sales Header"; CustomerNo: Code[20])
    begin
        SalesHeader.Init();
        SalesHeader."Document Type" := SalesHeader."Document Type"::Invoice;
        SalesHeader.Insert(true);
        SalesHeader.Validate("Sell-to Customer No.", CustomerNo);
        SalesHeader.Modify(true);
    end;

    local procedure CreateItemLine(var SalesLine: Record "Sales Line"; SalesHeader: Record "Sales Header"; LineNo: Integer; ItemNo: Code[20]; Quantity: Decimal)
    begin
        SalesLine.Init();
        SalesLine."Document Type" := SalesHeader."Document Type";
        SalesLine."Document No." := SalesHeader."No.";
        SalesLine."Line No." := LineNo;
        SalesLine.Validate(Type, SalesLine.Type::Item);
        SalesLine.Validate("No.", ItemNo);
        SalesLine.Validate(Quantity, Quantity);
        SalesLine.Insert(true);
    end;
}

// Tests of customers, contacts, items and templates in the base-application model, on the demo company.
namespace Seed.BookingsInvoicing.Runtime.Tests;

using Microsoft.CRM.BusinessRelation;
using Microsoft.CRM.Contact;
using Microsoft.Foundation.UOM;
using Microsoft.Inventory.Item;
using Microsoft.Sales.Customer;
using Seed.BookingsInvoicing.Runtime.DemoData;
using System.TestLibraries.Utilities;

codeunit 130911 "Base Model Master Data Tests"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";
        Demo: Codeunit "Demo Company Generator";

    [Test]
    procedure CustomerFromPersonTemplateGetsPersonContactAndRelation()
    var
        Customer: Record Customer;
        Contact: Record Contact;
        ContactBusinessRelation: Record "Contact Business Relation";
        CustomerNo: Code[20];
    begin
        // [GIVEN] the demo setup
        Demo.InitializeSetup();
        // [WHEN] a person customer is created from the template
        CustomerNo := Demo.CreatePersonCustomer('Maria Anders Lopez', 'maria@example.com', 'Obere Str. 57', 'Berlin', '12209', '030-0074321');
        // [THEN] it is numbered from CUST and carries the template values
        Customer.Get(CustomerNo);
        Assert.AreEqual('C00001', CopyStr(Customer."No.", 1, 6), 'customer number from the CUST series');
        Assert.AreEqual('DOMESTIC', Customer."Gen. Bus. Posting Group", 'template posting group');
        Assert.AreEqual('14 DAYS', Customer."Payment Terms Code", 'template payment terms');
        Assert.IsTrue(Customer."Contact Type" = Customer."Contact Type"::Person, 'contact type from template');
        // [THEN] a person contact with the same name and e-mail is linked by the CUST relation
        Contact.Get(Customer."Primary Contact No.");
        Assert.IsTrue(Contact.Type = Contact.Type::Person, 'person contact');
        Assert.AreEqual('Maria Anders Lopez', Contact.Name, 'contact name');
        Assert.AreEqual('Maria', Contact."First Name", 'first name');
        Assert.AreEqual('Anders', Contact."Middle Name", 'middle name');
        Assert.AreEqual('Lopez', Contact.Surname, 'surname');
        Assert.AreEqual('MARIA@EXAMPLE.COM', UpperCase(Contact."Search E-Mail"), 'search e-mail');
        Assert.AreEqual('Maria Anders Lopez', Customer.Contact, 'customer contact name');
        Assert.IsTrue(ContactBusinessRelation.Get(Contact."No.", 'CUST'), 'business relation');
        Assert.AreEqual(CustomerNo, ContactBusinessRelation."No.", 'relation points to the customer');
        Assert.IsTrue(Contact."Contact Business Relation" = Contact."Contact Business Relation"::Customer, 'relation summary');
    end;

    [Test]
    procedure FindByEmailUsesCustomerThenContact()
    var
        Customer: Record Customer;
        Contact: Record Contact;
        CustomerNo: Code[20];
    begin
        Demo.InitializeSetup();
        CustomerNo := Demo.CreateCustomer('Paul Henriot', 'paul@example.com');
        // [GIVEN] the customer's e-mail is cleared, only the contact keeps an e-mail
        Customer.Get(CustomerNo);
        Contact.Get(Customer."Primary Contact No.");
        Contact."E-Mail" := 'paul.contact@example.com';
        Contact.Modify();
        // [WHEN] searching by the contact's e-mail [THEN] the related customer is found
        Clear(Customer);
        Assert.IsTrue(Customer.FindByEmail(Customer, 'paul.contact@example.com'), 'found through the contact');
        Assert.AreEqual(CustomerNo, Customer."No.", 'customer of the contact');
        Clear(Customer);
        Assert.IsFalse(Customer.FindByEmail(Customer, 'nobody@example.com'), 'unknown e-mail');
    end;

    [Test]
    procedure CustomerChangesFlowToContact()
    var
        Customer: Record Customer;
        Contact: Record Contact;
    begin
        Demo.InitializeSetup();
        Customer.Get(Demo.CreateCustomer('Ann Devon', 'ann@example.com'));
        // [WHEN] name, e-mail and city change on the customer
        Customer.Validate(Name, 'Ann Devon-Smith');
        Customer.Validate("E-Mail", 'ann.smith@example.com');
        Customer.Validate(City, 'London');
        Customer.Modify(true);
        // [THEN] the contact follows
        Contact.Get(Customer."Primary Contact No.");
        Assert.AreEqual('Ann Devon-Smith', Contact.Name, 'contact name');
        Assert.AreEqual('ann.smith@example.com', Contact."E-Mail", 'contact e-mail');
        Assert.AreEqual('London', Contact.City, 'contact city');
        Assert.AreEqual('ANN DEVON-SMITH', Customer."Search Name", 'search name follows the name');
    end;

    [Test]
    procedure InvalidEmailIsRejected()
    var
        Customer: Record Customer;
    begin
        Demo.InitializeSetup();
        Customer.Get(Demo.CreateCustomer('Helen Bennett', 'helen@example.com'));
        asserterror Customer.Validate("E-Mail", 'helen at example');
        Assert.ExpectedError('The email address "helen at example" is not valid.');
    end;

    [Test]
    procedure DeletingCustomerRemovesRelation()
    var
        Customer: Record Customer;
        ContactBusinessRelation: Record "Contact Business Relation";
        CustomerNo: Code[20];
    begin
        Demo.InitializeSetup();
        CustomerNo := Demo.CreateCustomer('Yang Wang', 'yang@example.com');
        Customer.Get(CustomerNo);
        Customer.Delete(true);
        ContactBusinessRelation.SetRange("Link to Table", ContactBusinessRelation."Link to Table"::Customer);
        ContactBusinessRelation.SetRange("No.", CustomerNo);
        Assert.RecordIsEmpty(ContactBusinessRelation);
    end;

    [Test]
    procedure ServiceItemFromTemplateHasHourUnit()
    var
        Item: Record Item;
        ItemUnitOfMeasure: Record "Item Unit of Measure";
    begin
        // [GIVEN] the demo setup [WHEN] a service item is created from the SERVICE template
        Demo.InitializeSetup();
        Item.Get(Demo.CreateServiceItem('Pedicure', 39.9));
        // [THEN] type, units, posting groups and price are set
        Assert.IsTrue(Item.Type = Item.Type::Service, 'service item');
        Assert.AreEqual('HOUR', Item."Base Unit of Measure", 'base unit');
        Assert.AreEqual('HOUR', Item."Sales Unit of Measure", 'sales unit');
        Assert.AreEqual('SERVICES', Item."Gen. Prod. Posting Group", 'gen. prod. posting group');
        Assert.AreEqual(39.9, Item."Unit Price", 'unit price');
        Assert.AreEqual('I00001', CopyStr(Item."No.", 1, 6), 'item number from the ITEM series');
        ItemUnitOfMeasure.Get(Item."No.", 'HOUR');
        Assert.AreEqual(1, ItemUnitOfMeasure."Qty. per Unit of Measure", 'base unit quantity');
    end;

    [Test]
    procedure BaseUnitAcceptsIsoCodeAndRejectsUnknown()
    var
        Item: Record Item;
    begin
        Demo.InitializeSetup();
        Item.Get(Demo.CreateServiceItem('Massage (30 min)', 40));
        // [WHEN] the ISO code EA is entered [THEN] it resolves to PCS
        Item.Validate("Base Unit of Measure", 'EA');
        Assert.AreEqual('PCS', Item."Base Unit of Measure", 'ISO code resolved');
        // [WHEN] an unknown unit is entered [THEN] BC's error
        asserterror Item.Validate("Base Unit of Measure", 'XYZ');
        Assert.ExpectedError('The Unit of Measure with Code XYZ does not exist.');
    end;

    [Test]
    procedure DemoCompanyIsIdempotent()
    var
        Customer: Record Customer;
        Item: Record Item;
        UnitOfMeasure: Record "Unit of Measure";
        CustomerCount: Integer;
        ItemCount: Integer;
    begin
        // [GIVEN] the demo company (earlier tests of this codeunit may have added records: no isolation per test)
        Demo.CreateDemoCompany();
        CustomerCount := Customer.Count();
        ItemCount := Item.Count();
        // [WHEN] it runs again [THEN] nothing is added
        Demo.CreateDemoCompany();
        Assert.RecordCount(Customer, CustomerCount);
        Assert.RecordCount(Item, ItemCount);
        Assert.RecordCount(UnitOfMeasure, 2);
        Customer.SetRange("E-Mail", 'carla.rossi@example.org');
        Assert.RecordCount(Customer, 1);
    end;
}

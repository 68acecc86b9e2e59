// Stand-in for a part of Microsoft's "Library - Templates" (codeunit 132210) over the base-application model.
// Same ID, name and signatures for the procedures included. "WithData" templates get the demo company's posting
// groups, payment terms and a new unit of measure instead of searching posting setups as BC's library does.

using Microsoft.Foundation.UOM;
using Microsoft.Inventory.Item;
using Microsoft.Sales.Customer;
using Seed.BookingsInvoicing.Runtime.DemoData;

codeunit 132210 "Library - Templates"
{
    var
        LibraryInventory: Codeunit "Library - Inventory";
        LibraryUtility: Codeunit "Library - Utility";
        DemoCompany: Codeunit "Demo Company Generator";

    procedure CreateCustomerTemplate(var CustomerTempl: Record "Customer Templ.")
    begin
        CustomerTempl.Init();
        CustomerTempl.Validate(Code, LibraryUtility.GenerateRandomCode(CustomerTempl.FieldNo(Code), Database::"Customer Templ."));
        CustomerTempl.Validate(Description, CustomerTempl.Code);
        CustomerTempl.Insert(true);
    end;

    procedure CreateCustomerTemplateWithData(var CustomerTempl: Record "Customer Templ.")
    begin
        DemoCompany.InitializeSetup();
        CreateCustomerTemplate(CustomerTempl);
        CustomerTempl.Validate("Customer Posting Group", 'DOMESTIC');
        CustomerTempl.Validate("Gen. Bus. Posting Group", 'DOMESTIC');
        CustomerTempl.Validate("VAT Bus. Posting Group", 'DOMESTIC');
        CustomerTempl.Validate("Payment Terms Code", '14 DAYS');
        CustomerTempl.Modify(true);
    end;

    procedure CreateItemTemplate(var ItemTempl: Record "Item Templ.")
    begin
        ItemTempl.Init();
        ItemTempl.Validate(Code, LibraryUtility.GenerateRandomCode(ItemTempl.FieldNo(Code), Database::"Item Templ."));
        ItemTempl.Validate(Description, ItemTempl.Code);
        ItemTempl.Insert(true);
    end;

    procedure CreateItemTemplateWithData(var ItemTempl: Record "Item Templ.")
    var
        UnitOfMeasure: Record "Unit of Measure";
    begin
        DemoCompany.InitializeSetup();
        CreateItemTemplate(ItemTempl);
        LibraryInventory.CreateUnitOfMeasureCode(UnitOfMeasure);
        ItemTempl.Validate("Inventory Posting Group", 'RESALE');
        ItemTempl.Validate("Gen. Prod. Posting Group", 'RETAIL');
        ItemTempl.Validate("VAT Prod. Posting Group", 'STANDARD');
        ItemTempl.Validate("Base Unit of Measure", UnitOfMeasure.Code);
        ItemTempl.Modify(true);
    end;
}

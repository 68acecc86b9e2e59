// Stand-in for a part of Microsoft's "Library - Inventory" (codeunit 132201) over the base-application model.
// Same ID, name and signatures for the procedures included. Items get their setup from the demo company
// (number series, unit PCS, posting groups) instead of searching posting setups as BC's library does.

using Microsoft.Foundation.UOM;
using Microsoft.Inventory.Item;
using Seed.BookingsInvoicing.Runtime.DemoData;

codeunit 132201 "Library - Inventory"
{
    var
        LibraryRandom: Codeunit "Library - Random";
        LibraryUtility: Codeunit "Library - Utility";
        DemoCompany: Codeunit "Demo Company Generator";

    /// <summary>An inventory item with unit PCS, posting groups, description = number, and random price and cost.</summary>
    procedure CreateItem(var Item: Record Item): Code[20]
    begin
        DemoCompany.InitializeSetup();
        Clear(Item);
        Item.Insert(true);
        Item.Validate(Description, Item."No.");
        Item.Validate("Base Unit of Measure", 'PCS');
        Item.Validate("Gen. Prod. Posting Group", 'RETAIL');
        Item.Validate("VAT Prod. Posting Group", 'STANDARD');
        Item.Validate("Inventory Posting Group", 'RESALE');
        Item.Validate("Unit Price", LibraryRandom.RandDecInRange(1, 100, 2));
        Item.Validate("Unit Cost", LibraryRandom.RandDecInRange(1, 100, 2));
        Item.Modify(true);
        exit(Item."No.");
    end;

    procedure CreateItemNo(): Code[20]
    var
        Item: Record Item;
    begin
        exit(CreateItem(Item));
    end;

    procedure CreateItemWithUnitPriceAndUnitCost(var Item: Record Item; UnitPrice: Decimal; UnitCost: Decimal)
    begin
        CreateItem(Item);
        Item.Validate("Unit Price", UnitPrice);
        Item.Validate("Unit Cost", UnitCost);
        Item.Modify(true);
    end;

    procedure CreateServiceTypeItem(var Item: Record Item)
    begin
        CreateItem(Item);
        Item.Validate(Type, Item.Type::Service);
        Item.Modify(true);
    end;

    procedure CreateNonInventoryTypeItem(var Item: Record Item)
    begin
        CreateItem(Item);
        Item.Validate(Type, Item.Type::"Non-Inventory");
        Item.Modify(true);
    end;

    procedure CreateUnitOfMeasureCode(var UnitOfMeasure: Record "Unit of Measure")
    begin
        UnitOfMeasure.Init();
        UnitOfMeasure.Validate(Code, LibraryUtility.GenerateRandomCode(UnitOfMeasure.FieldNo(Code), Database::"Unit of Measure"));
        UnitOfMeasure.Validate(Description, UnitOfMeasure.Code);
        UnitOfMeasure.Validate("International Standard Code",
          LibraryUtility.GenerateRandomCode(UnitOfMeasure.FieldNo("International Standard Code"), Database::"Unit of Measure"));
        UnitOfMeasure.Insert(true);
    end;

    procedure CreateItemUnitOfMeasure(var ItemUnitOfMeasure: Record "Item Unit of Measure"; ItemNo: Code[20]; UnitOfMeasureCode: Code[10]; QtyPerUoM: Decimal)
    var
        UnitOfMeasure: Record "Unit of Measure";
    begin
        ItemUnitOfMeasure.Init();
        ItemUnitOfMeasure.Validate("Item No.", ItemNo);
        if UnitOfMeasureCode = '' then begin
            CreateUnitOfMeasureCode(UnitOfMeasure);
            UnitOfMeasureCode := UnitOfMeasure.Code;
        end;
        ItemUnitOfMeasure.Validate(Code, UnitOfMeasureCode);
        if QtyPerUoM = 0 then
            QtyPerUoM := 1;
        ItemUnitOfMeasure.Validate("Qty. per Unit of Measure", QtyPerUoM);
        ItemUnitOfMeasure.Insert(true);
    end;

    procedure CreateItemUnitOfMeasureCode(var ItemUnitOfMeasure: Record "Item Unit of Measure"; ItemNo: Code[20]; QtyPerUoM: Decimal)
    begin
        CreateItemUnitOfMeasure(ItemUnitOfMeasure, ItemNo, '', QtyPerUoM);
    end;
}

// Model of codeunit 1336 "Item Templ. Mgt." (the issue text says 1382; 1382 is table "Item Templ.", the codeunit is 1336).
// Template values are copied like BC's InitFromTemplate: enum/option fields only when UpdateExistingValues, other
// fields when the template has a value and the item's is empty (or always with UpdateExistingValues), each copied
// field validated (BC walks the fields with RecordRef/FieldRef; the model lists the modelled template fields); the base unit of measure comes from the template (else the 'EA' unit, else the first one),
// and the item is modified with triggers. "Base Unit of Measure", "No. Series" and "Item Category Code" are excluded
// from the copy as in BC (the category is validated separately).
namespace Microsoft.Inventory.Item;

using Microsoft.Foundation.NoSeries;
using Microsoft.Foundation.UOM;

codeunit 1336 "Item Templ. Mgt."
{
    /// <summary>Creates an item from the template ItemTemplCode (blank: the only template, if exactly one exists).</summary>
    procedure CreateItemFromTemplate(var Item: Record Item; var IsHandled: Boolean; ItemTemplCode: Code[20]) Result: Boolean
    var
        ItemTempl: Record "Item Templ.";
    begin
        IsHandled := false;
        OnBeforeCreateItemFromTemplate(Item, Result, IsHandled);
        if IsHandled then
            exit(Result);

        IsHandled := true;
        if ItemTemplCode = '' then begin
            if not SelectItemTemplate(ItemTempl) then
                exit(false);
        end else
            ItemTempl.Get(ItemTemplCode);

        Item.Init();
        InitItemNo(Item, ItemTempl);
        Item.Insert(true);

        ApplyItemTemplate(Item, ItemTempl, true);

        OnAfterCreateItemFromTemplate(Item, ItemTempl);
        exit(true);
    end;

    procedure CreateItemFromTemplate(var Item: Record Item; var IsHandled: Boolean): Boolean
    begin
        exit(CreateItemFromTemplate(Item, IsHandled, ''));
    end;

    procedure ApplyItemTemplate(var Item: Record Item; ItemTempl: Record "Item Templ.")
    begin
        ApplyItemTemplate(Item, ItemTempl, false);
    end;

    procedure ApplyItemTemplate(var Item: Record Item; ItemTempl: Record "Item Templ."; UpdateExistingValues: Boolean)
    begin
        InitFromTemplate(Item, ItemTempl, UpdateExistingValues);
        Item.Modify(true);
        Item.Get(Item."No.");
    end;

    internal procedure InitFromTemplate(var Item: Record Item; ItemTempl: Record "Item Templ."; UpdateExistingValues: Boolean)
    begin
        // Enum and option fields are only rewritten when existing values are updated (BC's DoUpdateValue).
        if UpdateExistingValues then
            Item.Validate(Type, ItemTempl.Type);
        if ShouldCopy(Item."Inventory Posting Group" = '', ItemTempl."Inventory Posting Group" = '', UpdateExistingValues) then
            Item.Validate("Inventory Posting Group", ItemTempl."Inventory Posting Group");
        if ShouldCopy(not Item."Allow Invoice Disc.", not ItemTempl."Allow Invoice Disc.", UpdateExistingValues) then
            Item.Validate("Allow Invoice Disc.", ItemTempl."Allow Invoice Disc.");
        if ShouldCopy(Item."Unit Price" = 0, ItemTempl."Unit Price" = 0, UpdateExistingValues) then
            Item.Validate("Unit Price", ItemTempl."Unit Price");
        if ShouldCopy(not Item.Blocked, not ItemTempl.Blocked, UpdateExistingValues) then
            Item.Validate(Blocked, ItemTempl.Blocked);
        if ShouldCopy(Item."Gen. Prod. Posting Group" = '', ItemTempl."Gen. Prod. Posting Group" = '', UpdateExistingValues) then
            Item.Validate("Gen. Prod. Posting Group", ItemTempl."Gen. Prod. Posting Group");
        if ShouldCopy(Item."Tax Group Code" = '', ItemTempl."Tax Group Code" = '', UpdateExistingValues) then
            Item.Validate("Tax Group Code", ItemTempl."Tax Group Code");
        if ShouldCopy(Item."VAT Prod. Posting Group" = '', ItemTempl."VAT Prod. Posting Group" = '', UpdateExistingValues) then
            Item.Validate("VAT Prod. Posting Group", ItemTempl."VAT Prod. Posting Group");

        if ItemTempl."Base Unit of Measure" <> '' then
            Item.Validate("Base Unit of Measure", ItemTempl."Base Unit of Measure")
        else
            Item.Validate("Base Unit of Measure", DefaultUnitOfMeasureCode());
        if UpdateExistingValues then begin
            if ItemTempl."Item Category Code" <> Item."Item Category Code" then
                Item.Validate("Item Category Code", ItemTempl."Item Category Code");
        end else
            if (Item."Item Category Code" = '') and (ItemTempl."Item Category Code" <> '') then
                Item.Validate("Item Category Code", ItemTempl."Item Category Code");
    end;

    procedure InsertItemFromTemplate(var Item: Record Item) Result: Boolean
    var
        IsHandled: Boolean;
    begin
        Result := CreateItemFromTemplate(Item, IsHandled);
    end;

    procedure TemplatesAreNotEmpty() Result: Boolean
    var
        ItemTempl: Record "Item Templ.";
    begin
        Result := not ItemTempl.IsEmpty();
    end;

    procedure IsEnabled() Result: Boolean
    begin
        Result := true;
    end;

    /// <summary>Assigns the item number from the template's number series, if the template has one.</summary>
    procedure InitItemNo(var Item: Record Item; ItemTempl: Record "Item Templ.")
    var
        NoSeries: Codeunit "No. Series";
    begin
        if ItemTempl."No. Series" = '' then
            exit;

        Item."No. Series" := ItemTempl."No. Series";
        if Item."No." <> '' then begin
            NoSeries.TestManual(Item."No. Series");
            exit;
        end;

        NoSeries.TestAutomatic(Item."No. Series");
        Item."No." := NoSeries.GetNextNo(Item."No. Series");
    end;

    local procedure SelectItemTemplate(var ItemTempl: Record "Item Templ."): Boolean
    begin
        case ItemTempl.Count() of
            0:
                exit(false);
            1:
                begin
                    ItemTempl.FindFirst();
                    exit(true);
                end;
        end;
        if not GuiAllowed() then
            exit(false);
        exit(Page.RunModal(Page::"Item Templ. List", ItemTempl) = Action::LookupOK);
    end;

    // A template value is copied when it is not empty and the item's value is empty, or always when updating.
    local procedure ShouldCopy(ItemValueIsEmpty: Boolean; TemplateValueIsEmpty: Boolean; UpdateExistingValues: Boolean): Boolean
    begin
        if TemplateValueIsEmpty then
            exit(false);
        exit(UpdateExistingValues or ItemValueIsEmpty);
    end;

    local procedure DefaultUnitOfMeasureCode(): Code[10]
    var
        UnitOfMeasure: Record "Unit of Measure";
    begin
        UnitOfMeasure.SetRange("International Standard Code", 'EA');
        if UnitOfMeasure.FindFirst() then
            exit(UnitOfMeasure.Code);
        UnitOfMeasure.SetRange("International Standard Code");
        if UnitOfMeasure.FindFirst() then
            exit(UnitOfMeasure.Code);
        exit('');
    end;

    [IntegrationEvent(false, false)]
    local procedure OnBeforeCreateItemFromTemplate(var Item: Record Item; var Result: Boolean; var IsHandled: Boolean)
    begin
    end;

    [IntegrationEvent(false, false)]
    local procedure OnAfterCreateItemFromTemplate(var Item: Record Item; ItemTempl: Record "Item Templ.")
    begin
    end;
}

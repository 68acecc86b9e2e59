// Model of table 37 "Sales Line". Supported line types: " " (text line) and Item; the other types raise a clear error.
// Validation chain:
//   "No." (Item): header defaults copied (sell-to/bill-to customer, currency, posting groups, dates; the header must
//        have a "Sell-to Customer No."), item must not be Blocked/"Sales Blocked" and must have a Gen. Prod. Posting
//        Group; description, posting groups, unit cost and the sales unit of measure (else the base unit) copied;
//        "Unit Price" = item unit price (converted by the currency factor); Quantity re-validated
//   "Unit of Measure Code": "Unit of Measure" text and "Qty. per Unit of Measure" from the item's units
//   Quantity: base quantity, outstanding quantity, quantity to ship/invoice; amounts updated
//   amounts: "Line Amount" = Round(Quantity * "Unit Price") - "Line Discount Amount"; Amount = "Line Amount" -
//        "Inv. Discount Amount"; "Amount Including VAT" = Amount + VAT % (0 unless set: VAT posting setup is not modelled)
//   discounts stay zero unless "Line Discount %"/"Line Discount Amount" are validated.
namespace Microsoft.Sales.Document;

using Microsoft.Finance.Currency;
using Microsoft.Finance.GeneralLedger.Setup;
using Microsoft.Foundation.UOM;
using Microsoft.Inventory.Item;
using Microsoft.Sales.Customer;

table 37 "Sales Line"
{
    Caption = 'Sales Line';
    DataClassification = CustomerContent;

    fields
    {
        field(1; "Document Type"; Enum "Sales Document Type")
        {
            Caption = 'Document Type';
        }
        field(2; "Sell-to Customer No."; Code[20])
        {
            Caption = 'Sell-to Customer No.';
            Editable = false;
            TableRelation = Customer;
        }
        field(3; "Document No."; Code[20])
        {
            Caption = 'Document No.';
            TableRelation = "Sales Header"."No." where("Document Type" = field("Document Type"));
        }
        field(4; "Line No."; Integer)
        {
            Caption = 'Line No.';
        }
        field(5; Type; Enum "Sales Line Type")
        {
            Caption = 'Type';

            trigger OnValidate()
            var
                TempSalesLine: Record "Sales Line" temporary;
            begin
                TestStatusOpen();
                if Type = xRec.Type then
                    exit;
                CheckTypeSupported();
                TempSalesLine := Rec;
                Init();
                "Document Type" := TempSalesLine."Document Type";
                "Document No." := TempSalesLine."Document No.";
                "Line No." := TempSalesLine."Line No.";
                Type := TempSalesLine.Type;
                if Type <> Type::" " then
                    InitHeaderDefaults();
            end;
        }
        field(6; "No."; Code[20])
        {
            Caption = 'No.';
            TableRelation = if (Type = const(Item)) Item;

            trigger OnValidate()
            var
                TempSalesLine: Record "Sales Line" temporary;
            begin
                TestStatusOpen();
                CheckTypeSupported();
                TempSalesLine := Rec;
                Init();
                "Document Type" := TempSalesLine."Document Type";
                "Document No." := TempSalesLine."Document No.";
                "Line No." := TempSalesLine."Line No.";
                Type := TempSalesLine.Type;
                "No." := TempSalesLine."No.";
                if "No." = '' then
                    exit;
                if Type = Type::" " then
                    exit;

                InitHeaderDefaults();
                case Type of
                    Type::Item:
                        CopyFromItem();
                end;
                if TempSalesLine.Quantity <> 0 then
                    Validate(Quantity, TempSalesLine.Quantity)
                else
                    UpdateAmounts();
            end;
        }
        field(10; "Shipment Date"; Date)
        {
            Caption = 'Shipment Date';
        }
        field(11; Description; Text[100])
        {
            Caption = 'Description';
        }
        field(12; "Description 2"; Text[50])
        {
            Caption = 'Description 2';
        }
        field(13; "Unit of Measure"; Text[50])
        {
            Caption = 'Unit of Measure';
        }
        field(15; Quantity; Decimal)
        {
            Caption = 'Quantity';
            DecimalPlaces = 0 : 5;

            trigger OnValidate()
            begin
                TestStatusOpen();
                if Quantity <> 0 then
                    TestField(Type);
                "Quantity (Base)" := Round(Quantity * QtyPerUoM(), 0.00001);
                "Outstanding Quantity" := Quantity;
                "Qty. to Invoice" := Quantity;
                "Qty. to Invoice (Base)" := "Quantity (Base)";
                "Qty. to Ship" := Quantity;
                "Qty. to Ship (Base)" := "Quantity (Base)";
                UpdateAmounts();
            end;
        }
        field(16; "Outstanding Quantity"; Decimal)
        {
            Caption = 'Outstanding Quantity';
            DecimalPlaces = 0 : 5;
            Editable = false;
        }
        field(17; "Qty. to Invoice"; Decimal)
        {
            Caption = 'Qty. to Invoice';
            DecimalPlaces = 0 : 5;
        }
        field(18; "Qty. to Ship"; Decimal)
        {
            Caption = 'Qty. to Ship';
            DecimalPlaces = 0 : 5;
        }
        field(22; "Unit Price"; Decimal)
        {
            AutoFormatExpression = "Currency Code";
            AutoFormatType = 2;
            Caption = 'Unit Price';

            trigger OnValidate()
            begin
                TestStatusOpen();
                Validate("Line Discount %");
            end;
        }
        field(23; "Unit Cost (LCY)"; Decimal)
        {
            AutoFormatType = 2;
            Caption = 'Unit Cost (LCY)';
        }
        field(25; "VAT %"; Decimal)
        {
            Caption = 'VAT %';
            DecimalPlaces = 0 : 5;
            Editable = false;
        }
        field(27; "Line Discount %"; Decimal)
        {
            Caption = 'Line Discount %';
            DecimalPlaces = 0 : 5;
            MaxValue = 100;
            MinValue = 0;

            trigger OnValidate()
            begin
                TestStatusOpen();
                GetCurrency();
                "Line Discount Amount" :=
                  Round(Round(Quantity * "Unit Price", Currency."Amount Rounding Precision") * "Line Discount %" / 100,
                    Currency."Amount Rounding Precision");
                UpdateAmounts();
            end;
        }
        field(28; "Line Discount Amount"; Decimal)
        {
            AutoFormatExpression = "Currency Code";
            AutoFormatType = 1;
            Caption = 'Line Discount Amount';

            trigger OnValidate()
            begin
                TestStatusOpen();
                GetCurrency();
                "Line Discount Amount" := Round("Line Discount Amount", Currency."Amount Rounding Precision");
                UpdateLineDiscPct();
                UpdateAmounts();
            end;
        }
        field(29; Amount; Decimal)
        {
            AutoFormatExpression = "Currency Code";
            AutoFormatType = 1;
            Caption = 'Amount';
            Editable = false;
        }
        field(30; "Amount Including VAT"; Decimal)
        {
            AutoFormatExpression = "Currency Code";
            AutoFormatType = 1;
            Caption = 'Amount Including VAT';
            Editable = false;
        }
        field(32; "Allow Invoice Disc."; Boolean)
        {
            Caption = 'Allow Invoice Disc.';
            InitValue = true;
        }
        field(68; "Bill-to Customer No."; Code[20])
        {
            Caption = 'Bill-to Customer No.';
            Editable = false;
            TableRelation = Customer;
        }
        field(69; "Inv. Discount Amount"; Decimal)
        {
            AutoFormatExpression = "Currency Code";
            AutoFormatType = 1;
            Caption = 'Inv. Discount Amount';
            Editable = false;
        }
        field(74; "Gen. Bus. Posting Group"; Code[20])
        {
            Caption = 'Gen. Bus. Posting Group';
        }
        field(75; "Gen. Prod. Posting Group"; Code[20])
        {
            Caption = 'Gen. Prod. Posting Group';
        }
        field(87; "Tax Group Code"; Code[20])
        {
            Caption = 'Tax Group Code';
        }
        field(89; "VAT Bus. Posting Group"; Code[20])
        {
            Caption = 'VAT Bus. Posting Group';
        }
        field(90; "VAT Prod. Posting Group"; Code[20])
        {
            Caption = 'VAT Prod. Posting Group';
        }
        field(91; "Currency Code"; Code[10])
        {
            Caption = 'Currency Code';
            Editable = false;
            TableRelation = Currency;
        }
        field(100; "Unit Cost"; Decimal)
        {
            AutoFormatExpression = "Currency Code";
            AutoFormatType = 2;
            Caption = 'Unit Cost';
            Editable = false;
        }
        field(103; "Line Amount"; Decimal)
        {
            AutoFormatExpression = "Currency Code";
            AutoFormatType = 1;
            Caption = 'Line Amount';

            trigger OnValidate()
            begin
                TestStatusOpen();
                TestField(Type);
                TestField(Quantity);
                GetCurrency();
                "Line Amount" := Round("Line Amount", Currency."Amount Rounding Precision");
                "Line Discount Amount" := Round(Quantity * "Unit Price", Currency."Amount Rounding Precision") - "Line Amount";
                UpdateLineDiscPct();
                UpdateAmounts();
            end;
        }
        field(1300; "Posting Date"; Date)
        {
            Caption = 'Posting Date';
        }
        field(5404; "Qty. per Unit of Measure"; Decimal)
        {
            Caption = 'Qty. per Unit of Measure';
            DecimalPlaces = 0 : 5;
            Editable = false;
            InitValue = 1;
        }
        field(5407; "Unit of Measure Code"; Code[10])
        {
            Caption = 'Unit of Measure Code';
            TableRelation = if (Type = const(Item), "No." = filter(<> '')) "Item Unit of Measure".Code where("Item No." = field("No."))
            else
            "Unit of Measure";

            trigger OnValidate()
            var
                UnitOfMeasure: Record "Unit of Measure";
                ItemUnitOfMeasure: Record "Item Unit of Measure";
            begin
                TestStatusOpen();
                if "Unit of Measure Code" = '' then
                    "Unit of Measure" := ''
                else begin
                    UnitOfMeasure.Get("Unit of Measure Code");
                    "Unit of Measure" := UnitOfMeasure.Description;
                end;
                if (Type = Type::Item) and ("No." <> '') and ("Unit of Measure Code" <> '') then begin
                    ItemUnitOfMeasure.Get("No.", "Unit of Measure Code");
                    "Qty. per Unit of Measure" := ItemUnitOfMeasure."Qty. per Unit of Measure";
                end else
                    "Qty. per Unit of Measure" := 1;
                Validate(Quantity);
            end;
        }
        field(5415; "Quantity (Base)"; Decimal)
        {
            Caption = 'Quantity (Base)';
            DecimalPlaces = 0 : 5;
        }
        field(5417; "Qty. to Invoice (Base)"; Decimal)
        {
            Caption = 'Qty. to Invoice (Base)';
            DecimalPlaces = 0 : 5;
        }
        field(5418; "Qty. to Ship (Base)"; Decimal)
        {
            Caption = 'Qty. to Ship (Base)';
            DecimalPlaces = 0 : 5;
        }
    }

    keys
    {
        key(Key1; "Document Type", "Document No.", "Line No.")
        {
            Clustered = true;
            SumIndexFields = Amount, "Amount Including VAT", "Line Amount", "Inv. Discount Amount";
        }
        key(Key2; "Document No.", "Line No.", "Document Type")
        {
        }
        key(Key3; "Document Type", Type, "No.")
        {
        }
        key(Key4; "Document Type", "Bill-to Customer No.")
        {
        }
    }

    trigger OnInsert()
    begin
        TestStatusOpen();
    end;

    trigger OnModify()
    begin
        TestStatusOpen();
    end;

    trigger OnDelete()
    begin
        TestStatusOpen();
    end;

    trigger OnRename()
    begin
        Error(CannotRenameErr, TableCaption());
    end;

    var
        SalesHeader: Record "Sales Header";
        Currency: Record Currency;
        StatusCheckSuspended: Boolean;
        HideValidationDialog: Boolean;
        CannotRenameErr: Label 'You cannot rename a %1.', Comment = '%1 = table caption';
        SalesBlockedErr: Label 'You cannot sell %1 %2 because the %3 check box is selected on the %1 card.', Comment = '%1 - Table Caption (Item), %2 - Item No., %3 - Field Caption';
        TypeNotModelledErr: Label 'Sales lines of type %1 are not supported by the base-application model of the AL runtime; use type Item or a text line.', Comment = '%1 = line type';

    procedure SetSalesHeader(NewSalesHeader: Record "Sales Header")
    begin
        SalesHeader := NewSalesHeader;
        if SalesHeader."Currency Code" = '' then
            Currency.InitRoundingPrecision()
        else
            if not Currency.Get(SalesHeader."Currency Code") then
                Currency.InitRoundingPrecision();
    end;

    procedure GetSalesHeader(): Record "Sales Header"
    begin
        GetSalesHeaderRec();
        exit(SalesHeader);
    end;

    procedure SuspendStatusCheck(Suspend: Boolean)
    begin
        StatusCheckSuspended := Suspend;
    end;

    procedure SetHideValidationDialog(NewHideValidationDialog: Boolean)
    begin
        HideValidationDialog := NewHideValidationDialog;
    end;

    procedure TestStatusOpen()
    begin
        if StatusCheckSuspended then
            exit;
        if Type = Type::" " then
            exit;
        GetSalesHeaderRec();
        if SalesHeader."No." <> '' then
            SalesHeader.TestStatusOpen();
    end;

    /// <summary>Recomputes "Line Amount", Amount and "Amount Including VAT".</summary>
    procedure UpdateAmounts()
    begin
        GetCurrency();
        "Line Amount" := Round(Quantity * "Unit Price", Currency."Amount Rounding Precision") - "Line Discount Amount";
        Amount := "Line Amount" - "Inv. Discount Amount";
        "Amount Including VAT" := Round(Amount * (1 + "VAT %" / 100), Currency."Amount Rounding Precision");
    end;

    /// <summary>Quantity * "Unit Price" before discounts, rounded to the currency.</summary>
    procedure GetLineAmountExclVAT(): Decimal
    begin
        GetCurrency();
        exit(Round(Quantity * "Unit Price", Currency."Amount Rounding Precision"));
    end;

    local procedure InitHeaderDefaults()
    begin
        GetSalesHeaderRec();
        SalesHeader.TestField("Sell-to Customer No.");
        "Sell-to Customer No." := SalesHeader."Sell-to Customer No.";
        "Bill-to Customer No." := SalesHeader."Bill-to Customer No.";
        "Currency Code" := SalesHeader."Currency Code";
        "Gen. Bus. Posting Group" := SalesHeader."Gen. Bus. Posting Group";
        "VAT Bus. Posting Group" := SalesHeader."VAT Bus. Posting Group";
        "Posting Date" := SalesHeader."Posting Date";
        "Shipment Date" := SalesHeader."Posting Date";
    end;

    local procedure CopyFromItem()
    var
        Item: Record Item;
    begin
        Item.Get("No.");
        Item.TestField(Blocked, false);
        Item.TestField("Gen. Prod. Posting Group");
        if Item."Sales Blocked" then
            Error(SalesBlockedErr, Item.TableCaption(), Item."No.", Item.FieldCaption("Sales Blocked"));
        if Item.Type = Item.Type::Inventory then
            Item.TestField("Inventory Posting Group");

        Description := Item.Description;
        "Description 2" := Item."Description 2";
        "Unit Cost (LCY)" := Item."Unit Cost";
        "Unit Cost" := Item."Unit Cost";
        "Allow Invoice Disc." := Item."Allow Invoice Disc.";
        "Gen. Prod. Posting Group" := Item."Gen. Prod. Posting Group";
        "VAT Prod. Posting Group" := Item."VAT Prod. Posting Group";
        "Tax Group Code" := Item."Tax Group Code";

        if Item."Sales Unit of Measure" <> '' then
            "Unit of Measure Code" := Item."Sales Unit of Measure"
        else
            "Unit of Measure Code" := Item."Base Unit of Measure";
        if "Unit of Measure Code" <> '' then
            Validate("Unit of Measure Code");

        GetSalesHeaderRec();
        if SalesHeader."Currency Factor" <> 0 then
            "Unit Price" := Round(Item."Unit Price" * SalesHeader."Currency Factor", UnitAmountRoundingPrecision())
        else
            "Unit Price" := Item."Unit Price";
    end;

    local procedure UpdateLineDiscPct()
    var
        LineAmountBeforeDisc: Decimal;
    begin
        LineAmountBeforeDisc := Round(Quantity * "Unit Price", Currency."Amount Rounding Precision");
        if LineAmountBeforeDisc <> 0 then
            "Line Discount %" := Round("Line Discount Amount" / LineAmountBeforeDisc * 100, 0.00001)
        else
            "Line Discount %" := 0;
    end;

    local procedure QtyPerUoM(): Decimal
    begin
        if "Qty. per Unit of Measure" = 0 then
            exit(1);
        exit("Qty. per Unit of Measure");
    end;

    local procedure CheckTypeSupported()
    begin
        if not (Type in [Type::" ", Type::Item]) then
            Error(TypeNotModelledErr, Type);
    end;

    local procedure GetSalesHeaderRec()
    begin
        if (SalesHeader."Document Type" = "Document Type") and (SalesHeader."No." = "Document No.") and (SalesHeader."No." <> '') then
            exit;
        if not SalesHeader.Get("Document Type", "Document No.") then
            Clear(SalesHeader);
    end;

    local procedure GetCurrency()
    begin
        if "Currency Code" = '' then begin
            Currency.InitRoundingPrecision();
            exit;
        end;
        if Currency.Code <> "Currency Code" then
            if not Currency.Get("Currency Code") then
                Currency.InitRoundingPrecision();
    end;

    local procedure UnitAmountRoundingPrecision(): Decimal
    begin
        GetCurrency();
        exit(Currency."Unit-Amount Rounding Precision");
    end;
}

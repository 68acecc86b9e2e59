// Model of table 4 "Currency". Exchange rates are not modelled (see README).
namespace Microsoft.Finance.Currency;

using Microsoft.Finance.GeneralLedger.Setup;

table 4 Currency
{
    Caption = 'Currency';
    DataCaptionFields = "Code", Description;
    DataClassification = CustomerContent;

    fields
    {
        field(1; "Code"; Code[10])
        {
            Caption = 'Code';
            NotBlank = true;
        }
        field(2; "Last Date Modified"; Date)
        {
            Caption = 'Last Date Modified';
            Editable = false;
        }
        field(4; "ISO Code"; Code[3])
        {
            Caption = 'ISO Code';
        }
        field(10; "Invoice Rounding Precision"; Decimal)
        {
            AutoFormatType = 1;
            Caption = 'Invoice Rounding Precision';
            InitValue = 1;
        }
        field(13; "Amount Rounding Precision"; Decimal)
        {
            Caption = 'Amount Rounding Precision';
            DecimalPlaces = 2 : 5;
            InitValue = 0.01;
            MinValue = 0;
        }
        field(14; "Unit-Amount Rounding Precision"; Decimal)
        {
            Caption = 'Unit-Amount Rounding Precision';
            DecimalPlaces = 0 : 9;
            InitValue = 0.00001;
            MinValue = 0;
        }
        field(15; Description; Text[30])
        {
            Caption = 'Description';
        }
        field(17; "Amount Decimal Places"; Text[5])
        {
            Caption = 'Amount Decimal Places';
            InitValue = '2:2';
        }
        field(18; "Unit-Amount Decimal Places"; Text[5])
        {
            Caption = 'Unit-Amount Decimal Places';
            InitValue = '2:5';
        }
        field(56; Symbol; Text[10])
        {
            Caption = 'Symbol';
        }
    }

    keys
    {
        key(Key1; "Code")
        {
            Clustered = true;
        }
    }

    trigger OnModify()
    begin
        "Last Date Modified" := Today();
    end;

    trigger OnInsert()
    begin
        "Last Date Modified" := Today();
    end;

    /// <summary>Loads the local currency's rounding from General Ledger Setup into this (blank) currency record.</summary>
    procedure InitRoundingPrecision()
    var
        GLSetup: Record "General Ledger Setup";
    begin
        Init();
        Code := '';
        if GLSetup.Get() then begin
            "Amount Rounding Precision" := GLSetup."Amount Rounding Precision";
            "Unit-Amount Rounding Precision" := GLSetup."Unit-Amount Rounding Precision";
            "Amount Decimal Places" := GLSetup."Amount Decimal Places";
            "Unit-Amount Decimal Places" := GLSetup."Unit-Amount Decimal Places";
        end;
        if "Amount Rounding Precision" = 0 then
            "Amount Rounding Precision" := 0.01;
        if "Unit-Amount Rounding Precision" = 0 then
            "Unit-Amount Rounding Precision" := 0.00001;
    end;
}

// Model of table 36 "Sales Header" for invoices (other document types get numbering and defaults only).
// Validation chain as a user relies on it:
//   insert: number from Sales & Receivables Setup ("Invoice Nos." ...) dated "Posting Date"; Order/Posting/Document
//           Date = WorkDate(); Posting Description = '<Document Type> <No.>'; "Posting No. Series" = "Posted Invoice Nos."
//   "Sell-to Customer No.": blocked checks, "Gen. Bus. Posting Group" must be set, name/address/contact/phone/e-mail
//           and posting groups copied, then "Bill-to Customer No." validated (the customer's bill-to or itself)
//   "Bill-to Customer No.": "Customer Posting Group" must be set, bill-to name/address/contact, payment terms and
//           method, currency, prices including VAT copied; "Currency Code" and "Payment Terms Code" validated
//   "Payment Terms Code"/"Document Date": Due Date and payment discount date from the payment terms
//   changing the customer or currency with lines present recreates the lines (confirm unless dialogs are hidden)
//   delete: deletes the lines; rename: not allowed.
// See tools/al/runtime/base-app/README.md for what BC does beyond this.
namespace Microsoft.Sales.Document;

using Microsoft.CRM.BusinessRelation;
using Microsoft.CRM.Contact;
using Microsoft.Finance.Currency;
using Microsoft.Foundation.NoSeries;
using Microsoft.Foundation.PaymentTerms;
using Microsoft.Sales.Customer;
using Microsoft.Sales.Setup;

table 36 "Sales Header"
{
    Caption = 'Sales Header';
    DataCaptionFields = "No.", "Sell-to Customer Name";
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
            TableRelation = Customer;

            trigger OnValidate()
            begin
                if "No." = '' then
                    InitRecord();
                TestStatusOpen();

                if ("Sell-to Customer No." <> xRec."Sell-to Customer No.") and (xRec."Sell-to Customer No." <> '') then begin
                    if GetHideValidationDialog() or not GuiAllowed() then
                        Confirmed := true
                    else
                        Confirmed := Confirm(ConfirmChangeQst, false, FieldCaption("Sell-to Customer No."));
                    if not Confirmed then begin
                        Rec := xRec;
                        exit;
                    end;
                    if "Sell-to Customer No." = '' then begin
                        if SalesLinesExist() then
                            Error(CannotResetErr, FieldCaption("Sell-to Customer No."));
                        Init();
                        "No. Series" := xRec."No. Series";
                        InitRecord();
                        exit;
                    end;
                end;

                GetCust("Sell-to Customer No.");
                Customer.CheckBlockedCustOnDocs(Customer, "Document Type", false, false);
                if Customer."No." <> '' then
                    Customer.TestField("Gen. Bus. Posting Group");
                CopySellToCustomerAddressFieldsFromCustomer(Customer);
                LinesRecreated := false;
                SetBillToCustomerNo(Customer);

                if (xRec."Sell-to Customer No." <> '') and (xRec."Sell-to Customer No." <> "Sell-to Customer No.") and not LinesRecreated then
                    RecreateSalesLines(FieldCaption("Sell-to Customer No."));

                UpdateSellToCont("Sell-to Customer No.");
            end;
        }
        field(3; "No."; Code[20])
        {
            Caption = 'No.';

            trigger OnValidate()
            var
                NoSeries: Codeunit "No. Series";
            begin
                if "No." <> xRec."No." then begin
                    GetSalesSetup();
                    NoSeries.TestManual(GetNoSeriesCode());
                    "No. Series" := '';
                end;
            end;
        }
        field(4; "Bill-to Customer No."; Code[20])
        {
            Caption = 'Bill-to Customer No.';
            NotBlank = true;
            TableRelation = Customer;

            trigger OnValidate()
            begin
                TestStatusOpen();
                if ("Bill-to Customer No." <> xRec."Bill-to Customer No.") and (xRec."Bill-to Customer No." = '') then
                    InitRecord();

                GetCust("Bill-to Customer No.");
                Customer.CheckBlockedCustOnDocs(Customer, "Document Type", false, false);
                if Customer."No." <> '' then
                    Customer.TestField("Customer Posting Group");

                SetBillToCustomerAddressFieldsFromCustomer(Customer);
                Validate("Currency Code");
                Validate("Payment Terms Code");

                if (xRec."Sell-to Customer No." = "Sell-to Customer No.") and (xRec."Bill-to Customer No." <> '') and
                   (xRec."Bill-to Customer No." <> "Bill-to Customer No.")
                then
                    RecreateSalesLines(FieldCaption("Bill-to Customer No."));
                UpdateBillToCont("Bill-to Customer No.");
            end;
        }
        field(5; "Bill-to Name"; Text[100])
        {
            Caption = 'Bill-to Name';
        }
        field(6; "Bill-to Name 2"; Text[50])
        {
            Caption = 'Bill-to Name 2';
        }
        field(7; "Bill-to Address"; Text[100])
        {
            Caption = 'Bill-to Address';
        }
        field(8; "Bill-to Address 2"; Text[50])
        {
            Caption = 'Bill-to Address 2';
        }
        field(9; "Bill-to City"; Text[30])
        {
            Caption = 'Bill-to City';
        }
        field(10; "Bill-to Contact"; Text[100])
        {
            Caption = 'Bill-to Contact';
        }
        field(11; "Your Reference"; Text[35])
        {
            Caption = 'Your Reference';
        }
        field(19; "Order Date"; Date)
        {
            Caption = 'Order Date';
        }
        field(20; "Posting Date"; Date)
        {
            Caption = 'Posting Date';

            trigger OnValidate()
            begin
                TestStatusOpen();
            end;
        }
        field(22; "Posting Description"; Text[100])
        {
            Caption = 'Posting Description';
        }
        field(23; "Payment Terms Code"; Code[10])
        {
            Caption = 'Payment Terms Code';
            TableRelation = "Payment Terms";

            trigger OnValidate()
            var
                PaymentTerms: Record "Payment Terms";
            begin
                if ("Payment Terms Code" <> '') and ("Document Date" <> 0D) then begin
                    PaymentTerms.Get("Payment Terms Code");
                    "Due Date" := CalcDate(PaymentTerms."Due Date Calculation", "Document Date");
                    "Pmt. Discount Date" := CalcDate(PaymentTerms."Discount Date Calculation", "Document Date");
                    "Payment Discount %" := PaymentTerms."Discount %";
                end else begin
                    "Due Date" := "Document Date";
                    "Pmt. Discount Date" := 0D;
                    "Payment Discount %" := 0;
                end;
            end;
        }
        field(24; "Due Date"; Date)
        {
            Caption = 'Due Date';
        }
        field(25; "Payment Discount %"; Decimal)
        {
            Caption = 'Payment Discount %';
            DecimalPlaces = 0 : 5;
            MaxValue = 100;
            MinValue = 0;
        }
        field(26; "Pmt. Discount Date"; Date)
        {
            Caption = 'Pmt. Discount Date';
        }
        field(28; "Location Code"; Code[10])
        {
            Caption = 'Location Code';
        }
        field(31; "Customer Posting Group"; Code[20])
        {
            Caption = 'Customer Posting Group';
        }
        field(32; "Currency Code"; Code[10])
        {
            Caption = 'Currency Code';
            TableRelation = Currency;

            trigger OnValidate()
            begin
                UpdateCurrencyFactor();
                if "Currency Code" <> xRec."Currency Code" then begin
                    TestStatusOpen();
                    RecreateSalesLines(FieldCaption("Currency Code"));
                end;
            end;
        }
        field(33; "Currency Factor"; Decimal)
        {
            Caption = 'Currency Factor';
            DecimalPlaces = 0 : 15;
            Editable = false;
            MinValue = 0;
        }
        field(35; "Prices Including VAT"; Boolean)
        {
            Caption = 'Prices Including VAT';
        }
        field(37; "Invoice Disc. Code"; Code[20])
        {
            Caption = 'Invoice Disc. Code';
        }
        field(41; "Language Code"; Code[10])
        {
            Caption = 'Language Code';
        }
        field(43; "Salesperson Code"; Code[20])
        {
            Caption = 'Salesperson Code';
        }
        field(60; Amount; Decimal)
        {
            AutoFormatExpression = "Currency Code";
            AutoFormatType = 1;
            CalcFormula = sum("Sales Line".Amount where("Document Type" = field("Document Type"), "Document No." = field("No.")));
            Caption = 'Amount';
            Editable = false;
            FieldClass = FlowField;
        }
        field(61; "Amount Including VAT"; Decimal)
        {
            AutoFormatExpression = "Currency Code";
            AutoFormatType = 1;
            CalcFormula = sum("Sales Line"."Amount Including VAT" where("Document Type" = field("Document Type"), "Document No." = field("No.")));
            Caption = 'Amount Including VAT';
            Editable = false;
            FieldClass = FlowField;
        }
        field(63; "Posting No."; Code[20])
        {
            Caption = 'Posting No.';
        }
        field(65; "Last Posting No."; Code[20])
        {
            Caption = 'Last Posting No.';
            Editable = false;
        }
        field(70; "VAT Registration No."; Text[20])
        {
            Caption = 'VAT Registration No.';
        }
        field(72; "Registration Number"; Text[50])
        {
            Caption = 'Registration No.';
        }
        field(74; "Gen. Bus. Posting Group"; Code[20])
        {
            Caption = 'Gen. Bus. Posting Group';
        }
        field(79; "Sell-to Customer Name"; Text[100])
        {
            Caption = 'Sell-to Customer Name';
        }
        field(80; "Sell-to Customer Name 2"; Text[50])
        {
            Caption = 'Sell-to Customer Name 2';
        }
        field(81; "Sell-to Address"; Text[100])
        {
            Caption = 'Sell-to Address';
        }
        field(82; "Sell-to Address 2"; Text[50])
        {
            Caption = 'Sell-to Address 2';
        }
        field(83; "Sell-to City"; Text[30])
        {
            Caption = 'Sell-to City';
        }
        field(84; "Sell-to Contact"; Text[100])
        {
            Caption = 'Sell-to Contact';
        }
        field(85; "Bill-to Post Code"; Code[20])
        {
            Caption = 'Bill-to Post Code';
        }
        field(86; "Bill-to County"; Text[30])
        {
            Caption = 'Bill-to County';
        }
        field(87; "Bill-to Country/Region Code"; Code[10])
        {
            Caption = 'Bill-to Country/Region Code';
        }
        field(88; "Sell-to Post Code"; Code[20])
        {
            Caption = 'Sell-to Post Code';
        }
        field(89; "Sell-to County"; Text[30])
        {
            Caption = 'Sell-to County';
        }
        field(90; "Sell-to Country/Region Code"; Code[10])
        {
            Caption = 'Sell-to Country/Region Code';
        }
        field(99; "Document Date"; Date)
        {
            Caption = 'Document Date';

            trigger OnValidate()
            begin
                Validate("Payment Terms Code");
            end;
        }
        field(100; "External Document No."; Code[35])
        {
            Caption = 'External Document No.';
        }
        field(104; "Payment Method Code"; Code[10])
        {
            Caption = 'Payment Method Code';
        }
        field(107; "No. Series"; Code[20])
        {
            Caption = 'No. Series';
            Editable = false;
            TableRelation = "No. Series";
        }
        field(108; "Posting No. Series"; Code[20])
        {
            Caption = 'Posting No. Series';
            TableRelation = "No. Series";
        }
        field(114; "Tax Area Code"; Code[20])
        {
            Caption = 'Tax Area Code';
        }
        field(115; "Tax Liable"; Boolean)
        {
            Caption = 'Tax Liable';
        }
        field(116; "VAT Bus. Posting Group"; Code[20])
        {
            Caption = 'VAT Bus. Posting Group';
        }
        field(120; Status; Enum "Sales Document Status")
        {
            Caption = 'Status';
            Editable = false;
        }
        field(171; "Sell-to Phone No."; Text[30])
        {
            Caption = 'Sell-to Phone No.';
            ExtendedDatatype = PhoneNo;
        }
        field(172; "Sell-to E-Mail"; Text[80])
        {
            Caption = 'Email';
            ExtendedDatatype = EMail;
        }
        field(200; "Work Description"; Blob)
        {
            Caption = 'Work Description';
        }
        field(1305; "Invoice Discount Amount"; Decimal)
        {
            AutoFormatExpression = "Currency Code";
            AutoFormatType = 1;
            CalcFormula = sum("Sales Line"."Inv. Discount Amount" where("Document No." = field("No."), "Document Type" = field("Document Type")));
            Caption = 'Invoice Discount Amount';
            Editable = false;
            FieldClass = FlowField;
        }
        field(5052; "Sell-to Contact No."; Code[20])
        {
            Caption = 'Sell-to Contact No.';
            TableRelation = Contact;
        }
        field(5053; "Bill-to Contact No."; Code[20])
        {
            Caption = 'Bill-to Contact No.';
            TableRelation = Contact;
        }
        field(9000; "Assigned User ID"; Code[50])
        {
            Caption = 'Assigned User ID';
        }
    }

    keys
    {
        key(Key1; "Document Type", "No.")
        {
            Clustered = true;
        }
        key(Key2; "No.", "Document Type")
        {
        }
        key(Key3; "Document Type", "Sell-to Customer No.")
        {
        }
        key(Key4; "Document Type", "Bill-to Customer No.")
        {
        }
    }

    trigger OnInsert()
    begin
        InitInsert();
    end;

    trigger OnDelete()
    begin
        DeleteAllSalesLines();
    end;

    trigger OnRename()
    begin
        Error(CannotRenameErr, TableCaption());
    end;

    var
        SalesSetup: Record "Sales & Receivables Setup";
        Customer: Record Customer;
        SalesSetupRead: Boolean;
        HideValidationDialog: Boolean;
        Confirmed: Boolean;
        LinesRecreated: Boolean;
        CannotRenameErr: Label 'You cannot rename a %1.', Comment = '%1 = table caption';
        ConfirmChangeQst: Label 'Do you want to change %1?', Comment = '%1 = a Field Caption like Currency Code';
        CannotResetErr: Label 'You cannot reset %1 because the document still has one or more lines.', Comment = '%1 = field caption';
        RecreateSalesLinesMsg: Label 'If you change %1, the existing sales lines will be deleted and new sales lines based on the new information on the header will be created.\\Do you want to continue?', Comment = '%1: FieldCaption';
        RecreateSalesLinesCancelErr: Label 'Change in the existing sales lines for the field %1 is cancelled by user.', Comment = '%1 - Field Name';

    /// <summary>Assigns the number from the setup's series for the document type and initializes the record.</summary>
    procedure InitInsert()
    var
        SalesHeader2: Record "Sales Header";
        NoSeries: Codeunit "No. Series";
    begin
        if "No." = '' then begin
            TestNoSeries();
            "No. Series" := GetNoSeriesCode();
            "No." := NoSeries.GetNextNo("No. Series", "Posting Date");
            while SalesHeader2.Get("Document Type", "No.") do
                "No." := NoSeries.GetNextNo("No. Series", "Posting Date");
        end;
        InitRecord();
    end;

    /// <summary>Sets the dates to the work date and the posting number series and description.</summary>
    procedure InitRecord()
    begin
        GetSalesSetup();
        case "Document Type" of
            "Document Type"::Invoice, "Document Type"::Order:
                if "Posting No. Series" = '' then
                    "Posting No. Series" := SalesSetup."Posted Invoice Nos.";
            "Document Type"::"Credit Memo", "Document Type"::"Return Order":
                if "Posting No. Series" = '' then
                    "Posting No. Series" := SalesSetup."Posted Credit Memo Nos.";
        end;
        if "Posting Date" = 0D then
            "Posting Date" := WorkDate();
        "Order Date" := WorkDate();
        if "Document Date" = 0D then
            "Document Date" := WorkDate();
        InitPostingDescription();
    end;

    procedure InitPostingDescription()
    begin
        "Posting Description" := Format("Document Type") + ' ' + "No.";
    end;

    /// <summary>The number series of the setup for the document type.</summary>
    procedure GetNoSeriesCode(): Code[20]
    begin
        GetSalesSetup();
        case "Document Type" of
            "Document Type"::Quote:
                exit(SalesSetup."Quote Nos.");
            "Document Type"::Order:
                exit(SalesSetup."Order Nos.");
            "Document Type"::Invoice:
                exit(SalesSetup."Invoice Nos.");
            "Document Type"::"Credit Memo":
                exit(SalesSetup."Credit Memo Nos.");
            "Document Type"::"Blanket Order":
                exit(SalesSetup."Blanket Order Nos.");
        end;
        exit('');
    end;

    procedure TestStatusOpen()
    begin
        if Status <> Status::Open then
            TestField(Status, Status::Open);
    end;

    procedure SetHideValidationDialog(NewHideValidationDialog: Boolean)
    begin
        HideValidationDialog := NewHideValidationDialog;
    end;

    procedure GetHideValidationDialog(): Boolean
    begin
        exit(HideValidationDialog);
    end;

    procedure SalesLinesExist(): Boolean
    var
        SalesLine: Record "Sales Line";
    begin
        SalesLine.SetRange("Document Type", "Document Type");
        SalesLine.SetRange("Document No.", "No.");
        exit(not SalesLine.IsEmpty());
    end;

    procedure GetCust(CustNo: Code[20]): Record Customer
    begin
        if CustNo = '' then
            Clear(Customer)
        else
            if CustNo <> Customer."No." then
                Customer.Get(CustNo);
        exit(Customer);
    end;

    procedure SetBillToCustomerAddressFieldsFromCustomer(var BillToCustomer: Record Customer)
    begin
        "Bill-to Name" := BillToCustomer.Name;
        "Bill-to Name 2" := BillToCustomer."Name 2";
        "Bill-to Address" := BillToCustomer.Address;
        "Bill-to Address 2" := BillToCustomer."Address 2";
        "Bill-to City" := BillToCustomer.City;
        "Bill-to Post Code" := BillToCustomer."Post Code";
        "Bill-to County" := BillToCustomer.County;
        "Bill-to Country/Region Code" := BillToCustomer."Country/Region Code";
        "Bill-to Contact" := BillToCustomer.Contact;
        "Payment Terms Code" := BillToCustomer."Payment Terms Code";
        if "Document Type" in ["Document Type"::"Credit Memo", "Document Type"::"Return Order"] then
            "Payment Method Code" := ''
        else
            "Payment Method Code" := BillToCustomer."Payment Method Code";
        "Customer Posting Group" := BillToCustomer."Customer Posting Group";
        "Currency Code" := BillToCustomer."Currency Code";
        "Prices Including VAT" := BillToCustomer."Prices Including VAT";
        "Invoice Disc. Code" := BillToCustomer."Invoice Disc. Code";
        "Language Code" := BillToCustomer."Language Code";
        "Salesperson Code" := BillToCustomer."Salesperson Code";
    end;

    /// <summary>Stores the work description text in the BLOB field.</summary>
    procedure SetWorkDescription(NewWorkDescription: Text)
    var
        OutStream: OutStream;
    begin
        Clear("Work Description");
        "Work Description".CreateOutStream(OutStream, TextEncoding::UTF8);
        OutStream.WriteText(NewWorkDescription);
        Modify();
    end;

    procedure GetWorkDescription() WorkDescription: Text
    var
        InStream: InStream;
    begin
        CalcFields("Work Description");
        "Work Description".CreateInStream(InStream, TextEncoding::UTF8);
        InStream.ReadText(WorkDescription);
    end;

    /// <summary>Recreates the lines so that they pick up the changed header (customer, currency).</summary>
    procedure RecreateSalesLines(ChangedFieldName: Text)
    var
        SalesLine: Record "Sales Line";
        TempSalesLine: Record "Sales Line" temporary;
    begin
        if not SalesLinesExist() then
            exit;
        if not (GetHideValidationDialog() or not GuiAllowed()) then
            if not Confirm(RecreateSalesLinesMsg, false, ChangedFieldName) then
                Error(RecreateSalesLinesCancelErr, ChangedFieldName);

        SalesLine.SetRange("Document Type", "Document Type");
        SalesLine.SetRange("Document No.", "No.");
        LinesRecreated := true;
        if SalesLine.FindSet() then
            repeat
                TempSalesLine := SalesLine;
                TempSalesLine.Insert();
            until SalesLine.Next() = 0;
        SalesLine.DeleteAll(true);

        if TempSalesLine.FindSet() then
            repeat
                SalesLine.Init();
                SalesLine."Document Type" := TempSalesLine."Document Type";
                SalesLine."Document No." := TempSalesLine."Document No.";
                SalesLine."Line No." := TempSalesLine."Line No.";
                SalesLine.SetSalesHeader(Rec);
                SalesLine.Validate(Type, TempSalesLine.Type);
                if TempSalesLine."No." = '' then
                    SalesLine.Description := TempSalesLine.Description
                else begin
                    SalesLine.Validate("No.", TempSalesLine."No.");
                    if TempSalesLine."Unit of Measure Code" <> '' then
                        SalesLine.Validate("Unit of Measure Code", TempSalesLine."Unit of Measure Code");
                    SalesLine.Validate(Quantity, TempSalesLine.Quantity);
                end;
                SalesLine.Insert(true);
            until TempSalesLine.Next() = 0;
    end;

    procedure DeleteAllSalesLines()
    var
        SalesLine: Record "Sales Line";
    begin
        SalesLine.SetRange("Document Type", "Document Type");
        SalesLine.SetRange("Document No.", "No.");
        SalesLine.SuspendStatusCheck(true);
        SalesLine.DeleteAll(true);
    end;

    local procedure CopySellToCustomerAddressFieldsFromCustomer(var SellToCustomer: Record Customer)
    begin
        "Sell-to Customer Name" := SellToCustomer.Name;
        "Sell-to Customer Name 2" := SellToCustomer."Name 2";
        "Sell-to Phone No." := SellToCustomer."Phone No.";
        "Sell-to E-Mail" := SellToCustomer."E-Mail";
        "Sell-to Address" := SellToCustomer.Address;
        "Sell-to Address 2" := SellToCustomer."Address 2";
        "Sell-to City" := SellToCustomer.City;
        "Sell-to Post Code" := SellToCustomer."Post Code";
        "Sell-to County" := SellToCustomer.County;
        "Sell-to Country/Region Code" := SellToCustomer."Country/Region Code";
        "Sell-to Contact" := SellToCustomer.Contact;
        "Gen. Bus. Posting Group" := SellToCustomer."Gen. Bus. Posting Group";
        "VAT Bus. Posting Group" := SellToCustomer."VAT Bus. Posting Group";
        "Tax Area Code" := SellToCustomer."Tax Area Code";
        "Tax Liable" := SellToCustomer."Tax Liable";
        "Registration Number" := SellToCustomer."Registration Number";
        "VAT Registration No." := SellToCustomer."VAT Registration No.";
        "Location Code" := SellToCustomer."Location Code";
    end;

    local procedure SetBillToCustomerNo(var SellToCustomer: Record Customer)
    begin
        if SellToCustomer."Bill-to Customer No." <> '' then
            Validate("Bill-to Customer No.", SellToCustomer."Bill-to Customer No.")
        else
            Validate("Bill-to Customer No.", "Sell-to Customer No.");
    end;

    local procedure UpdateSellToCont(CustomerNo: Code[20])
    begin
        "Sell-to Contact No." := FindCustomerContactNo(CustomerNo);
    end;

    local procedure UpdateBillToCont(CustomerNo: Code[20])
    begin
        "Bill-to Contact No." := FindCustomerContactNo(CustomerNo);
    end;

    // The customer's primary contact, else the contact linked to the customer by a business relation.
    local procedure FindCustomerContactNo(CustomerNo: Code[20]): Code[20]
    var
        Cust: Record Customer;
        ContactBusinessRelation: Record "Contact Business Relation";
    begin
        if not Cust.Get(CustomerNo) then
            exit('');
        if Cust."Primary Contact No." <> '' then
            exit(Cust."Primary Contact No.");
        if ContactBusinessRelation.FindByRelation(ContactBusinessRelation."Link to Table"::Customer, CustomerNo) then
            exit(ContactBusinessRelation."Contact No.");
        exit('');
    end;

    local procedure UpdateCurrencyFactor()
    begin
        // Exchange rates are not modelled: foreign currencies convert 1:1 (see README).
        if "Currency Code" = '' then
            "Currency Factor" := 0
        else
            "Currency Factor" := 1;
    end;

    local procedure TestNoSeries()
    begin
        GetSalesSetup();
        case "Document Type" of
            "Document Type"::Quote:
                SalesSetup.TestField("Quote Nos.");
            "Document Type"::Order:
                SalesSetup.TestField("Order Nos.");
            "Document Type"::Invoice:
                SalesSetup.TestField("Invoice Nos.");
            "Document Type"::"Credit Memo":
                SalesSetup.TestField("Credit Memo Nos.");
            "Document Type"::"Blanket Order":
                SalesSetup.TestField("Blanket Order Nos.");
        end;
    end;

    local procedure GetSalesSetup()
    begin
        if SalesSetupRead then
            exit;
        SalesSetup.Get();
        SalesSetupRead := true;
    end;
}

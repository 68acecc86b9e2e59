namespace Seed.BookingsInvoicing.Invoicing;

using Microsoft.Sales.Document;

/// <summary>
/// Shows an invoicing plan (Preview: what would be created, nothing is created) or an invoicing result (the created
/// invoices and every problem with its reason). Fix opens what solves the problem on the current row.
/// </summary>
page 70470026 "BKI Invoice Preview"
{
    Caption = 'Bookings Invoicing Preview';
    PageType = List;
    SourceTable = "BKI Invoice Plan Buffer";
    SourceTableTemporary = true;
    SourceTableView = sorting("Group Key", "Line Type", "Start Date Time (UTC)", "Customer Key");
    ApplicationArea = All;
    UsageCategory = None;
    Editable = false;
    InsertAllowed = false;
    DeleteAllowed = false;
    ModifyAllowed = false;

    layout
    {
        area(Content)
        {
            repeater(Plan)
            {
                field("Line Type"; Rec."Line Type")
                {
                    ToolTip = 'Specifies whether the row is an invoice, one of its lines, or a problem.';
                    StyleExpr = RowStyle;
                }
                field("Document No."; Rec."Document No.")
                {
                    ToolTip = 'Specifies the draft invoice that was created (empty in a preview).';
                    Visible = IsResult;
                }
                field("Customer No."; Rec."Customer No.")
                {
                    ToolTip = 'Specifies the Business Central customer of the invoice (empty when a customer will be created from the template).';
                }
                field("Customer Name"; Rec."Customer Name")
                {
                    ToolTip = 'Specifies the customer name.';
                }
                field("Create Customer"; Rec."Create Customer")
                {
                    ToolTip = 'Specifies that the customer will be created from the default customer template.';
                }
                field("Local Date"; Rec."Local Date")
                {
                    ToolTip = 'Specifies the date of the appointment in the time zone of the Bookings business.';
                }
                field(Description; Rec.Description)
                {
                    ToolTip = 'Specifies the description of the invoice line: service, date and time in the business time zone.';
                }
                field("Description 2"; Rec."Description 2")
                {
                    ToolTip = 'Specifies the staff of the appointment.';
                    Visible = false;
                }
                field("Item No."; Rec."Item No.")
                {
                    ToolTip = 'Specifies the service item of the line.';
                }
                field(Quantity; Rec.Quantity)
                {
                    ToolTip = 'Specifies the quantity: 1 for fixed prices, the hours for hourly prices.';
                }
                field("Unit Price"; Rec."Unit Price")
                {
                    ToolTip = 'Specifies the unit price.';
                }
                field(Amount; Rec.Amount)
                {
                    ToolTip = 'Specifies the amount of the line, or the total of the invoice.';
                }
                field("Line Count"; Rec."Line Count")
                {
                    ToolTip = 'Specifies the number of lines of the invoice.';
                }
                field("Price Type"; Rec."Price Type")
                {
                    ToolTip = 'Specifies the Bookings price type of the appointment.';
                }
                field("Price Needed"; Rec."Price Needed")
                {
                    ToolTip = 'Specifies that the price is only a proposal (price type starting at, price varies, call us or not set, or another currency): check it on the draft invoice.';
                    StyleExpr = PriceStyle;
                }
                field(Status; Rec.Status)
                {
                    ToolTip = 'Specifies the kind of problem in a word or two, such as No customer match or Service not mapped.';
                    StyleExpr = ProblemStyle;
                }
                field(Problem; Rec.Problem)
                {
                    ToolTip = 'Specifies why the appointment cannot be invoiced, or what to check. Choose Fix to open what solves it.';
                    StyleExpr = ProblemStyle;
                }
                field("Fix Action"; Rec."Fix Action")
                {
                    ToolTip = 'Specifies what Fix opens.';
                }
            }
        }
    }

    actions
    {
        area(Processing)
        {
            action(Fix)
            {
                Caption = 'Fix';
                ToolTip = 'Open what solves the problem on this row (the customer, the service mappings, the setup, the appointment or the invoice).';
                Image = Troubleshoot;

                trigger OnAction()
                var
                    BKIBookingsInvoicingImpl: Codeunit "BKI Bookings Invoicing Impl.";
                begin
                    BKIBookingsInvoicingImpl.RunFixAction(Rec);
                end;
            }
            action(ShowProblems)
            {
                Caption = 'Show Problems as Errors';
                ToolTip = 'List every problem as an error with an action that opens what fixes it.';
                Image = ErrorLog;

                trigger OnAction()
                var
                    TempProblems: Record "BKI Invoice Plan Buffer" temporary;
                    BKIBookingsInvoicingImpl: Codeunit "BKI Bookings Invoicing Impl.";
                begin
                    TempProblems.Copy(Rec, true);
                    BKIBookingsInvoicingImpl.ShowProblemsAsErrors(TempProblems);
                end;
            }
            action(OpenInvoice)
            {
                Caption = 'Open Invoice';
                ToolTip = 'Open the draft invoice of this row.';
                Image = Invoice;
                Enabled = IsResult;

                trigger OnAction()
                var
                    SalesHeader: Record "Sales Header";
                begin
                    if SalesHeader.Get(SalesHeader."Document Type"::Invoice, Rec."Document No.") then
                        Page.Run(Page::"Sales Invoice", SalesHeader);
                end;
            }
        }
        area(Promoted)
        {
            actionref(Fix_Promoted; Fix)
            {
            }
            actionref(OpenInvoice_Promoted; OpenInvoice)
            {
            }
        }
    }

    var
        IsResult: Boolean;
        RowStyle: Text;
        PriceStyle: Text;
        ProblemStyle: Text;
        ResultCaptionLbl: Label 'Bookings Invoicing Result';

    /// <summary>Shows the rows of the buffer; IsInvoicingResult = true shows created invoices instead of a plan.</summary>
    procedure SetBuffer(var TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary; IsInvoicingResult: Boolean)
    begin
        Rec.Copy(TempBKIInvoicePlanBuffer, true);
        IsResult := IsInvoicingResult;
    end;

    trigger OnOpenPage()
    begin
        if IsResult then
            CurrPage.Caption := ResultCaptionLbl;
    end;

    trigger OnAfterGetRecord()
    begin
        RowStyle := 'Standard';
        case Rec."Line Type" of
            Rec."Line Type"::Invoice:
                RowStyle := 'Strong';
            Rec."Line Type"::Problem:
                RowStyle := 'Unfavorable';
        end;
        PriceStyle := 'Standard';
        if Rec."Price Needed" then
            PriceStyle := 'Attention';
        ProblemStyle := 'Standard';
        if Rec.Problem <> '' then
            ProblemStyle := 'Attention';
    end;
}

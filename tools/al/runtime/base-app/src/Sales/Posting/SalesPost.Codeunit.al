// Reduced model of codeunit 80 "Sales-Post": posts a sales invoice the way the extension observes it.
//   checks: invoice only; status Open; Sell-to/Bill-to customer, Posting Date and Document Date filled; customer not
//           blocked for posting; at least one line with a quantity ("There is nothing to post ...").
//   number: "Posting No." if set, else the next number of "Posting No. Series" (dated Posting Date), else "No.".
//   result: a Sales Invoice Header/Lines copy of the document (TransferFields; "Pre-Assigned No." = draft number,
//           "User ID" = current user), "Last Posting No." on the passed record, OnBeforeDeleteAfterPosting raised
//           (a subscriber may set SkipDelete), the draft and its lines deleted, OnAfterPostSalesDoc raised with BC's
//           signature (no shipment/ledger entries: those arguments are empty),
//           then Commit unless SetSuppressCommit(true) was called.
// Not modelled: G/L, customer ledger and VAT entries, shipments, orders/credit memos, preview, job queue posting.
namespace Microsoft.Sales.Posting;

using Microsoft.Finance.GeneralLedger.Posting;
using Microsoft.Foundation.NoSeries;
using Microsoft.Sales.Customer;
using Microsoft.Sales.Document;
using Microsoft.Sales.History;
using Microsoft.Sales.Receivables;

codeunit 80 "Sales-Post"
{
    Permissions = tabledata "Sales Header" = rimd,
                  tabledata "Sales Line" = rimd,
                  tabledata "Sales Invoice Header" = rimd,
                  tabledata "Sales Invoice Line" = rimd;
    TableNo = "Sales Header";
    EventSubscriberInstance = Manual;

    trigger OnRun()
    var
        SalesHeader: Record "Sales Header";
    begin
        SalesHeader.Copy(Rec);
        RunWithCheck(SalesHeader);
        Rec := SalesHeader;
    end;

    var
        SuppressCommit: Boolean;
        PreviewMode: Boolean;
        NothingToPostErr: Label 'There is nothing to post because the document does not contain a quantity or amount.';
        OnlyInvoicesErr: Label 'The base-application model of the AL runtime posts sales invoices only; %1 %2 cannot be posted.', Comment = '%1 = document type, %2 = document no.';

    procedure SetSuppressCommit(NewSuppressCommit: Boolean)
    begin
        SuppressCommit := NewSuppressCommit;
    end;

    procedure SetPreviewMode(NewPreviewMode: Boolean)
    begin
        PreviewMode := NewPreviewMode;
    end;

    local procedure RunWithCheck(var SalesHeader: Record "Sales Header")
    var
        SalesInvoiceHeader: Record "Sales Invoice Header";
        SalesCrMemoHeader: Record "Sales Cr.Memo Header";
        TempSalesLineGlobal: Record "Sales Line" temporary;
        CustLedgerEntry: Record "Cust. Ledger Entry";
        GenJnlPostLine: Codeunit "Gen. Jnl.-Post Line";
        HideProgressWindow: Boolean;
        IsHandled: Boolean;
        CalledBy: Integer;
        PostedNo: Code[20];
        SkipDelete: Boolean;
    begin
        OnBeforePostSalesDoc(SalesHeader, SuppressCommit, PreviewMode, HideProgressWindow, IsHandled, CalledBy);
        if IsHandled then
            exit;

        CheckDocument(SalesHeader);
        PostedNo := AssignPostingNo(SalesHeader);
        InsertPostedInvoice(SalesHeader, PostedNo, SalesInvoiceHeader);
        CopyLinesToBuffer(SalesHeader, TempSalesLineGlobal);
        OnBeforeDeleteAfterPosting(SalesHeader, SalesInvoiceHeader, SalesCrMemoHeader, SkipDelete, SuppressCommit, true, TempSalesLineGlobal);
        if not SkipDelete then
            DeleteDraft(SalesHeader);
        SalesHeader."Last Posting No." := PostedNo;

        OnAfterPostSalesDoc(
          SalesHeader, GenJnlPostLine, '', '', PostedNo, '', SuppressCommit, false, CustLedgerEntry, false, false, PreviewMode);

        if not SuppressCommit then
            Commit();
    end;

    local procedure CheckDocument(var SalesHeader: Record "Sales Header")
    var
        Customer: Record Customer;
        SalesLine: Record "Sales Line";
    begin
        if SalesHeader."Document Type" <> SalesHeader."Document Type"::Invoice then
            Error(OnlyInvoicesErr, SalesHeader."Document Type", SalesHeader."No.");
        SalesHeader.TestField(Status, SalesHeader.Status::Open);
        SalesHeader.TestField("Sell-to Customer No.");
        SalesHeader.TestField("Bill-to Customer No.");
        SalesHeader.TestField("Posting Date");
        SalesHeader.TestField("Document Date");

        Customer.Get(SalesHeader."Sell-to Customer No.");
        Customer.CheckBlockedCustOnDocs(Customer, SalesHeader."Document Type", false, true);
        if SalesHeader."Bill-to Customer No." <> SalesHeader."Sell-to Customer No." then begin
            Customer.Get(SalesHeader."Bill-to Customer No.");
            Customer.CheckBlockedCustOnDocs(Customer, SalesHeader."Document Type", false, true);
        end;

        SalesLine.SetRange("Document Type", SalesHeader."Document Type");
        SalesLine.SetRange("Document No.", SalesHeader."No.");
        SalesLine.SetFilter(Type, '<>%1', SalesLine.Type::" ");
        SalesLine.SetFilter(Quantity, '<>0');
        if SalesLine.IsEmpty() then
            Error(NothingToPostErr);
    end;

    local procedure AssignPostingNo(var SalesHeader: Record "Sales Header"): Code[20]
    var
        NoSeries: Codeunit "No. Series";
    begin
        if SalesHeader."Posting No." <> '' then
            exit(SalesHeader."Posting No.");
        if SalesHeader."Posting No. Series" <> '' then
            exit(NoSeries.GetNextNo(SalesHeader."Posting No. Series", SalesHeader."Posting Date"));
        exit(SalesHeader."No.");
    end;

    local procedure InsertPostedInvoice(var SalesHeader: Record "Sales Header"; PostedNo: Code[20]; var SalesInvoiceHeader: Record "Sales Invoice Header")
    var
        SalesLine: Record "Sales Line";
        SalesInvoiceLine: Record "Sales Invoice Line";
    begin
        SalesHeader.CalcFields("Work Description");
        SalesInvoiceHeader.Init();
        SalesInvoiceHeader.TransferFields(SalesHeader);
        SalesInvoiceHeader."No." := PostedNo;
        SalesInvoiceHeader."Pre-Assigned No. Series" := SalesHeader."No. Series";
        SalesInvoiceHeader."Pre-Assigned No." := SalesHeader."No.";
        SalesInvoiceHeader."No. Series" := SalesHeader."Posting No. Series";
        SalesInvoiceHeader."User ID" := CopyStr(UserId(), 1, MaxStrLen(SalesInvoiceHeader."User ID"));
        SalesInvoiceHeader.Insert();

        SalesLine.SetRange("Document Type", SalesHeader."Document Type");
        SalesLine.SetRange("Document No.", SalesHeader."No.");
        if SalesLine.FindSet() then
            repeat
                SalesInvoiceLine.Init();
                SalesInvoiceLine.TransferFields(SalesLine);
                SalesInvoiceLine."Document No." := PostedNo;
                SalesInvoiceLine."Posting Date" := SalesHeader."Posting Date";
                SalesInvoiceLine.Insert();
            until SalesLine.Next() = 0;
    end;

    local procedure CopyLinesToBuffer(SalesHeader: Record "Sales Header"; var TempSalesLine: Record "Sales Line" temporary)
    var
        SalesLine: Record "Sales Line";
    begin
        SalesLine.SetRange("Document Type", SalesHeader."Document Type");
        SalesLine.SetRange("Document No.", SalesHeader."No.");
        if SalesLine.FindSet() then
            repeat
                TempSalesLine := SalesLine;
                TempSalesLine.Insert();
            until SalesLine.Next() = 0;
    end;

    local procedure DeleteDraft(var SalesHeader: Record "Sales Header")
    var
        SalesLine: Record "Sales Line";
        DraftHeader: Record "Sales Header";
    begin
        SalesLine.SetRange("Document Type", SalesHeader."Document Type");
        SalesLine.SetRange("Document No.", SalesHeader."No.");
        SalesLine.DeleteAll();
        if DraftHeader.Get(SalesHeader."Document Type", SalesHeader."No.") then
            DraftHeader.Delete();
    end;

    [IntegrationEvent(true, false)]
    local procedure OnBeforePostSalesDoc(var SalesHeader: Record "Sales Header"; CommitIsSuppressed: Boolean; PreviewMode: Boolean; var HideProgressWindow: Boolean; var IsHandled: Boolean; var CalledBy: Integer)
    begin
    end;

    [IntegrationEvent(false, false)]
    local procedure OnBeforeDeleteAfterPosting(var SalesHeader: Record "Sales Header"; var SalesInvoiceHeader: Record "Sales Invoice Header"; var SalesCrMemoHeader: Record "Sales Cr.Memo Header"; var SkipDelete: Boolean; CommitIsSuppressed: Boolean; EverythingInvoiced: Boolean; var TempSalesLineGlobal: Record "Sales Line" temporary)
    begin
    end;

    [IntegrationEvent(false, false)]
    local procedure OnAfterPostSalesDoc(var SalesHeader: Record "Sales Header"; var GenJnlPostLine: Codeunit "Gen. Jnl.-Post Line"; SalesShptHdrNo: Code[20]; RetRcpHdrNo: Code[20]; SalesInvHdrNo: Code[20]; SalesCrMemoHdrNo: Code[20]; CommitIsSuppressed: Boolean; InvtPickPutaway: Boolean; var CustLedgerEntry: Record "Cust. Ledger Entry"; WhseShip: Boolean; WhseReceiv: Boolean; PreviewMode: Boolean)
    begin
    end;
}

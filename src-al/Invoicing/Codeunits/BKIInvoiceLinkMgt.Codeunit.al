namespace Seed.BookingsInvoicing.Invoicing;

using Microsoft.Sales.Document;
using Microsoft.Sales.History;
using Microsoft.Sales.Posting;
using Seed.BookingsInvoicing.Sync;

/// <summary>
/// Keeps "BKI Booking Invoice Link" and the appointment's invoice status in step with sales documents:
/// deleting a draft invoice line or a whole draft returns its appointments to Bookings Not Invoiced; posting moves the
/// links to the posted invoice (before Sales-Post deletes the draft, so the deletion finds nothing left to release).
/// </summary>
codeunit 70470054 "BKI Invoice Link Mgt."
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;
    Permissions = tabledata "Sales Invoice Header" = r,
                  tabledata "BKI Booking Invoice Link" = rimd,
                  tabledata "BKI Booking Appointment" = rm,
                  tabledata "BKI Booking Appt. Customer" = r;

    /// <summary>Writes the link of one appointment customer to a document line. Fails when the customer is already linked.</summary>
    procedure InsertLink(BusinessId: Text[250]; AppointmentId: Text[250]; CustomerKey: Text[100]; DocumentType: Enum "BKI Invoice Link Doc. Type"; DocumentNo: Code[20]; LineNo: Integer; CustomerNo: Code[20])
    var
        BKIBookingInvoiceLink: Record "BKI Booking Invoice Link";
    begin
        InitLink(BKIBookingInvoiceLink, BusinessId, AppointmentId, CustomerKey, DocumentType, DocumentNo, LineNo, CustomerNo);
        BKIBookingInvoiceLink.Insert();
    end;

    /// <summary>Writes the link like InsertLink; returns false and writes nothing when the customer is already linked.</summary>
    procedure InsertNewLink(BusinessId: Text[250]; AppointmentId: Text[250]; CustomerKey: Text[100]; DocumentType: Enum "BKI Invoice Link Doc. Type"; DocumentNo: Code[20]; LineNo: Integer; CustomerNo: Code[20]): Boolean
    var
        BKIBookingInvoiceLink: Record "BKI Booking Invoice Link";
    begin
        InitLink(BKIBookingInvoiceLink, BusinessId, AppointmentId, CustomerKey, DocumentType, DocumentNo, LineNo, CustomerNo);
        exit(BKIBookingInvoiceLink.Insert());
    end;

    local procedure InitLink(var BKIBookingInvoiceLink: Record "BKI Booking Invoice Link"; BusinessId: Text[250]; AppointmentId: Text[250]; CustomerKey: Text[100]; DocumentType: Enum "BKI Invoice Link Doc. Type"; DocumentNo: Code[20]; LineNo: Integer; CustomerNo: Code[20])
    begin
        BKIBookingInvoiceLink.Init();
        BKIBookingInvoiceLink."Business ID" := BusinessId;
        BKIBookingInvoiceLink."Appointment ID" := AppointmentId;
        BKIBookingInvoiceLink."Customer Key" := CustomerKey;
        BKIBookingInvoiceLink."Document Type" := DocumentType;
        BKIBookingInvoiceLink."Document No." := DocumentNo;
        BKIBookingInvoiceLink."Line No." := LineNo;
        BKIBookingInvoiceLink."Customer No." := CustomerNo;
        BKIBookingInvoiceLink."Linked At" := CurrentDateTime();
        BKIBookingInvoiceLink."Linked By" := CopyStr(UserId(), 1, MaxStrLen(BKIBookingInvoiceLink."Linked By"));
    end;

    /// <summary>Recomputes Invoice Status, Invoice No. and Invoice Posted of an appointment from its links.</summary>
    procedure RefreshAppointment(BusinessId: Text[250]; AppointmentId: Text[250])
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKIBookingInvoiceLink: Record "BKI Booking Invoice Link";
    begin
        if not BKIBookingAppointment.Get(BusinessId, AppointmentId) then
            exit;
        BKIBookingInvoiceLink.SetRange("Business ID", BusinessId);
        BKIBookingInvoiceLink.SetRange("Appointment ID", AppointmentId);
        SetInvoiceStatus(BKIBookingAppointment, BKIBookingInvoiceLink);
        BKIBookingAppointment.Modify();
    end;

    /// <summary>
    /// Sets Invoice Status, Invoice No., Invoice Posted and Invoice Link Count of the appointment (not saved) from its
    /// links: all records within the filters of BKIBookingInvoiceLink, which the caller sets to the appointment;
    /// database or temporary. Invoice No. is the highest posted invoice number, else the highest draft one.
    /// </summary>
    procedure SetInvoiceStatus(var BKIBookingAppointment: Record "BKI Booking Appointment"; var BKIBookingInvoiceLink: Record "BKI Booking Invoice Link")
    var
        LinkCount: Integer;
        MarkedCount: Integer;
    begin
        BKIBookingAppointment."Invoice No." := '';
        BKIBookingAppointment."Invoice Posted" := false;
        if BKIBookingInvoiceLink.FindSet() then
            repeat
                LinkCount += 1;
                case BKIBookingInvoiceLink."Document Type" of
                    BKIBookingInvoiceLink."Document Type"::"Marked as Invoiced":
                        MarkedCount += 1;
                    BKIBookingInvoiceLink."Document Type"::"Posted Invoice":
                        begin
                            if (not BKIBookingAppointment."Invoice Posted") or (BKIBookingInvoiceLink."Document No." > BKIBookingAppointment."Invoice No.") then
                                BKIBookingAppointment."Invoice No." := BKIBookingInvoiceLink."Document No.";
                            BKIBookingAppointment."Invoice Posted" := true;
                        end;
                    else
                        if (not BKIBookingAppointment."Invoice Posted") and (BKIBookingInvoiceLink."Document No." > BKIBookingAppointment."Invoice No.") then
                            BKIBookingAppointment."Invoice No." := BKIBookingInvoiceLink."Document No.";
                end;
            until BKIBookingInvoiceLink.Next() = 0;
        BKIBookingAppointment."Invoice Link Count" := LinkCount;
        SetStatusFromCounts(BKIBookingAppointment, MarkedCount = LinkCount);
    end;

    /// <summary>
    /// Adds NewLinkCount new draft invoice links to DocumentNo to the appointment's invoice status (not saved): the same
    /// result as SetInvoiceStatus over its stored links plus the new ones, without reading the stored links. The
    /// caller holds the appointment as read in its own transaction, whose status reflects every stored link.
    /// </summary>
    procedure AddDraftLinksToStatus(var BKIBookingAppointment: Record "BKI Booking Appointment"; NewLinkCount: Integer; DocumentNo: Code[20])
    begin
        if NewLinkCount <= 0 then
            exit;
        BKIBookingAppointment."Invoice Link Count" += NewLinkCount;
        if (not BKIBookingAppointment."Invoice Posted") and (DocumentNo > BKIBookingAppointment."Invoice No.") then
            BKIBookingAppointment."Invoice No." := DocumentNo;
        SetStatusFromCounts(BKIBookingAppointment, false);
    end;

    local procedure SetStatusFromCounts(var BKIBookingAppointment: Record "BKI Booking Appointment"; AllMarked: Boolean)
    var
        CustomersToBill: Integer;
    begin
        CustomersToBill := BKIBookingAppointment."Customer Count";
        if CustomersToBill < 1 then
            CustomersToBill := 1;
        case true of
            BKIBookingAppointment."Invoice Link Count" = 0:
                BKIBookingAppointment."Invoice Status" := BKIBookingAppointment."Invoice Status"::"Not Invoiced";
            AllMarked and (BKIBookingAppointment."Invoice Link Count" >= CustomersToBill):
                BKIBookingAppointment."Invoice Status" := BKIBookingAppointment."Invoice Status"::"Marked as Invoiced";
            BKIBookingAppointment."Invoice Link Count" >= CustomersToBill:
                BKIBookingAppointment."Invoice Status" := BKIBookingAppointment."Invoice Status"::Invoiced;
            else
                BKIBookingAppointment."Invoice Status" := BKIBookingAppointment."Invoice Status"::"Partly Invoiced";
        end;
    end;

    /// <summary>Marks the appointments as invoiced elsewhere: every customer not billed yet gets a "Marked as Invoiced" link.</summary>
    procedure MarkAsInvoiced(var BKIBookingAppointment: Record "BKI Booking Appointment") MarkedCount: Integer
    var
        BKIBookingApptCustomer: Record "BKI Booking Appt. Customer";
        BKIBookingInvoiceLink: Record "BKI Booking Invoice Link";
    begin
        if BKIBookingAppointment.FindSet() then
            repeat
                BKIBookingApptCustomer.SetRange("Business ID", BKIBookingAppointment."Business ID");
                BKIBookingApptCustomer.SetRange("Appointment ID", BKIBookingAppointment."Appointment ID");
                if BKIBookingApptCustomer.FindSet() then
                    repeat
                        if not BKIBookingInvoiceLink.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID", BKIBookingApptCustomer."Customer Key") then
                            InsertLink(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID", BKIBookingApptCustomer."Customer Key",
                                BKIBookingInvoiceLink."Document Type"::"Marked as Invoiced", '', 0, '');
                    until BKIBookingApptCustomer.Next() = 0
                else
                    if not BKIBookingInvoiceLink.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID", BKIBookingApptCustomer.NoCustomerKey()) then
                        InsertLink(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID", BKIBookingApptCustomer.NoCustomerKey(),
                            BKIBookingInvoiceLink."Document Type"::"Marked as Invoiced", '', 0, '');
                RefreshAppointment(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID");
                MarkedCount += 1;
            until BKIBookingAppointment.Next() = 0;
    end;

    /// <summary>Removes the "Marked as Invoiced" links (never real invoice links) of the appointments.</summary>
    procedure UnmarkAsInvoiced(var BKIBookingAppointment: Record "BKI Booking Appointment") UnmarkedCount: Integer
    var
        BKIBookingInvoiceLink: Record "BKI Booking Invoice Link";
    begin
        if BKIBookingAppointment.FindSet() then
            repeat
                BKIBookingInvoiceLink.SetRange("Business ID", BKIBookingAppointment."Business ID");
                BKIBookingInvoiceLink.SetRange("Appointment ID", BKIBookingAppointment."Appointment ID");
                BKIBookingInvoiceLink.SetRange("Document Type", BKIBookingInvoiceLink."Document Type"::"Marked as Invoiced");
                if not BKIBookingInvoiceLink.IsEmpty() then begin
                    BKIBookingInvoiceLink.DeleteAll();
                    RefreshAppointment(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID");
                    UnmarkedCount += 1;
                end;
            until BKIBookingAppointment.Next() = 0;
    end;

    /// <summary>Releases the links of a draft invoice (all lines when LineNo = 0) and refreshes their appointments.</summary>
    procedure ReleaseDraftLinks(DocumentNo: Code[20]; LineNo: Integer)
    var
        BKIBookingInvoiceLink: Record "BKI Booking Invoice Link";
        TempAffected: Record "BKI Booking Invoice Link" temporary;
    begin
        BKIBookingInvoiceLink.SetCurrentKey("Document Type", "Document No.", "Line No.");
        BKIBookingInvoiceLink.SetRange("Document Type", BKIBookingInvoiceLink."Document Type"::Invoice);
        BKIBookingInvoiceLink.SetRange("Document No.", DocumentNo);
        if LineNo <> 0 then
            BKIBookingInvoiceLink.SetRange("Line No.", LineNo);
        if not BKIBookingInvoiceLink.FindSet() then
            exit;
        repeat
            TempAffected := BKIBookingInvoiceLink;
            TempAffected.Insert();
        until BKIBookingInvoiceLink.Next() = 0;
        BKIBookingInvoiceLink.DeleteAll();
        RefreshAffected(TempAffected);
    end;

    /// <summary>Moves the links of a draft invoice to the posted invoice (same line numbers).</summary>
    procedure MoveLinksToPostedInvoice(DraftNo: Code[20]; PostedNo: Code[20])
    var
        BKIBookingInvoiceLink: Record "BKI Booking Invoice Link";
        LinkToMove: Record "BKI Booking Invoice Link";
        TempAffected: Record "BKI Booking Invoice Link" temporary;
    begin
        if (DraftNo = '') or (PostedNo = '') then
            exit;
        BKIBookingInvoiceLink.SetCurrentKey("Document Type", "Document No.", "Line No.");
        BKIBookingInvoiceLink.SetRange("Document Type", BKIBookingInvoiceLink."Document Type"::Invoice);
        BKIBookingInvoiceLink.SetRange("Document No.", DraftNo);
        if not BKIBookingInvoiceLink.FindSet() then
            exit;
        repeat
            TempAffected := BKIBookingInvoiceLink;
            TempAffected.Insert();
        until BKIBookingInvoiceLink.Next() = 0;
        if TempAffected.FindSet() then
            repeat
                LinkToMove.Get(TempAffected."Business ID", TempAffected."Appointment ID", TempAffected."Customer Key");
                LinkToMove."Document Type" := LinkToMove."Document Type"::"Posted Invoice";
                LinkToMove."Document No." := PostedNo;
                LinkToMove.Modify();
            until TempAffected.Next() = 0;
        RefreshAffected(TempAffected);
    end;

    local procedure RefreshAffected(var TempAffected: Record "BKI Booking Invoice Link" temporary)
    var
        LastBusinessId: Text;
        LastAppointmentId: Text;
    begin
        TempAffected.Reset();
        if TempAffected.FindSet() then
            repeat
                if (TempAffected."Business ID" <> LastBusinessId) or (TempAffected."Appointment ID" <> LastAppointmentId) then
                    RefreshAppointment(TempAffected."Business ID", TempAffected."Appointment ID");
                LastBusinessId := TempAffected."Business ID";
                LastAppointmentId := TempAffected."Appointment ID";
            until TempAffected.Next() = 0;
    end;

    [EventSubscriber(ObjectType::Table, Database::"Sales Line", 'OnAfterDeleteEvent', '', false, false)]
    local procedure OnAfterDeleteSalesLine(var Rec: Record "Sales Line"; RunTrigger: Boolean)
    var
        PostedNo: Code[20];
    begin
        if Rec.IsTemporary() then
            exit;
        if Rec."Document Type" <> Rec."Document Type"::Invoice then
            exit;
        if FindPostedInvoiceOfDraft(Rec."Document No.", RunTrigger, PostedNo) then begin
            MoveLinksToPostedInvoice(Rec."Document No.", PostedNo);
            exit;
        end;
        ReleaseDraftLinks(Rec."Document No.", Rec."Line No.");
    end;

    [EventSubscriber(ObjectType::Table, Database::"Sales Header", 'OnAfterDeleteEvent', '', false, false)]
    local procedure OnAfterDeleteSalesHeader(var Rec: Record "Sales Header"; RunTrigger: Boolean)
    var
        PostedNo: Code[20];
    begin
        if Rec.IsTemporary() then
            exit;
        if Rec."Document Type" <> Rec."Document Type"::Invoice then
            exit;
        if FindPostedInvoiceOfDraft(Rec."No.", RunTrigger, PostedNo) then begin
            MoveLinksToPostedInvoice(Rec."No.", PostedNo);
            exit;
        end;
        ReleaseDraftLinks(Rec."No.", 0);
    end;

    /// <summary>
    /// Posting deletes the draft without triggers, after inserting the posted invoice with "Pre-Assigned No." = draft No.
    /// OnBeforeDeleteAfterPosting normally moves the links first; this second check keeps a posted appointment invoiced
    /// on any posting path that skips that event. A user's deletion (with triggers) always releases the links.
    /// </summary>
    local procedure FindPostedInvoiceOfDraft(DraftNo: Code[20]; RunTrigger: Boolean; var PostedNo: Code[20]): Boolean
    var
        SalesInvoiceHeader: Record "Sales Invoice Header";
    begin
        PostedNo := '';
        if RunTrigger or (DraftNo = '') then
            exit(false);
        SalesInvoiceHeader.SetCurrentKey("Pre-Assigned No.");
        SalesInvoiceHeader.SetRange("Pre-Assigned No.", DraftNo);
        SalesInvoiceHeader.SetLoadFields("No.");
        if not SalesInvoiceHeader.FindLast() then
            exit(false);
        PostedNo := SalesInvoiceHeader."No.";
        exit(true);
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"Sales-Post", 'OnBeforeDeleteAfterPosting', '', false, false)]
    local procedure OnBeforeDeleteAfterPosting(var SalesHeader: Record "Sales Header"; var SalesInvoiceHeader: Record "Sales Invoice Header"; var SalesCrMemoHeader: Record "Sales Cr.Memo Header"; var SkipDelete: Boolean; CommitIsSuppressed: Boolean; EverythingInvoiced: Boolean; var TempSalesLineGlobal: Record "Sales Line" temporary)
    begin
        if SalesHeader.IsTemporary() then
            exit;
        if SalesHeader."Document Type" <> SalesHeader."Document Type"::Invoice then
            exit;
        MoveLinksToPostedInvoice(SalesHeader."No.", SalesInvoiceHeader."No.");
    end;
}

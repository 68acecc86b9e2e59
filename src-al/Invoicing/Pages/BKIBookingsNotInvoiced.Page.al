namespace Seed.BookingsInvoicing.Invoicing;

using Microsoft.Sales.Document;
using Seed.BookingsInvoicing.ControlAddIn;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;

/// <summary>
/// Completed, not cancelled, not (fully) invoiced appointments of the selected Bookings business. The native repeater
/// (for keyboard and screen reader users) and the selection grid control add-in share ONE selection, kept here by
/// appointment SystemId: the grid reports it with SelectionChanged; the Select/Deselect actions on the repeater update
/// it and push it to the grid with SetSelection. Invoicing actions act on that selection.
/// </summary>
page 70470021 "BKI Bookings Not Invoiced"
{
    Caption = 'Bookings Not Invoiced';
    PageType = Worksheet;
    SourceTable = "BKI Booking Appointment";
    SourceTableView = sorting("Business ID", "Start Date Time (UTC)");
    UsageCategory = Lists;
    ApplicationArea = All;
    AdditionalSearchTerms = 'Bookings, uninvoiced bookings';
    Editable = false;
    InsertAllowed = false;
    DeleteAllowed = false;
    ModifyAllowed = false;

    layout
    {
        area(Content)
        {
            repeater(Bookings)
            {
                field(Selected; IsSelected)
                {
                    Caption = 'Selected';
                    ToolTip = 'Specifies whether the appointment is in the selection that the invoicing actions use.';
                }
                field("Local Date"; Rec."Local Date")
                {
                    ToolTip = 'Specifies the start date of the appointment in the time zone of the Bookings business.';
                }
                field("Local Time"; Rec."Local Time")
                {
                    ToolTip = 'Specifies the start time of the appointment in the time zone of the Bookings business.';
                }
                field(CustomerName; CustomerNameText)
                {
                    Caption = 'Customer';
                    ToolTip = 'Specifies the customer of the appointment (and how many more an appointment for several customers has).';
                }
                field("First Customer E-Mail"; Rec."First Customer E-Mail")
                {
                    ToolTip = 'Specifies the e-mail of the customer, used to find the Business Central customer.';
                }
                field("Service Name"; Rec."Service Name")
                {
                    ToolTip = 'Specifies the Bookings service.';
                }
                field("Staff Names"; Rec."Staff Names")
                {
                    ToolTip = 'Specifies the staff members of the appointment.';
                }
                field("Duration (Min.)"; Rec."Duration (Min.)")
                {
                    ToolTip = 'Specifies the duration of the appointment in minutes.';
                }
                field(Price; Rec.Price)
                {
                    ToolTip = 'Specifies the price of the appointment in Bookings.';
                }
                field("Price Type"; Rec."Price Type")
                {
                    ToolTip = 'Specifies the Bookings price type: fixed price, hourly, free, or a type that needs a price (starting at, price varies, call us, not set).';
                }
                field(AmountToInvoice; AmountToInvoice)
                {
                    Caption = 'Amount to Invoice';
                    ToolTip = 'Specifies the amount the invoice lines of this appointment will have.';
                    AutoFormatType = 1;
                    AutoFormatExpression = Rec."Currency Code";
                }
                field("Currency Code"; Rec."Currency Code")
                {
                    ToolTip = 'Specifies the currency of the Bookings price.';
                    Visible = false;
                }
                field(Status; StatusText)
                {
                    Caption = 'Status';
                    ToolTip = 'Specifies what needs attention before invoicing, such as No customer match, Price needed or Service not mapped. Empty means ready.';
                    StyleExpr = StatusStyle;
                }
            }
            group(GridGroup)
            {
                Caption = 'Selection Grid';
                ShowCaption = false;

                usercontrol(BookingGrid; "BKI Booking Selection Grid")
                {
                    ApplicationArea = All;

                    trigger ControlReady()
                    begin
                        GridReady := true;
                        CurrPage.BookingGrid.SetCaptions(BKIBookingGridRows.BuildCaptionsJson());
                        LoadGrid();
                    end;

                    trigger SelectionChanged(IdsJson: Text)
                    begin
                        SetSelectionFromJson(IdsJson);
                        CurrPage.Update(false);
                    end;

                    trigger CreateInvoicesRequested(IdsJson: Text; GroupPerCustomer: Boolean)
                    begin
                        SetSelectionFromJson(IdsJson);
                        InvoiceSelection(GroupPerCustomer);
                    end;

                    trigger OpenBookingRequested(Id: Text)
                    begin
                        OpenBooking(Id);
                    end;
                }
            }
        }
    }

    actions
    {
        area(Processing)
        {
            group(InvoiceGroup)
            {
                Caption = 'Invoice';

                action(CreateInvoice)
                {
                    Caption = 'Create Invoice';
                    ToolTip = 'Create a draft sales invoice for each selected appointment and customer.';
                    Image = NewSalesInvoice;

                    trigger OnAction()
                    begin
                        InvoiceSelection(false);
                    end;
                }
                action(CreateInvoicePerCustomer)
                {
                    Caption = 'Create Invoice per Customer';
                    ToolTip = 'Create one draft sales invoice per customer for the selected appointments, with the lines in date order.';
                    Image = CreateDocuments;

                    trigger OnAction()
                    begin
                        InvoiceSelection(true);
                    end;
                }
                action(InvoiceAll)
                {
                    Caption = 'Invoice All';
                    ToolTip = 'Create one draft sales invoice per customer for all appointments in the list.';
                    Image = CreateDocuments;

                    trigger OnAction()
                    var
                        BKIBookingAppointment: Record "BKI Booking Appointment";
                    begin
                        ListedAppointments(BKIBookingAppointment);
                        if not Confirm(InvoiceAllQst, false, BKIBookingAppointment.Count()) then
                            exit;
                        RunInvoicing(BKIBookingAppointment, true);
                    end;
                }
                action(Preview)
                {
                    Caption = 'Preview';
                    ToolTip = 'Show the invoices, lines, amounts and problems that Create Invoice per Customer would produce for the selection, without creating anything.';
                    Image = ViewDetails;

                    trigger OnAction()
                    var
                        BKIBookingAppointment: Record "BKI Booking Appointment";
                        TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary;
                        BKIBookingsInvoicing: Codeunit "BKI Bookings Invoicing";
                        BKIInvoicePreview: Page "BKI Invoice Preview";
                    begin
                        GetSelectedAppointments(BKIBookingAppointment);
                        BKIBookingsInvoicing.Preview(BKIBookingAppointment, true, TempBKIInvoicePlanBuffer);
                        BKIInvoicePreview.SetBuffer(TempBKIInvoicePlanBuffer, false);
                        BKIInvoicePreview.Run();
                    end;
                }
            }
            group(SelectionGroup)
            {
                Caption = 'Selection';

                action(SelectLines)
                {
                    Caption = 'Select';
                    ToolTip = 'Add the highlighted lines to the selection (also in the grid).';
                    Image = SelectEntries;

                    trigger OnAction()
                    begin
                        ChangeSelectionFromRepeater(true);
                    end;
                }
                action(DeselectLines)
                {
                    Caption = 'Deselect';
                    ToolTip = 'Remove the highlighted lines from the selection (also in the grid).';
                    Image = CancelLine;

                    trigger OnAction()
                    begin
                        ChangeSelectionFromRepeater(false);
                    end;
                }
                action(ClearSelection)
                {
                    Caption = 'Clear Selection';
                    ToolTip = 'Empty the selection.';
                    Image = ClearFilter;

                    trigger OnAction()
                    begin
                        Clear(SelectedIds);
                        PushSelectionToGrid();
                        CurrPage.Update(false);
                    end;
                }
            }
            action(MarkAsInvoiced)
            {
                Caption = 'Mark as Invoiced';
                ToolTip = 'Mark the selected appointments as billed elsewhere, so they leave this list. You can undo this on the Booking Appointments page.';
                Image = Approve;

                trigger OnAction()
                var
                    BKIBookingAppointment: Record "BKI Booking Appointment";
                    BKIBookingsInvoicing: Codeunit "BKI Bookings Invoicing";
                begin
                    GetSelectedAppointments(BKIBookingAppointment);
                    if not Confirm(MarkQst, false, BKIBookingAppointment.Count()) then
                        exit;
                    BKIBookingsInvoicing.MarkAsInvoiced(BKIBookingAppointment);
                    Clear(SelectedIds);
                    RefreshAll();
                end;
            }
            action(SyncNow)
            {
                Caption = 'Sync Now';
                ToolTip = 'Synchronize customers, services and appointments with Bookings now.';
                Image = Refresh;

                trigger OnAction()
                begin
                    Codeunit.Run(Codeunit::"BKI Bookings Sync");
                    RefreshAll();
                end;
            }
        }
        area(Navigation)
        {
            action(OpenInvoice)
            {
                Caption = 'Open Invoice';
                ToolTip = 'Open the invoice that already bills part of this appointment (appointments for several customers).';
                Image = Invoice;

                trigger OnAction()
                var
                    BKIBookingsInvoicingImpl: Codeunit "BKI Bookings Invoicing Impl.";
                begin
                    BKIBookingsInvoicingImpl.OpenInvoice(Rec);
                end;
            }
            action(MarkedAppointments)
            {
                Caption = 'Appointments Marked as Invoiced';
                ToolTip = 'Show the appointments marked as invoiced, where you can undo the mark.';
                Image = List;

                trigger OnAction()
                var
                    BKIBookingAppointment: Record "BKI Booking Appointment";
                begin
                    BKIBookingAppointment.SetRange("Business ID", BusinessId);
                    BKIBookingAppointment.SetRange("Invoice Status", BKIBookingAppointment."Invoice Status"::"Marked as Invoiced");
                    Page.Run(Page::"BKI Booking Appointments", BKIBookingAppointment);
                end;
            }
            action(SyncLog)
            {
                Caption = 'Sync Log';
                ToolTip = 'Show the synchronization runs and their errors.';
                Image = Log;
                RunObject = page "BKI Sync Log";
            }
        }
        area(Promoted)
        {
            actionref(CreateInvoicePerCustomer_Promoted; CreateInvoicePerCustomer)
            {
            }
            actionref(CreateInvoice_Promoted; CreateInvoice)
            {
            }
            actionref(Preview_Promoted; Preview)
            {
            }
            actionref(SelectLines_Promoted; SelectLines)
            {
            }
            actionref(SyncNow_Promoted; SyncNow)
            {
            }
        }
    }

    var
        BKIBookingGridRows: Codeunit "BKI Booking Grid Rows";
        BKIInvoicePlanner: Codeunit "BKI Invoice Planner";
        SelectedIds: Dictionary of [Text, Boolean];
        BusinessId: Text[250];
        GridReady: Boolean;
        IsSelected: Boolean;
        CustomerNameText: Text;
        StatusText: Text;
        StatusStyle: Text;
        AmountToInvoice: Decimal;
        NothingSelectedErr: Label 'Select the appointments to invoice first (in the grid, or with the Select action on the list).';
        InvoiceAllQst: Label 'Create draft invoices for all %1 appointments in the list, one invoice per customer?', Comment = '%1 = number of appointments';
        MarkQst: Label 'Mark %1 appointments as invoiced? They leave this list and are not invoiced here.', Comment = '%1 = number of appointments';
        CreatedOneQst: Label 'Draft invoice %1 was created. Do you want to open it?', Comment = '%1 = invoice number';
        CreatedManyMsg: Label '%1 draft invoices were created: %2.', Comment = '%1 = number of invoices, %2 = invoice numbers';
        NothingCreatedMsg: Label 'No invoice was created. The selected appointments may have been invoiced meanwhile (by another user or the job queue); the list is refreshed.';
        MoreCustomersTxt: Label '%1 (+%2)', Comment = '%1 = first customer name, %2 = number of further customers';

    trigger OnOpenPage()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        BKIBookingSyncSetup.GetSetup();
        BusinessId := BKIBookingSyncSetup."Business ID";
        Rec.FilterGroup(2);
        Rec.SetNotInvoicedFilter(BusinessId);
        Rec.FilterGroup(0);
    end;

    trigger OnAfterGetRecord()
    begin
        IsSelected := SelectedIds.ContainsKey(BKIBookingGridRows.RowId(Rec));
        BKIInvoicePlanner.GetAppointmentStatus(Rec, StatusText, AmountToInvoice);
        StatusStyle := 'Standard';
        if StatusText <> '' then
            StatusStyle := 'Attention';
        CustomerNameText := Rec."First Customer Name";
        if Rec."Customer Count" > 1 then
            CustomerNameText := StrSubstNo(MoreCustomersTxt, Rec."First Customer Name", Rec."Customer Count" - 1);
    end;

    local procedure LoadGrid()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        Chunks: List of [Text];
        Chunk: Text;
        IsFirst: Boolean;
    begin
        if not GridReady then
            exit;
        ListedAppointments(BKIBookingAppointment);
        BKIBookingGridRows.BuildChunks(BKIBookingAppointment, BKIBookingGridRows.DefaultChunkSize(), Chunks);
        if Chunks.Count() = 0 then begin
            CurrPage.BookingGrid.ClearBookings();
            exit;
        end;
        IsFirst := true;
        foreach Chunk in Chunks do begin
            if IsFirst then
                CurrPage.BookingGrid.LoadBookings(Chunk)
            else
                CurrPage.BookingGrid.AppendBookings(Chunk);
            IsFirst := false;
        end;
        PushSelectionToGrid();
    end;

    /// <summary>The appointments the list shows: the page's fixed filter plus any filter the user set.</summary>
    local procedure ListedAppointments(var BKIBookingAppointment: Record "BKI Booking Appointment")
    begin
        BKIBookingAppointment.CopyFilters(Rec);
        BKIBookingAppointment.FilterGroup(2);
        BKIBookingAppointment.SetNotInvoicedFilter(BusinessId);
        BKIBookingAppointment.FilterGroup(0);
    end;

    local procedure PushSelectionToGrid()
    begin
        if GridReady then
            CurrPage.BookingGrid.SetSelection(BKIBookingGridRows.BuildIdsJson(SelectedIds.Keys()));
    end;

    local procedure SetSelectionFromJson(IdsJson: Text)
    var
        Ids: List of [Text];
        Id: Text;
    begin
        BKIBookingGridRows.ParseIdsJson(IdsJson, Ids);
        Clear(SelectedIds);
        foreach Id in Ids do
            SelectedIds.Add(Id, true);
    end;

    local procedure ChangeSelectionFromRepeater(Select: Boolean)
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        Id: Text;
    begin
        CurrPage.SetSelectionFilter(BKIBookingAppointment);
        if BKIBookingAppointment.FindSet() then
            repeat
                Id := BKIBookingGridRows.RowId(BKIBookingAppointment);
                if Select then begin
                    if not SelectedIds.ContainsKey(Id) then
                        SelectedIds.Add(Id, true);
                end else
                    if SelectedIds.ContainsKey(Id) then
                        SelectedIds.Remove(Id);
            until BKIBookingAppointment.Next() = 0;
        PushSelectionToGrid();
        CurrPage.Update(false);
    end;

    local procedure GetSelectedAppointments(var BKIBookingAppointment: Record "BKI Booking Appointment")
    var
        Id: Text;
        AnyMarked: Boolean;
    begin
        if SelectedIds.Count() = 0 then begin
            // Nothing selected yet: the highlighted lines of the repeater are the selection.
            CurrPage.SetSelectionFilter(BKIBookingAppointment);
            if BKIBookingAppointment.IsEmpty() then
                Error(NothingSelectedErr);
            exit;
        end;
        foreach Id in SelectedIds.Keys() do
            if BKIBookingGridRows.FindByRowId(Id, BKIBookingAppointment) then begin
                BKIBookingAppointment.Mark(true);
                AnyMarked := true;
            end;
        if not AnyMarked then
            Error(NothingSelectedErr);
        BKIBookingAppointment.MarkedOnly(true);
    end;

    local procedure InvoiceSelection(GroupPerCustomer: Boolean)
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
    begin
        GetSelectedAppointments(BKIBookingAppointment);
        RunInvoicing(BKIBookingAppointment, GroupPerCustomer);
    end;

    local procedure RunInvoicing(var BKIBookingAppointment: Record "BKI Booking Appointment"; GroupPerCustomer: Boolean)
    var
        TempResult: Record "BKI Invoice Plan Buffer" temporary;
        BKIBookingsInvoicing: Codeunit "BKI Bookings Invoicing";
        BKIInvoicePreview: Page "BKI Invoice Preview";
        CreatedInvoiceNos: List of [Code[20]];
        HasProblems: Boolean;
    begin
        CreatedInvoiceNos := BKIBookingsInvoicing.CreateInvoices(BKIBookingAppointment, GroupPerCustomer);
        BKIBookingsInvoicing.GetLastResult(TempResult);
        TempResult.SetRange("Line Type", TempResult."Line Type"::Problem);
        HasProblems := not TempResult.IsEmpty();
        TempResult.Reset();
        Clear(SelectedIds);
        RefreshAll();

        if HasProblems then begin
            // Created invoices and every problem with its reason and a Fix action, on one page.
            BKIInvoicePreview.SetBuffer(TempResult, true);
            BKIInvoicePreview.Run();
            exit;
        end;
        case CreatedInvoiceNos.Count() of
            0:
                Message(NothingCreatedMsg);
            1:
                if Confirm(CreatedOneQst, true, CreatedInvoiceNos.Get(1)) then
                    OpenSalesInvoice(CreatedInvoiceNos.Get(1));
            else
                Message(CreatedManyMsg, CreatedInvoiceNos.Count(), JoinNos(CreatedInvoiceNos));
        end;
    end;

    local procedure OpenSalesInvoice(DocumentNo: Code[20])
    var
        SalesHeader: Record "Sales Header";
    begin
        if SalesHeader.Get(SalesHeader."Document Type"::Invoice, DocumentNo) then
            Page.Run(Page::"Sales Invoice", SalesHeader);
    end;

    local procedure JoinNos(Nos: List of [Code[20]]) Result: Text
    var
        DocumentNo: Code[20];
    begin
        foreach DocumentNo in Nos do begin
            if Result <> '' then
                Result += ', ';
            Result += DocumentNo;
        end;
    end;

    local procedure OpenBooking(Id: Text)
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
    begin
        if not BKIBookingGridRows.FindByRowId(Id, BKIBookingAppointment) then
            exit;
        BKIBookingAppointment.SetRecFilter();
        Page.Run(Page::"BKI Booking Appointments", BKIBookingAppointment);
    end;

    local procedure RefreshAll()
    begin
        Clear(BKIInvoicePlanner); // forget cached customer matches; customers may have been created meanwhile
        CurrPage.Update(false);
        LoadGrid();
    end;
}

namespace Seed.BookingsInvoicing.Invoicing;

using Seed.BookingsInvoicing.Sync;

/// <summary>
/// Builds the JSON that the "BKI Booking Selection Grid" control add-in takes: booking rows (id, date YYYY-MM-DD and
/// time HH:mm business-local, customerName, customerEmail, serviceName, staff, durationMinutes, price, priceType,
/// amount, currency, status) in chunks, selections as JSON arrays of IDs, and the captions from AL labels.
/// A row ID is the appointment's SystemId (lower case, no braces).
/// </summary>
codeunit 70470055 "BKI Booking Grid Rows"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        BKIInvoicePlanner: Codeunit "BKI Invoice Planner";
        BKITimeZoneConversion: Codeunit "BKI Time Zone Conversion";
        MoreCustomersTxt: Label '%1 (+%2)', Comment = '%1 = first customer name, %2 = number of further customers';

    /// <summary>The number of rows sent per LoadBookings/AppendBookings call.</summary>
    procedure DefaultChunkSize(): Integer
    begin
        exit(2000);
    end;

    /// <summary>Builds the rows of all appointments within the filters, as JSON array texts of at most ChunkSize rows each.</summary>
    procedure BuildChunks(var BKIBookingAppointment: Record "BKI Booking Appointment"; ChunkSize: Integer; var Chunks: List of [Text])
    var
        Rows: JsonArray;
        ChunkText: Text;
    begin
        Clear(Chunks);
        if ChunkSize <= 0 then
            ChunkSize := DefaultChunkSize();
        if BKIBookingAppointment.FindSet() then
            repeat
                Rows.Add(BuildRow(BKIBookingAppointment));
                if Rows.Count() >= ChunkSize then begin
                    Rows.WriteTo(ChunkText);
                    Chunks.Add(ChunkText);
                    Clear(Rows);
                end;
            until BKIBookingAppointment.Next() = 0;
        if Rows.Count() > 0 then begin
            Rows.WriteTo(ChunkText);
            Chunks.Add(ChunkText);
        end;
    end;

    /// <summary>One grid row for an appointment.</summary>
    procedure BuildRow(BKIBookingAppointment: Record "BKI Booking Appointment") Row: JsonObject
    var
        StatusText: Text;
        Amount: Decimal;
        LocalTimeText: Text;
    begin
        BKIInvoicePlanner.GetAppointmentStatus(BKIBookingAppointment, StatusText, Amount);
        LocalTimeText := BKITimeZoneConversion.FormatTime(BKIBookingAppointment."Local Time");
        if LocalTimeText = '' then
            LocalTimeText := '00:00';
        Row.Add('id', RowId(BKIBookingAppointment));
        Row.Add('date', BKITimeZoneConversion.FormatIsoDate(BKIBookingAppointment."Local Date"));
        Row.Add('time', LocalTimeText);
        Row.Add('customerName', CustomerNameText(BKIBookingAppointment));
        Row.Add('customerEmail', BKIBookingAppointment."First Customer E-Mail");
        Row.Add('serviceName', BKIBookingAppointment."Service Name");
        Row.Add('staff', BKIBookingAppointment."Staff Names");
        Row.Add('durationMinutes', BKIBookingAppointment."Duration (Min.)");
        Row.Add('price', BKIBookingAppointment.Price);
        Row.Add('priceType', Format(BKIBookingAppointment."Price Type"));
        Row.Add('amount', Amount);
        Row.Add('currency', BKIBookingAppointment."Currency Code");
        Row.Add('status', StatusText);
    end;

    /// <summary>The ID of an appointment in the grid: its SystemId in lower case without braces.</summary>
    procedure RowId(BKIBookingAppointment: Record "BKI Booking Appointment"): Text
    begin
        exit(Format(BKIBookingAppointment.SystemId, 0, 4).ToLower());
    end;

    /// <summary>A JSON array text of row IDs.</summary>
    procedure BuildIdsJson(Ids: List of [Text]) IdsJson: Text
    var
        IdArray: JsonArray;
        Id: Text;
    begin
        foreach Id in Ids do
            IdArray.Add(Id);
        IdArray.WriteTo(IdsJson);
    end;

    /// <summary>Reads a JSON array text of row IDs; anything that is not a text ID is ignored.</summary>
    procedure ParseIdsJson(IdsJson: Text; var Ids: List of [Text])
    var
        IdArray: JsonArray;
        Item: JsonToken;
    begin
        Clear(Ids);
        if not IdArray.ReadFrom(IdsJson) then
            exit;
        foreach Item in IdArray do
            if Item.IsValue() then
                if not Item.AsValue().IsNull() then
                    if not Ids.Contains(Item.AsValue().AsText().ToLower()) then
                        Ids.Add(Item.AsValue().AsText().ToLower());
    end;

    /// <summary>Finds the appointment of a grid row ID.</summary>
    procedure FindByRowId(RowIdText: Text; var BKIBookingAppointment: Record "BKI Booking Appointment"): Boolean
    var
        AppointmentSystemId: Guid;
    begin
        if not Evaluate(AppointmentSystemId, RowIdText) then
            exit(false);
        exit(BKIBookingAppointment.GetBySystemId(AppointmentSystemId));
    end;

    local procedure CustomerNameText(BKIBookingAppointment: Record "BKI Booking Appointment"): Text
    begin
        if BKIBookingAppointment."Customer Count" > 1 then
            exit(StrSubstNo(MoreCustomersTxt, BKIBookingAppointment."First Customer Name", BKIBookingAppointment."Customer Count" - 1));
        exit(BKIBookingAppointment."First Customer Name");
    end;

    /// <summary>Every user-visible text of the grid, from labels so it translates (keys as in controladdin/src/captions.ts).</summary>
    procedure BuildCaptionsJson() CaptionsJson: Text
    var
        Captions: JsonObject;
        GridAriaLbl: Label 'Bookings not invoiced';
        SelectColumnLbl: Label 'Select';
        SelectBookingLbl: Label 'Select booking';
        SelectAllLbl: Label 'Select all bookings';
        SelectGroupLbl: Label 'Select all bookings of this customer';
        DateLbl: Label 'Date';
        TimeLbl: Label 'Time';
        CustomerLbl: Label 'Customer';
        EmailLbl: Label 'Email';
        ServiceLbl: Label 'Service';
        StaffLbl: Label 'Staff';
        DurationLbl: Label 'Duration (min.)';
        PriceLbl: Label 'Price';
        PriceTypeLbl: Label 'Price Type';
        AmountLbl: Label 'Amount';
        CurrencyLbl: Label 'Currency';
        StatusLbl: Label 'Status';
        FilterPlaceholderLbl: Label 'Search bookings';
        FilterAriaLbl: Label 'Search bookings by customer, service, staff, date or status';
        GroupByCustomerLbl: Label 'Group by customer';
        GroupPerCustomerLbl: Label 'One invoice per customer';
        CreateInvoicesLbl: Label 'Create invoices';
        SelectedSummaryLbl: Label '%1 selected, %2', Comment = '%1 = number of bookings, %2 = total amount';
        RowCountLbl: Label '%1 bookings shown', Comment = '%1 = number';
        SelectionCountLbl: Label '%1 bookings selected', Comment = '%1 = number';
        GroupSummaryLbl: Label '%1 bookings, %2', Comment = '%1 = number of bookings, %2 = total amount';
        EmptyLbl: Label 'There are no bookings to invoice.';
        NoMatchLbl: Label 'No bookings match the search.';
        LoadingLbl: Label 'Loading bookings…';
        OpenBookingLbl: Label 'Open booking of %1 on %2', Comment = '%1 = customer name, %2 = date';
        DismissLbl: Label 'Dismiss';
        RenderFailedLbl: Label 'The booking grid could not be shown. Close and reopen the page; if it happens again, contact your administrator.';
    begin
        Captions.Add('gridAriaLabel', GridAriaLbl);
        Captions.Add('selectionColumnAriaLabel', SelectColumnLbl);
        Captions.Add('checkButtonAriaLabel', SelectBookingLbl);
        Captions.Add('selectAllAriaLabel', SelectAllLbl);
        Captions.Add('groupSelectAriaLabel', SelectGroupLbl);
        Captions.Add('date', DateLbl);
        Captions.Add('time', TimeLbl);
        Captions.Add('customerName', CustomerLbl);
        Captions.Add('customerEmail', EmailLbl);
        Captions.Add('serviceName', ServiceLbl);
        Captions.Add('staff', StaffLbl);
        Captions.Add('durationMinutes', DurationLbl);
        Captions.Add('price', PriceLbl);
        Captions.Add('priceType', PriceTypeLbl);
        Captions.Add('amount', AmountLbl);
        Captions.Add('currency', CurrencyLbl);
        Captions.Add('status', StatusLbl);
        Captions.Add('filterPlaceholder', FilterPlaceholderLbl);
        Captions.Add('filterAriaLabel', FilterAriaLbl);
        Captions.Add('groupByCustomer', GroupByCustomerLbl);
        Captions.Add('groupPerCustomer', GroupPerCustomerLbl);
        Captions.Add('createInvoices', CreateInvoicesLbl);
        Captions.Add('selectedSummary', SelectedSummaryLbl);
        Captions.Add('rowCountAnnouncement', RowCountLbl);
        Captions.Add('selectionAnnouncement', SelectionCountLbl);
        Captions.Add('groupSummary', GroupSummaryLbl);
        Captions.Add('emptyMessage', EmptyLbl);
        Captions.Add('noMatchMessage', NoMatchLbl);
        Captions.Add('loadingMessage', LoadingLbl);
        Captions.Add('openBookingAriaLabel', OpenBookingLbl);
        Captions.Add('dismiss', DismissLbl);
        Captions.Add('renderFailedMessage', RenderFailedLbl);
        Captions.WriteTo(CaptionsJson);
    end;
}

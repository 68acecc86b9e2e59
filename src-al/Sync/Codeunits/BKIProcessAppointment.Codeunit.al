namespace Seed.BookingsInvoicing.Sync;

using Seed.BookingsInvoicing.Invoicing;
using Seed.BookingsInvoicing.Setup;
using System.Utilities;

/// <summary>
/// Writes one appointment from Graph into "BKI Booking Appointment" and its customers, in one Codeunit.Run, so a bad
/// record rolls back completely and is logged while the rest continue. When the list response omits the customers,
/// the appointment is read again by ID.
/// </summary>
codeunit 70470041 "BKI Process Appointment"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;
    Permissions = tabledata "BKI Booking Appointment" = rimd,
                  tabledata "BKI Booking Appt. Customer" = rimd,
                  tabledata "BKI Booking Invoice Link" = r;

    var
        BKIJsonHelper: Codeunit "BKI Json Helper";
        AppointmentJson: JsonObject;
        StaffNames: Dictionary of [Text, Text];
        BusinessId: Text[250];
        TimeZoneId: Text;
        CurrencyCode: Code[10];
        RunNo: Integer;
        Outcome: Enum "BKI Sync Outcome";
        AppointmentTok: Label 'appointment', Locked = true;
        StartMissingErr: Label 'Appointment %1 has no start or end date and time.', Comment = '%1 = appointment ID';

    trigger OnRun()
    begin
        Outcome := Outcome::Skipped;
        ProcessAppointment();
    end;

    /// <summary>Sets what the run needs besides the JSON: business, sync run, business time zone and currency, staff names by ID.</summary>
    procedure SetContext(NewBusinessId: Text[250]; NewRunNo: Integer; NewTimeZoneId: Text; NewCurrencyCode: Code[10]; NewStaffNames: Dictionary of [Text, Text])
    begin
        BusinessId := NewBusinessId;
        RunNo := NewRunNo;
        TimeZoneId := NewTimeZoneId;
        CurrencyCode := NewCurrencyCode;
        StaffNames := NewStaffNames;
    end;

    /// <summary>Sets the appointment JSON (one item of a calendarView response).</summary>
    procedure SetAppointment(NewAppointmentJson: JsonObject)
    begin
        AppointmentJson := NewAppointmentJson;
    end;

    /// <summary>What the last run did.</summary>
    procedure GetOutcome(): Enum "BKI Sync Outcome"
    begin
        exit(Outcome);
    end;

    local procedure ProcessAppointment()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        AppointmentId: Text;
        LastUpdated: DateTime;
        Customers: JsonArray;
        IsNew: Boolean;
    begin
        AppointmentId := BKIJsonHelper.GetRequiredText(AppointmentJson, 'id', AppointmentTok);
        LastUpdated := BKIJsonHelper.GetDateTimeOffset(AppointmentJson, 'lastUpdatedDateTime');

        IsNew := not BKIBookingAppointment.Get(BusinessId, CopyStr(AppointmentId, 1, MaxStrLen(BKIBookingAppointment."Appointment ID")));
        if not IsNew then
            if IsUnchanged(BKIBookingAppointment, LastUpdated) then begin
                BKIBookingAppointment."Last Seen Run No." := RunNo;
                BKIBookingAppointment.Modify();
                exit;
            end;

        if not ReadCustomers(AppointmentJson, Customers) then
            if not HasNoAttendees(AppointmentJson) then
                ReadAppointmentById(AppointmentId);

        if IsNew then begin
            BKIBookingAppointment.Init();
            BKIBookingAppointment."Business ID" := BusinessId;
            BKIBookingAppointment."Appointment ID" := CopyStr(AppointmentId, 1, MaxStrLen(BKIBookingAppointment."Appointment ID"));
        end;
        FillAppointment(BKIBookingAppointment, LastUpdated);
        FillCustomers(BKIBookingAppointment);
        RefreshInvoiceStatus(BKIBookingAppointment, IsNew);
        if IsNew then begin
            BKIBookingAppointment.Insert();
            Outcome := Outcome::Created;
        end else begin
            BKIBookingAppointment.Modify();
            Outcome := Outcome::Updated;
        end;
    end;

    local procedure RefreshInvoiceStatus(var BKIBookingAppointment: Record "BKI Booking Appointment"; IsNew: Boolean)
    var
        BKIBookingInvoiceLink: Record "BKI Booking Invoice Link";
        BKIInvoiceLinkMgt: Codeunit "BKI Invoice Link Mgt.";
    begin
        // The invoice status follows the customers too: a customer added in Bookings to an invoiced appointment makes it
        // partly invoiced (listed again), a removed one may make it fully invoiced. So "Not Invoiced" always means "no
        // links", which invoicing relies on to skip reading links. A known appointment that has no links stays as it
        // is; a new one is checked in case it comes back after being deleted in BC while its invoice links stayed.
        if (not IsNew) and (BKIBookingAppointment."Invoice Status" = BKIBookingAppointment."Invoice Status"::"Not Invoiced") then
            exit;
        BKIBookingInvoiceLink.SetRange("Business ID", BKIBookingAppointment."Business ID");
        BKIBookingInvoiceLink.SetRange("Appointment ID", BKIBookingAppointment."Appointment ID");
        BKIInvoiceLinkMgt.SetInvoiceStatus(BKIBookingAppointment, BKIBookingInvoiceLink);
    end;

    local procedure IsUnchanged(BKIBookingAppointment: Record "BKI Booking Appointment"; LastUpdated: DateTime): Boolean
    begin
        exit((LastUpdated <> 0DT) and (BKIBookingAppointment."Graph Last Updated" = LastUpdated) and
             BKIBookingAppointment."Customers Complete" and not BKIBookingAppointment.Cancelled);
    end;

    local procedure ReadCustomers(Source: JsonObject; var Customers: JsonArray): Boolean
    begin
        if not BKIJsonHelper.GetArray(Source, 'customers', Customers) then
            exit(false);
        exit(Customers.Count() > 0);
    end;

    /// <summary>
    /// True when the item itself says nobody is booked (filledAttendeesCount = 0): a GET by ID would return no
    /// customers either, so it is skipped (one request per such appointment). Without the count, or with a count
    /// above 0 and no customers (the list quirk), the appointment is read by ID.
    /// </summary>
    local procedure HasNoAttendees(Source: JsonObject): Boolean
    var
        CountToken: JsonToken;
    begin
        if not Source.Get('filledAttendeesCount', CountToken) then
            exit(false);
        if not CountToken.IsValue() then
            exit(false);
        if CountToken.AsValue().IsNull() then
            exit(false);
        exit(CountToken.AsValue().AsInteger() = 0);
    end;

    local procedure ReadAppointmentById(AppointmentId: Text)
    var
        BKIGraphClient: Codeunit "BKI Graph Client";
        Uri: Codeunit Uri;
        FullAppointment: JsonObject;
    begin
        // Graph list responses have been seen without customers (msgraph-metadata #408); the single GET has them.
        FullAppointment := BKIGraphClient.GetJson(BKIGraphClient.BusinessPath() + '/appointments/' + Uri.EscapeDataString(AppointmentId));
        AppointmentJson := FullAppointment;
    end;

    local procedure FillAppointment(var BKIBookingAppointment: Record "BKI Booking Appointment"; LastUpdated: DateTime)
    var
        BKITimeZoneConversion: Codeunit "BKI Time Zone Conversion";
        StartUtc: DateTime;
        EndUtc: DateTime;
        DurationMinutes: Integer;
    begin
        if not BKIJsonHelper.GetDateTimeTimeZone(AppointmentJson, 'startDateTime', 'start', StartUtc) then
            Error(StartMissingErr, BKIBookingAppointment."Appointment ID");
        if not BKIJsonHelper.GetDateTimeTimeZone(AppointmentJson, 'endDateTime', 'end', EndUtc) then
            Error(StartMissingErr, BKIBookingAppointment."Appointment ID");

        BKIBookingAppointment."Start Date Time (UTC)" := StartUtc;
        BKIBookingAppointment."End Date Time (UTC)" := EndUtc;
        BKITimeZoneConversion.UtcToLocal(StartUtc, TimeZoneId, BKIBookingAppointment."Local Date", BKIBookingAppointment."Local Time");

        DurationMinutes := BKIJsonHelper.ParseDurationMinutes(BKIJsonHelper.GetText(AppointmentJson, 'duration'));
        if DurationMinutes <= 0 then
            DurationMinutes := Round((EndUtc - StartUtc) / 60000, 1);
        BKIBookingAppointment."Duration (Min.)" := DurationMinutes;

        BKIBookingAppointment."Service ID" := CopyStr(BKIJsonHelper.GetText(AppointmentJson, 'serviceId'), 1, MaxStrLen(BKIBookingAppointment."Service ID"));
        BKIBookingAppointment."Service Name" := CopyStr(BKIJsonHelper.GetText(AppointmentJson, 'serviceName'), 1, MaxStrLen(BKIBookingAppointment."Service Name"));
        BKIBookingAppointment.Price := BKIJsonHelper.GetDecimal(AppointmentJson, 'price');
        BKIBookingAppointment."Price Type" := ParsePriceType(BKIJsonHelper.GetText(AppointmentJson, 'priceType'));
        BKIBookingAppointment."Currency Code" := CurrencyCode;
        FillStaff(BKIBookingAppointment);

        BKIBookingAppointment."Graph Last Updated" := LastUpdated;
        BKIBookingAppointment."Last Seen Run No." := RunNo;
        // It is in Graph again, so it is not cancelled (any more).
        BKIBookingAppointment.Cancelled := false;
        BKIBookingAppointment."Cancelled At" := 0DT;
    end;

    local procedure FillStaff(var BKIBookingAppointment: Record "BKI Booking Appointment")
    var
        StaffIds: List of [Text];
        StaffId: Text;
        IdsText: Text;
        NamesText: Text;
        StaffName: Text;
    begin
        BKIJsonHelper.GetTextList(AppointmentJson, 'staffMemberIds', StaffIds);
        foreach StaffId in StaffIds do begin
            if IdsText <> '' then
                IdsText += ',';
            IdsText += StaffId;
            if StaffNames.Get(StaffId, StaffName) then begin
                if NamesText <> '' then
                    NamesText += ', ';
                NamesText += StaffName;
            end;
        end;
        BKIBookingAppointment."Staff Member IDs" := CopyStr(IdsText, 1, MaxStrLen(BKIBookingAppointment."Staff Member IDs"));
        BKIBookingAppointment."Staff Names" := CopyStr(NamesText, 1, MaxStrLen(BKIBookingAppointment."Staff Names"));
    end;

    local procedure FillCustomers(var BKIBookingAppointment: Record "BKI Booking Appointment")
    var
        BKIBookingApptCustomer: Record "BKI Booking Appt. Customer";
        Customers: JsonArray;
        CustomerToken: JsonToken;
        CustomerJson: JsonObject;
        Sequence: Integer;
    begin
        BKIBookingApptCustomer.SetRange("Business ID", BKIBookingAppointment."Business ID");
        BKIBookingApptCustomer.SetRange("Appointment ID", BKIBookingAppointment."Appointment ID");
        BKIBookingApptCustomer.DeleteAll();

        if ReadCustomers(AppointmentJson, Customers) then
            foreach CustomerToken in Customers do
                if CustomerToken.IsObject() then begin
                    CustomerJson := CustomerToken.AsObject();
                    if InsertCustomer(BKIBookingAppointment, BKIJsonHelper.GetText(CustomerJson, 'customerId'), BKIJsonHelper.GetText(CustomerJson, 'name'),
                        BKIJsonHelper.GetText(CustomerJson, 'emailAddress'), BKIJsonHelper.GetText(CustomerJson, 'phone'), BKIJsonHelper.GetText(CustomerJson, 'timeZone'), Sequence + 1)
                    then
                        Sequence += 1;
                end;

        // Older responses carried one customer at the root of the appointment.
        if Sequence = 0 then
            if (BKIJsonHelper.GetText(AppointmentJson, 'customerEmailAddress') <> '') or (BKIJsonHelper.GetText(AppointmentJson, 'customerName') <> '') then
                if InsertCustomer(BKIBookingAppointment, BKIJsonHelper.GetText(AppointmentJson, 'customerId'), BKIJsonHelper.GetText(AppointmentJson, 'customerName'),
                    BKIJsonHelper.GetText(AppointmentJson, 'customerEmailAddress'), BKIJsonHelper.GetText(AppointmentJson, 'customerPhone'), BKIJsonHelper.GetText(AppointmentJson, 'customerTimeZone'), 1)
                then
                    Sequence := 1;

        BKIBookingAppointment."Customer Count" := Sequence;
        BKIBookingAppointment."Customers Complete" := true;
        BKIBookingAppointment."First Customer Name" := '';
        BKIBookingAppointment."First Customer E-Mail" := '';
        BKIBookingAppointment."First Customer Key" := '';
        BKIBookingApptCustomer.SetCurrentKey("Business ID", "Appointment ID", Sequence);
        if BKIBookingApptCustomer.FindFirst() then begin
            BKIBookingAppointment."First Customer Name" := BKIBookingApptCustomer.Name;
            BKIBookingAppointment."First Customer E-Mail" := BKIBookingApptCustomer."E-Mail";
            BKIBookingAppointment."First Customer Key" := BKIBookingApptCustomer."Customer Key";
        end;
    end;

    local procedure InsertCustomer(BKIBookingAppointment: Record "BKI Booking Appointment"; CustomerId: Text; Name: Text; EMail: Text; Phone: Text; CustomerTimeZone: Text; Sequence: Integer): Boolean
    var
        BKIBookingApptCustomer: Record "BKI Booking Appt. Customer";
    begin
        EMail := DelChr(EMail, '<>', ' ');
        if (CustomerId = '') and (EMail = '') and (Name = '') then
            exit(false);
        BKIBookingApptCustomer.Init();
        BKIBookingApptCustomer."Business ID" := BKIBookingAppointment."Business ID";
        BKIBookingApptCustomer."Appointment ID" := BKIBookingAppointment."Appointment ID";
        BKIBookingApptCustomer."Customer Key" := BKIBookingApptCustomer.BuildCustomerKey(CustomerId, EMail);
        if BKIBookingApptCustomer.Find() then
            exit(false); // the same customer twice on one appointment is one customer
        BKIBookingApptCustomer."Bookings Customer ID" := CopyStr(CustomerId, 1, MaxStrLen(BKIBookingApptCustomer."Bookings Customer ID"));
        BKIBookingApptCustomer.Name := CopyStr(Name, 1, MaxStrLen(BKIBookingApptCustomer.Name));
        BKIBookingApptCustomer."E-Mail" := CopyStr(EMail, 1, MaxStrLen(BKIBookingApptCustomer."E-Mail"));
        BKIBookingApptCustomer.Phone := CopyStr(Phone, 1, MaxStrLen(BKIBookingApptCustomer.Phone));
        BKIBookingApptCustomer."Time Zone" := CopyStr(CustomerTimeZone, 1, MaxStrLen(BKIBookingApptCustomer."Time Zone"));
        BKIBookingApptCustomer.Sequence := Sequence;
        BKIBookingApptCustomer.Insert();
        exit(true);
    end;

    /// <summary>Maps the Graph bookingPriceType name to the enum; unknown names become unknownFutureValue (priced on request).</summary>
    procedure ParsePriceType(PriceTypeName: Text): Enum "BKI Booking Price Type"
    var
        PriceType: Enum "BKI Booking Price Type";
        Names: List of [Text];
        Ordinals: List of [Integer];
        Index: Integer;
    begin
        if PriceTypeName = '' then
            exit(PriceType::undefined);
        Names := Enum::"BKI Booking Price Type".Names();
        Ordinals := Enum::"BKI Booking Price Type".Ordinals();
        for Index := 1 to Names.Count() do
            if Names.Get(Index).ToLower() = PriceTypeName.ToLower() then
                exit(Enum::"BKI Booking Price Type".FromInteger(Ordinals.Get(Index)));
        exit(PriceType::unknownFutureValue);
    end;
}

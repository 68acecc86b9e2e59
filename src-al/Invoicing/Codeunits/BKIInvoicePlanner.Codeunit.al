namespace Seed.BookingsInvoicing.Invoicing;

using Microsoft.Finance.GeneralLedger.Setup;
using Microsoft.Sales.Customer;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;

/// <summary>
/// Plans invoices without writing anything: for every customer of every selected appointment, the BC customer (by
/// e-mail, any case), the mapped item, quantity and price by price type, the description in business-local time, and
/// every problem with its reason and fix. Preview shows this plan; Create builds exactly this plan.
/// </summary>
codeunit 70470060 "BKI Invoice Planner"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;
    Permissions = tabledata Customer = r,
                  tabledata "BKI Booking Appointment" = r,
                  tabledata "BKI Booking Appt. Customer" = r,
                  tabledata "BKI Booking Service Mapping" = r,
                  tabledata "BKI Booking Invoice Link" = r;

    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKICustomerMatcher: Codeunit "BKI Customer Matcher";
        BKIInvoicingEvents: Codeunit "BKI Invoicing Events";
        CustomerCache: Dictionary of [Text, Code[20]];
        TempCustomerCache: Record Customer temporary;
        MappedItemCache: Dictionary of [Text, Code[20]];
        PriceTypeRuleCache: Dictionary of [Integer, Interface "BKI Price Type Rule"];
        LcyCode: Code[10];
        SetupRead: Boolean;
        NextEntryNo: Integer;
        DescriptionTok: Label '%1 — %2 %3', Locked = true;
        CancelledErr: Label 'The appointment was cancelled in Bookings.';
        NotCompletedErr: Label 'The appointment has not ended yet.';
        AlreadyInvoicedErr: Label 'The appointment is already invoiced (%1).', Comment = '%1 = invoice number';
        NoCustomerErr: Label 'The appointment has no customer in Bookings.';
        NoEmailErr: Label 'Customer %1 has no e-mail in Bookings, so no Business Central customer can be found for it.', Comment = '%1 = customer name';
        NoCustomerMatchErr: Label 'No customer in Business Central has the e-mail %1. Create the customer (or turn on Sync Customers with a default customer template), then try again.', Comment = '%1 = e-mail';
        CustomerBlockedErr: Label 'Customer %1 is blocked.', Comment = '%1 = customer number';
        NoServiceMappingErr: Label 'Service %1 is not mapped to an item. Run Sync Now with Sync Services on, or map the service on the Bookings Service Mappings page.', Comment = '%1 = service name';
        NoCustomerMatchTxt: Label 'No customer match';
        PriceNeededTxt: Label 'Price needed';
        ServiceNotMappedTxt: Label 'Service not mapped';
        NewCustomerTxt: Label 'New customer';
        NoCustomerTxt: Label 'No customer';
        NoEmailTxt: Label 'No email';
        CancelledTxt: Label 'Cancelled';
        NotEndedTxt: Label 'Not ended';
        AlreadyInvoicedTxt: Label 'Already invoiced';
        MarkedAsInvoicedErr: Label 'The appointment is marked as invoiced (billed elsewhere). To invoice it here, undo the mark on the Booking Appointments page.';
        MarkedAsInvoicedTxt: Label 'Marked as invoiced';
        CustomerBlockedTxt: Label 'Customer blocked';
        CurrencyDiffersTxt: Label 'The price is in %1 but customer %2 is invoiced in %3; check the price.', Comment = '%1 = Bookings currency, %2 = customer number, %3 = customer currency';

    /// <summary>Plans the invoices for the appointments within the caller's filters (and marks).</summary>
    procedure BuildPlan(var BKIBookingAppointment: Record "BKI Booking Appointment"; GroupPerCustomer: Boolean; var TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary)
    begin
        TempBKIInvoicePlanBuffer.Reset();
        TempBKIInvoicePlanBuffer.DeleteAll();
        NextEntryNo := 0;
        ClearRunCaches();
        if BKIBookingAppointment.FindSet() then
            repeat
                PlanAppointment(BKIBookingAppointment, GroupPerCustomer, TempBKIInvoicePlanBuffer);
            until BKIBookingAppointment.Next() = 0;
        AddInvoiceRows(TempBKIInvoicePlanBuffer);
    end;

    /// <summary>Plans one appointment and returns its status text (empty when ready; e.g. "Price needed") and amount for the list.</summary>
    procedure GetAppointmentStatus(BKIBookingAppointment: Record "BKI Booking Appointment"; var StatusText: Text; var Amount: Decimal)
    var
        TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary;
        HasNewCustomer: Boolean;
    begin
        Amount := 0;
        StatusText := '';
        NextEntryNo := 0;
        ClearRunCaches();
        PlanAppointment(BKIBookingAppointment, false, TempBKIInvoicePlanBuffer);
        TempBKIInvoicePlanBuffer.SetRange("Line Type", TempBKIInvoicePlanBuffer."Line Type"::Problem);
        if TempBKIInvoicePlanBuffer.FindFirst() then
            StatusText := TempBKIInvoicePlanBuffer.Status;
        TempBKIInvoicePlanBuffer.SetRange("Line Type", TempBKIInvoicePlanBuffer."Line Type"::Line);
        if TempBKIInvoicePlanBuffer.FindSet() then
            repeat
                Amount += TempBKIInvoicePlanBuffer.Amount;
                if TempBKIInvoicePlanBuffer."Price Needed" and (StatusText = '') then
                    StatusText := PriceNeededTxt;
                if TempBKIInvoicePlanBuffer."Create Customer" then
                    HasNewCustomer := true;
            until TempBKIInvoicePlanBuffer.Next() = 0;
        // Empty = ready to invoice; the list and the grid highlight only texts that need attention.
        if (StatusText = '') and HasNewCustomer then
            StatusText := NewCustomerTxt;
    end;

    local procedure PlanAppointment(BKIBookingAppointment: Record "BKI Booking Appointment"; GroupPerCustomer: Boolean; var TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary)
    var
        BKIBookingApptCustomer: Record "BKI Booking Appt. Customer";
        NoBKIBookingApptCustomer: Record "BKI Booking Appt. Customer";
        TempBKIBookingInvoiceLink: Record "BKI Booking Invoice Link" temporary;
        CustomersRead: Integer;
    begin
        ReadSetup();
        if BKIBookingAppointment.Cancelled then begin
            AddProblem(TempBKIInvoicePlanBuffer, BKIBookingAppointment, NoBKIBookingApptCustomer, CancelledErr, CancelledTxt, Enum::"BKI Invoice Fix Action"::"Open Appointment", BKIBookingAppointment.RecordId());
            exit;
        end;
        if not BKIBookingAppointment.IsCompleted() then begin
            AddProblem(TempBKIInvoicePlanBuffer, BKIBookingAppointment, NoBKIBookingApptCustomer, NotCompletedErr, NotEndedTxt, Enum::"BKI Invoice Fix Action"::"Open Appointment", BKIBookingAppointment.RecordId());
            exit;
        end;

        // "Not Invoiced" means the appointment has no links: every writer of links (invoicing, marking, posting,
        // deleting a draft) and the sync (customers added or removed) set the status from the links in the same
        // transaction. So only appointments with links have them read.
        if BKIBookingAppointment."Invoice Status" <> BKIBookingAppointment."Invoice Status"::"Not Invoiced" then
            ReadLinks(BKIBookingAppointment, TempBKIBookingInvoiceLink);
        if not FindFirstCustomer(BKIBookingAppointment, BKIBookingApptCustomer) then begin
            if TempBKIBookingInvoiceLink.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID", BKIBookingApptCustomer.NoCustomerKey()) then
                exit;
            AddProblem(TempBKIInvoicePlanBuffer, BKIBookingAppointment, NoBKIBookingApptCustomer, NoCustomerErr, NoCustomerTxt, Enum::"BKI Invoice Fix Action"::"Open Appointment", BKIBookingAppointment.RecordId());
            exit;
        end;
        repeat
            if TempBKIBookingInvoiceLink.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID", BKIBookingApptCustomer."Customer Key") then begin
                // A customer already billed on a partly invoiced appointment is simply not planned again; a fully
                // invoiced appointment in the selection (e.g. invoiced meanwhile by another user) is reported.
                if not IsPartlyInvoiced(BKIBookingAppointment) then begin
                    if TempBKIBookingInvoiceLink."Document Type" = TempBKIBookingInvoiceLink."Document Type"::"Marked as Invoiced" then
                        AddProblem(TempBKIInvoicePlanBuffer, BKIBookingAppointment, BKIBookingApptCustomer,
                            MarkedAsInvoicedErr, MarkedAsInvoicedTxt, Enum::"BKI Invoice Fix Action"::"Open Appointment", BKIBookingAppointment.RecordId())
                    else
                        AddProblem(TempBKIInvoicePlanBuffer, BKIBookingAppointment, BKIBookingApptCustomer,
                            StrSubstNo(AlreadyInvoicedErr, TempBKIBookingInvoiceLink."Document No."), AlreadyInvoicedTxt, Enum::"BKI Invoice Fix Action"::"Open Invoice", BKIBookingAppointment.RecordId());
                end;
            end else
                PlanCustomerLine(BKIBookingAppointment, BKIBookingApptCustomer, GroupPerCustomer, TempBKIInvoicePlanBuffer);
            // After "Customer Count" customers there is none left: no Next past the last one (nor after a read by key).
            CustomersRead += 1;
            if CustomersRead = BKIBookingAppointment."Customer Count" then
                exit;
        until BKIBookingApptCustomer.Next() = 0;
    end;

    local procedure FindFirstCustomer(BKIBookingAppointment: Record "BKI Booking Appointment"; var BKIBookingApptCustomer: Record "BKI Booking Appt. Customer"): Boolean
    begin
        // The sync writes an appointment's customers, their count and the first one's key in one transaction, and the
        // count is what the invoice status counts against. So an appointment without customers is not read, most
        // (one customer) are one read by primary key, and the caller stops after "Customer Count" customers instead of
        // reading past the last one.
        if BKIBookingAppointment."Customer Count" = 0 then
            exit(false);
        if (BKIBookingAppointment."Customer Count" = 1) and (BKIBookingAppointment."First Customer Key" <> '') then
            if BKIBookingApptCustomer.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID", BKIBookingAppointment."First Customer Key") then
                exit(true);
        BKIBookingApptCustomer.SetCurrentKey("Business ID", "Appointment ID", Sequence);
        BKIBookingApptCustomer.SetRange("Business ID", BKIBookingAppointment."Business ID");
        BKIBookingApptCustomer.SetRange("Appointment ID", BKIBookingAppointment."Appointment ID");
        exit(BKIBookingApptCustomer.FindSet());
    end;

    local procedure ReadLinks(BKIBookingAppointment: Record "BKI Booking Appointment"; var TempBKIBookingInvoiceLink: Record "BKI Booking Invoice Link" temporary)
    var
        BKIBookingInvoiceLink: Record "BKI Booking Invoice Link";
    begin
        // All links of the appointment in one read (none for an appointment not invoiced yet), not one per customer.
        BKIBookingInvoiceLink.SetRange("Business ID", BKIBookingAppointment."Business ID");
        BKIBookingInvoiceLink.SetRange("Appointment ID", BKIBookingAppointment."Appointment ID");
        if BKIBookingInvoiceLink.FindSet() then
            repeat
                TempBKIBookingInvoiceLink := BKIBookingInvoiceLink;
                TempBKIBookingInvoiceLink.Insert();
            until BKIBookingInvoiceLink.Next() = 0;
    end;

    local procedure IsPartlyInvoiced(BKIBookingAppointment: Record "BKI Booking Appointment"): Boolean
    var
        StoredAppointment: Record "BKI Booking Appointment";
    begin
        StoredAppointment.SetLoadFields("Invoice Status");
        if not StoredAppointment.Get(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID") then
            exit(false);
        exit(StoredAppointment."Invoice Status" = StoredAppointment."Invoice Status"::"Partly Invoiced");
    end;

    local procedure PlanCustomerLine(BKIBookingAppointment: Record "BKI Booking Appointment"; BKIBookingApptCustomer: Record "BKI Booking Appt. Customer"; GroupPerCustomer: Boolean; var TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary)
    var
        Customer: Record Customer;
        BKITimeZoneConversion: Codeunit "BKI Time Zone Conversion";
        PriceTypeRule: Interface "BKI Price Type Rule";
        CustomerNo: Code[20];
        CreateCustomer: Boolean;
        ItemNo: Code[20];
        Quantity: Decimal;
        UnitPrice: Decimal;
        PriceNeeded: Boolean;
        CurrencyNote: Text;
    begin
        if BKIBookingApptCustomer."E-Mail" = '' then begin
            AddProblem(TempBKIInvoicePlanBuffer, BKIBookingAppointment, BKIBookingApptCustomer, StrSubstNo(NoEmailErr, BKIBookingApptCustomer.Name), NoEmailTxt,
                Enum::"BKI Invoice Fix Action"::"Open Appointment", BKIBookingAppointment.RecordId());
            exit;
        end;
        CustomerNo := FindCustomerNo(BKIBookingAppointment."Business ID", BKIBookingApptCustomer."E-Mail");
        if CustomerNo = '' then begin
            CreateCustomer := BKIBookingSyncSetup."Sync Customers" and (BKIBookingSyncSetup."Default Customer Templ." <> '');
            if not CreateCustomer then begin
                AddProblem(TempBKIInvoicePlanBuffer, BKIBookingAppointment, BKIBookingApptCustomer, StrSubstNo(NoCustomerMatchErr, BKIBookingApptCustomer."E-Mail"), NoCustomerMatchTxt,
                    Enum::"BKI Invoice Fix Action"::"Open Customers", BKIBookingAppointment.RecordId());
                exit;
            end;
        end else begin
            GetCustomer(CustomerNo, Customer);
            if Customer.Blocked = Customer.Blocked::All then begin
                AddProblem(TempBKIInvoicePlanBuffer, BKIBookingAppointment, BKIBookingApptCustomer, StrSubstNo(CustomerBlockedErr, CustomerNo), CustomerBlockedTxt,
                    Enum::"BKI Invoice Fix Action"::"Open Customer", Customer.RecordId());
                exit;
            end;
        end;

        if not FindMappedItem(BKIBookingAppointment."Business ID", BKIBookingAppointment."Service ID", ItemNo) then begin
            AddProblem(TempBKIInvoicePlanBuffer, BKIBookingAppointment, BKIBookingApptCustomer, StrSubstNo(NoServiceMappingErr, BKIBookingAppointment."Service Name"), ServiceNotMappedTxt,
                Enum::"BKI Invoice Fix Action"::"Open Service Mappings", BKIBookingAppointment.RecordId());
            exit;
        end;

        GetPriceTypeRule(BKIBookingAppointment."Price Type", PriceTypeRule);
        PriceTypeRule.Calculate(BKIBookingAppointment, ItemNo, Quantity, UnitPrice, PriceNeeded);
        if (CustomerNo <> '') and (NormalizeCurrency(BKIBookingAppointment."Currency Code") <> NormalizeCurrency(Customer."Currency Code")) then begin
            PriceNeeded := true;
            CurrencyNote := StrSubstNo(CurrencyDiffersTxt, BKIBookingAppointment."Currency Code", CustomerNo, Customer."Currency Code");
        end;

        NextEntryNo += 1;
        TempBKIInvoicePlanBuffer.Init();
        TempBKIInvoicePlanBuffer."Entry No." := NextEntryNo;
        TempBKIInvoicePlanBuffer."Line Type" := TempBKIInvoicePlanBuffer."Line Type"::Line;
        FillAppointmentFields(TempBKIInvoicePlanBuffer, BKIBookingAppointment, BKIBookingApptCustomer);
        TempBKIInvoicePlanBuffer."Customer No." := CustomerNo;
        TempBKIInvoicePlanBuffer."Create Customer" := CreateCustomer;
        TempBKIInvoicePlanBuffer."Customer Name" := BKIBookingApptCustomer.Name;
        if CustomerNo <> '' then
            TempBKIInvoicePlanBuffer."Customer Name" := Customer.Name;
        TempBKIInvoicePlanBuffer."Customer E-Mail" := BKIBookingApptCustomer."E-Mail";
        TempBKIInvoicePlanBuffer."Item No." := ItemNo;
        TempBKIInvoicePlanBuffer.Description := CopyStr(StrSubstNo(DescriptionTok, BKIBookingAppointment."Service Name", Format(BKIBookingAppointment."Local Date"),
            BKITimeZoneConversion.FormatTime(BKIBookingAppointment."Local Time")), 1, MaxStrLen(TempBKIInvoicePlanBuffer.Description));
        TempBKIInvoicePlanBuffer."Description 2" := CopyStr(BKIBookingAppointment."Staff Names", 1, MaxStrLen(TempBKIInvoicePlanBuffer."Description 2"));
        TempBKIInvoicePlanBuffer.Quantity := Quantity;
        TempBKIInvoicePlanBuffer."Unit Price" := UnitPrice;
        TempBKIInvoicePlanBuffer.Amount := Round(Quantity * UnitPrice);
        TempBKIInvoicePlanBuffer."Price Needed" := PriceNeeded;
        TempBKIInvoicePlanBuffer.Problem := CopyStr(CurrencyNote, 1, MaxStrLen(TempBKIInvoicePlanBuffer.Problem));
        TempBKIInvoicePlanBuffer."Group Key" := GroupKey(CustomerNo, BKIBookingApptCustomer."E-Mail", BKIBookingAppointment, GroupPerCustomer);
        BKIInvoicingEvents.OnAfterPlanLine(TempBKIInvoicePlanBuffer, BKIBookingAppointment, BKIBookingApptCustomer);
        TempBKIInvoicePlanBuffer.Insert();
    end;

    local procedure GroupKey(CustomerNo: Code[20]; EMail: Text; BKIBookingAppointment: Record "BKI Booking Appointment"; GroupPerCustomer: Boolean): Text[250]
    var
        CustomerPart: Text;
    begin
        // One invoice per customer (GroupPerCustomer), else one invoice per appointment and customer.
        if CustomerNo <> '' then
            CustomerPart := 'C:' + CustomerNo
        else
            CustomerPart := 'N:' + EMail.ToLower();
        if GroupPerCustomer then
            exit(CopyStr(CustomerPart, 1, 250));
        exit(CopyStr(CustomerPart + '|' + BKIBookingAppointment."Appointment ID", 1, 250));
    end;

    local procedure AddInvoiceRows(var TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary)
    var
        TempInvoiceRow: Record "BKI Invoice Plan Buffer" temporary;
        LastGroupKey: Text;
        HasGroup: Boolean;
    begin
        TempBKIInvoicePlanBuffer.Reset();
        TempBKIInvoicePlanBuffer.SetCurrentKey("Group Key", "Line Type", "Start Date Time (UTC)", "Customer Key");
        TempBKIInvoicePlanBuffer.SetRange("Line Type", TempBKIInvoicePlanBuffer."Line Type"::Line);
        if TempBKIInvoicePlanBuffer.FindSet() then
            repeat
                if (not HasGroup) or (TempBKIInvoicePlanBuffer."Group Key" <> LastGroupKey) then begin
                    if HasGroup then
                        TempInvoiceRow.Insert();
                    HasGroup := true;
                    LastGroupKey := TempBKIInvoicePlanBuffer."Group Key";
                    TempInvoiceRow := TempBKIInvoicePlanBuffer;
                    NextEntryNo += 1;
                    TempInvoiceRow."Entry No." := NextEntryNo;
                    TempInvoiceRow."Line Type" := TempInvoiceRow."Line Type"::Invoice;
                    TempInvoiceRow."Appointment ID" := '';
                    TempInvoiceRow."Customer Key" := '';
                    TempInvoiceRow."Item No." := '';
                    TempInvoiceRow.Description := '';
                    TempInvoiceRow."Description 2" := '';
                    TempInvoiceRow.Quantity := 0;
                    TempInvoiceRow."Unit Price" := 0;
                    TempInvoiceRow.Amount := 0;
                    TempInvoiceRow."Line Count" := 0;
                    TempInvoiceRow."Price Needed" := false;
                    TempInvoiceRow.Problem := '';
                end;
                TempInvoiceRow.Amount += TempBKIInvoicePlanBuffer.Amount;
                TempInvoiceRow."Line Count" += 1;
                if TempBKIInvoicePlanBuffer."Price Needed" then
                    TempInvoiceRow."Price Needed" := true;
            until TempBKIInvoicePlanBuffer.Next() = 0;
        if HasGroup then
            TempInvoiceRow.Insert();

        TempBKIInvoicePlanBuffer.Reset();
        if TempInvoiceRow.FindSet() then
            repeat
                TempBKIInvoicePlanBuffer := TempInvoiceRow;
                TempBKIInvoicePlanBuffer.Insert();
            until TempInvoiceRow.Next() = 0;
    end;

    local procedure AddProblem(var TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary; BKIBookingAppointment: Record "BKI Booking Appointment"; BKIBookingApptCustomer: Record "BKI Booking Appt. Customer"; ProblemText: Text; StatusText: Text; FixAction: Enum "BKI Invoice Fix Action"; FixRecordId: RecordId)
    begin
        NextEntryNo += 1;
        TempBKIInvoicePlanBuffer.Init();
        TempBKIInvoicePlanBuffer."Entry No." := NextEntryNo;
        TempBKIInvoicePlanBuffer."Line Type" := TempBKIInvoicePlanBuffer."Line Type"::Problem;
        FillAppointmentFields(TempBKIInvoicePlanBuffer, BKIBookingAppointment, BKIBookingApptCustomer);
        TempBKIInvoicePlanBuffer.Problem := CopyStr(ProblemText, 1, MaxStrLen(TempBKIInvoicePlanBuffer.Problem));
        TempBKIInvoicePlanBuffer.Status := CopyStr(StatusText, 1, MaxStrLen(TempBKIInvoicePlanBuffer.Status));
        TempBKIInvoicePlanBuffer."Fix Action" := FixAction;
        TempBKIInvoicePlanBuffer."Fix Record ID" := FixRecordId;
        TempBKIInvoicePlanBuffer.Insert();
    end;

    local procedure FillAppointmentFields(var TempBKIInvoicePlanBuffer: Record "BKI Invoice Plan Buffer" temporary; BKIBookingAppointment: Record "BKI Booking Appointment"; BKIBookingApptCustomer: Record "BKI Booking Appt. Customer")
    begin
        TempBKIInvoicePlanBuffer."Business ID" := BKIBookingAppointment."Business ID";
        TempBKIInvoicePlanBuffer."Appointment ID" := BKIBookingAppointment."Appointment ID";
        TempBKIInvoicePlanBuffer."Appointment SystemId" := BKIBookingAppointment.SystemId;
        TempBKIInvoicePlanBuffer."Customer Key" := BKIBookingApptCustomer."Customer Key";
        TempBKIInvoicePlanBuffer."Start Date Time (UTC)" := BKIBookingAppointment."Start Date Time (UTC)";
        TempBKIInvoicePlanBuffer."Local Date" := BKIBookingAppointment."Local Date";
        TempBKIInvoicePlanBuffer."Local Time" := BKIBookingAppointment."Local Time";
        TempBKIInvoicePlanBuffer."Price Type" := BKIBookingAppointment."Price Type";
        TempBKIInvoicePlanBuffer."Currency Code" := BKIBookingAppointment."Currency Code";
        // The appointment customer as read by the planner's loop (no second read); none for appointment-level problems.
        if BKIBookingApptCustomer."Customer Key" <> '' then begin
            TempBKIInvoicePlanBuffer."Customer Name" := BKIBookingApptCustomer.Name;
            TempBKIInvoicePlanBuffer."Customer E-Mail" := BKIBookingApptCustomer."E-Mail";
        end;
        if TempBKIInvoicePlanBuffer."Customer Name" = '' then
            TempBKIInvoicePlanBuffer."Customer Name" := BKIBookingAppointment."First Customer Name";
    end;

    local procedure FindCustomerNo(BusinessId: Text[250]; EMail: Text): Code[20]
    var
        Customer: Record Customer;
        CustomerNo: Code[20];
        CacheKey: Text;
    begin
        CacheKey := EMail.ToLower();
        if CustomerCache.Get(CacheKey, CustomerNo) then
            exit(CustomerNo);
        if BKICustomerMatcher.FindCustomer(BusinessId, EMail, Customer) then begin
            CustomerNo := Customer."No.";
            // The matcher read the whole customer: keep it for GetCustomer, no second read.
            if not TempCustomerCache.Get(CustomerNo) then begin
                TempCustomerCache := Customer;
                TempCustomerCache.Insert();
            end;
        end;
        CustomerCache.Add(CacheKey, CustomerNo);
        exit(CustomerNo);
    end;

    local procedure GetCustomer(CustomerNo: Code[20]; var Customer: Record Customer)
    begin
        // Per run (BuildPlan or one appointment's status): each customer is read once, however many lines it has.
        if not TempCustomerCache.Get(CustomerNo) then begin
            Customer.SetLoadFields("No.", Name, Blocked, "Currency Code");
            Customer.Get(CustomerNo);
            TempCustomerCache := Customer;
            TempCustomerCache.Insert();
        end;
        Customer := TempCustomerCache;
    end;

    local procedure FindMappedItem(BusinessId: Text[250]; ServiceId: Text[100]; var ItemNo: Code[20]): Boolean
    var
        BKIBookingServiceMapping: Record "BKI Booking Service Mapping";
        CacheKey: Text;
    begin
        // Per run, like GetCustomer; an unmapped service is not cached, so it is reported for every line (one read each).
        CacheKey := BusinessId + '|' + ServiceId;
        if MappedItemCache.Get(CacheKey, ItemNo) then
            exit(true);
        ItemNo := '';
        if not BKIBookingServiceMapping.Get(BusinessId, ServiceId) then
            exit(false);
        ItemNo := BKIBookingServiceMapping."Item No.";
        MappedItemCache.Add(CacheKey, ItemNo);
        exit(true);
    end;

    local procedure GetPriceTypeRule(PriceType: Enum "BKI Booking Price Type"; var PriceTypeRule: Interface "BKI Price Type Rule")
    begin
        // One rule instance per price type and run, so a rule can keep what it read (e.g. items) for the run's lines.
        if PriceTypeRuleCache.Get(PriceType.AsInteger(), PriceTypeRule) then
            exit;
        PriceTypeRule := PriceType;
        PriceTypeRuleCache.Add(PriceType.AsInteger(), PriceTypeRule);
    end;

    local procedure ClearRunCaches()
    begin
        Clear(PriceTypeRuleCache);
        TempCustomerCache.Reset();
        TempCustomerCache.DeleteAll();
        Clear(MappedItemCache);
    end;

    local procedure NormalizeCurrency(CurrencyCode: Code[10]): Code[10]
    begin
        if CurrencyCode = LcyCode then
            exit('');
        exit(CurrencyCode);
    end;

    local procedure ReadSetup()
    var
        GeneralLedgerSetup: Record "General Ledger Setup";
    begin
        if SetupRead then
            exit;
        BKIBookingSyncSetup.GetSetup();
        if GeneralLedgerSetup.Get() then
            LcyCode := GeneralLedgerSetup."LCY Code";
        SetupRead := true;
    end;
}

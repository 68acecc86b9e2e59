namespace Seed.BookingsInvoicing.Sync;

using Microsoft.Sales.Customer;

/// <summary>
/// Finds the BC customer for an e-mail address, compared case-insensitively. The customer link table is asked first
/// (it remembers earlier matches); then customers are searched with a case-insensitive filter and compared exactly.
/// </summary>
codeunit 70470043 "BKI Customer Matcher"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;
    Permissions = tabledata Customer = r,
                  tabledata "BKI Booking Customer Link" = r;

    /// <summary>Finds the customer for the e-mail; prefers the linked one, then a not blocked one.</summary>
    procedure FindCustomer(BusinessId: Text[250]; EMail: Text; var Customer: Record Customer): Boolean
    var
        BKIBookingCustomerLink: Record "BKI Booking Customer Link";
    begin
        Clear(Customer);
        EMail := DelChr(EMail, '<>', ' ');
        if EMail = '' then
            exit(false);
        if BKIBookingCustomerLink.Get(BusinessId, CopyStr(EMail.ToLower(), 1, MaxStrLen(BKIBookingCustomerLink."E-Mail (Lower)"))) then
            if BKIBookingCustomerLink."Customer No." <> '' then
                if Customer.Get(BKIBookingCustomerLink."Customer No.") then
                    exit(true);
        exit(FindCustomerByEmail(EMail, Customer));
    end;

    /// <summary>Finds a customer whose E-Mail equals the address, ignoring case.</summary>
    procedure FindCustomerByEmail(EMail: Text; var Customer: Record Customer): Boolean
    var
        Candidate: Record Customer;
        LowerEmail: Text;
        FoundBlocked: Boolean;
    begin
        LowerEmail := DelChr(EMail, '<>', ' ').ToLower();
        if LowerEmail = '' then
            exit(false);
        Candidate.SetLoadFields("No.", "E-Mail", Blocked);
        // '@' makes the filter case-insensitive; characters with a meaning in filters become '?' (any one character),
        // and every candidate is then compared exactly, so the wildcard never widens the match.
        Candidate.SetFilter("E-Mail", '@' + ToSafeFilter(LowerEmail));
        if Candidate.FindSet() then
            repeat
                if Candidate."E-Mail".ToLower() = LowerEmail then begin
                    if Candidate.Blocked = Candidate.Blocked::" " then begin
                        Customer.Get(Candidate."No.");
                        exit(true);
                    end;
                    if not FoundBlocked then begin
                        Customer.Get(Candidate."No.");
                        FoundBlocked := true;
                    end;
                end;
            until Candidate.Next() = 0;
        exit(FoundBlocked);
    end;

    local procedure ToSafeFilter(Value: Text): Text
    var
        Position: Integer;
        Character: Text;
        Result: Text;
    begin
        for Position := 1 to StrLen(Value) do begin
            Character := CopyStr(Value, Position, 1);
            if StrPos('*?|&()<>=''"@.%', Character) > 0 then
                Result += '?'
            else
                Result += Character;
        end;
        exit(Result);
    end;
}

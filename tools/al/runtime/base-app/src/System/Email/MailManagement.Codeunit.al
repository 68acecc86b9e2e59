// Model of codeunit 9520 "Mail Management": only the address checks that Customer/Contact validation relies on.
// BC validates the address with "Email Account".ValidateEmailAddress (a full address parser); this model accepts
// local@domain with exactly one '@', no blanks and a dot inside the domain (see README).
namespace System.Email;

codeunit 9520 "Mail Management"
{
    var
        InvalidEmailAddressErr: Label 'The email address "%1" is not valid.', Comment = '%1 - Recipient email address';

    /// <summary>Checks a ';'-separated list of addresses; a blank list is an error.</summary>
    procedure CheckValidEmailAddresses(Recipients: Text)
    var
        Remaining: Text;
    begin
        if Recipients = '' then
            Error(InvalidEmailAddressErr, Recipients);
        Remaining := DelChr(Recipients, '<>', ';');
        while StrPos(Remaining, ';') > 1 do begin
            CheckValidEmailAddress(CopyStr(Remaining, 1, StrPos(Remaining, ';') - 1));
            Remaining := CopyStr(Remaining, StrPos(Remaining, ';') + 1);
        end;
        CheckValidEmailAddress(Remaining);
    end;

    [TryFunction]
    procedure CheckValidEmailAddress(EmailAddress: Text)
    var
        Parts: List of [Text];
        LocalPart: Text;
        Domain: Text;
    begin
        EmailAddress := DelChr(EmailAddress, '<>');
        Parts := EmailAddress.Split('@');
        if Parts.Count() <> 2 then
            Error(InvalidEmailAddressErr, EmailAddress);
        LocalPart := Parts.Get(1);
        Domain := Parts.Get(2);
        if (LocalPart = '') or (StrPos(EmailAddress, ' ') > 0) then
            Error(InvalidEmailAddressErr, EmailAddress);
        if (StrPos(Domain, '.') <= 1) or Domain.EndsWith('.') then
            Error(InvalidEmailAddressErr, EmailAddress);
    end;
}

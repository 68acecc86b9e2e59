// Stand-in for a part of Microsoft's "Library - ERM" (codeunit 131300) over the base-application model.
// Same ID, name and signatures for the procedures included. Exchange rates are not modelled, so
// CreateCurrencyWithRandomExchRates creates the currency only (the model converts foreign amounts 1:1).

using Microsoft.Finance.Currency;
using Microsoft.Finance.GeneralLedger.Setup;
using Microsoft.Foundation.PaymentTerms;

codeunit 131300 "Library - ERM"
{
    var
        LibraryUtility: Codeunit "Library - Utility";

    procedure CreateCurrency(var Currency: Record Currency)
    begin
        Currency.Init();
        Currency.Validate(Code, LibraryUtility.GenerateRandomCode(Currency.FieldNo(Code), Database::Currency));
        Currency.Insert(true);
    end;

    procedure CreateCurrencyWithRandomExchRates(): Code[10]
    var
        Currency: Record Currency;
    begin
        CreateCurrency(Currency);
        exit(Currency.Code);
    end;

    procedure CreatePaymentTerms(var PaymentTerms: Record "Payment Terms")
    begin
        PaymentTerms.Init();
        PaymentTerms.Validate(Code, LibraryUtility.GenerateRandomCode(PaymentTerms.FieldNo(Code), Database::"Payment Terms"));
        PaymentTerms.Insert(true);
    end;

    procedure FindPaymentTermsCode(): Code[10]
    var
        PaymentTerms: Record "Payment Terms";
    begin
        if not PaymentTerms.FindFirst() then
            CreatePaymentTerms(PaymentTerms);
        exit(PaymentTerms.Code);
    end;

    procedure GetLCYCode(): Code[10]
    var
        GeneralLedgerSetup: Record "General Ledger Setup";
    begin
        GeneralLedgerSetup.Get();
        exit(GeneralLedgerSetup."LCY Code");
    end;
}

// Model of codeunit 2 "Company-Initialize": running it raises OnCompanyInitialize, as BC does when a company is
// created. The runtime (or a test) runs it for a new company. BC's own initialization (setup records, report
// selections, ...) is not modelled; the demo company generator provides setup data instead.
namespace Microsoft.Foundation.Company;

codeunit 2 "Company-Initialize"
{
    trigger OnRun()
    begin
        OnBeforeOnRun();
        OnCompanyInitialize();
    end;

    [IntegrationEvent(false, false)]
    local procedure OnBeforeOnRun()
    begin
    end;

    [IntegrationEvent(false, false)]
    local procedure OnCompanyInitialize()
    begin
    end;
}

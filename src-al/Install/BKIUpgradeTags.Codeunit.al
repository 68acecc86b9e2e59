namespace Seed.BookingsInvoicing.Install;

using System.Upgrade;

/// <summary>
/// Upgrade tags of Bookings Invoicing. A new company gets every tag at once, so upgrade code never runs there.
/// </summary>
codeunit 70470012 "BKI Upgrade Tags"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;

    /// <summary>Defaults for the endpoints, sync frequency and look-back days on setups created by early builds.</summary>
    procedure GetSetupDefaultsUpgradeTag(): Code[250]
    begin
        exit('BKI-SETUPDEFAULTS-20261125');
    end;

    /// <summary>Invoice Link Count (and the highest-number Invoice No.) on appointments invoiced by earlier builds.</summary>
    procedure GetInvoiceLinkCountUpgradeTag(): Code[250]
    begin
        exit('BKI-INVOICELINKCOUNT-20261125');
    end;

    procedure GetAllPerCompanyTags(var Tags: List of [Code[250]])
    begin
        Tags.Add(GetSetupDefaultsUpgradeTag());
        Tags.Add(GetInvoiceLinkCountUpgradeTag());
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"Upgrade Tag", 'OnGetPerCompanyUpgradeTags', '', false, false)]
    local procedure RegisterPerCompanyTags(var PerCompanyUpgradeTags: List of [Code[250]])
    begin
        GetAllPerCompanyTags(PerCompanyUpgradeTags);
    end;
}

namespace Seed.BookingsInvoicing.Install;

using Microsoft.Foundation.Company;
using Seed.BookingsInvoicing.Setup;
using System.Upgrade;

/// <summary>
/// Install: creates the setup record with its defaults in every company and marks all upgrade tags as done,
/// because a fresh install has nothing to upgrade. New companies get the same through Company-Initialize.
/// </summary>
codeunit 70470010 "BKI Install"
{
    Subtype = Install;
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        InstalledTelemetryMsg: Label 'Bookings Invoicing installed in a company.', Locked = true;

    trigger OnInstallAppPerCompany()
    begin
        InitializeCompany();
    end;

    /// <summary>Creates the defaults of one company and sets its upgrade tags.</summary>
    procedure InitializeCompany()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIUpgradeTags: Codeunit "BKI Upgrade Tags";
        BKITelemetry: Codeunit "BKI Telemetry";
        UpgradeTag: Codeunit "Upgrade Tag";
        Tags: List of [Code[250]];
        Tag: Code[250];
        Dimensions: Dictionary of [Text, Text];
    begin
        BKIBookingSyncSetup.GetSetup();
        BKIUpgradeTags.GetAllPerCompanyTags(Tags);
        foreach Tag in Tags do
            if not UpgradeTag.HasUpgradeTag(Tag) then
                UpgradeTag.SetUpgradeTag(Tag);
        BKITelemetry.LogUsage(BKITelemetry.InstalledEventId(), InstalledTelemetryMsg, Dimensions);
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"Company-Initialize", 'OnCompanyInitialize', '', false, false)]
    local procedure OnCompanyInitialize()
    begin
        InitializeCompany();
    end;
}

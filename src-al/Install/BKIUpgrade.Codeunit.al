namespace Seed.BookingsInvoicing.Install;

using Seed.BookingsInvoicing.Invoicing;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;
using System.Upgrade;

/// <summary>
/// Upgrade steps, each guarded by its upgrade tag so that it runs once per company.
/// </summary>
codeunit 70470011 "BKI Upgrade"
{
    Subtype = Upgrade;
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        UpgradedTelemetryMsg: Label 'Bookings Invoicing upgrade step completed.', Locked = true;
        DefaultAuthorityUrlTok: Label 'https://login.microsoftonline.com', Locked = true;
        DefaultGraphEndpointTok: Label 'https://graph.microsoft.com/v1.0', Locked = true;

    trigger OnUpgradePerCompany()
    begin
        UpgradeSetupDefaults();
        UpgradeInvoiceLinkCounts();
    end;

    /// <summary>Fills the defaults that setups written by early builds may lack.</summary>
    procedure UpgradeSetupDefaults()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        BKIUpgradeTags: Codeunit "BKI Upgrade Tags";
        UpgradeTag: Codeunit "Upgrade Tag";
        Changed: Boolean;
    begin
        if UpgradeTag.HasUpgradeTag(BKIUpgradeTags.GetSetupDefaultsUpgradeTag()) then
            exit;
        if BKIBookingSyncSetup.Get() then
            if ApplySetupDefaults(BKIBookingSyncSetup) then begin
                BKIBookingSyncSetup.Modify(false);
                Changed := true;
            end;
        UpgradeTag.SetUpgradeTag(BKIUpgradeTags.GetSetupDefaultsUpgradeTag());
        LogStep('SetupDefaults', Changed);
    end;

    /// <summary>
    /// Sets the invoice status of every appointment with invoice links from its links, which fills Invoice Link Count
    /// (invoicing adds to it instead of reading the links) on appointments invoiced by builds without it.
    /// </summary>
    procedure UpgradeInvoiceLinkCounts()
    var
        BKIUpgradeTags: Codeunit "BKI Upgrade Tags";
        UpgradeTag: Codeunit "Upgrade Tag";
    begin
        if UpgradeTag.HasUpgradeTag(BKIUpgradeTags.GetInvoiceLinkCountUpgradeTag()) then
            exit;
        LogStep('InvoiceLinkCounts', RefreshInvoicedAppointments() > 0);
        UpgradeTag.SetUpgradeTag(BKIUpgradeTags.GetInvoiceLinkCountUpgradeTag());
    end;

    /// <summary>Recomputes the invoice status of every appointment that is not "Not Invoiced"; returns how many.</summary>
    procedure RefreshInvoicedAppointments() Refreshed: Integer
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKIInvoiceLinkMgt: Codeunit "BKI Invoice Link Mgt.";
    begin
        BKIBookingAppointment.SetFilter("Invoice Status", '<>%1', BKIBookingAppointment."Invoice Status"::"Not Invoiced");
        BKIBookingAppointment.SetLoadFields("Business ID", "Appointment ID");
        if BKIBookingAppointment.FindSet() then
            repeat
                BKIInvoiceLinkMgt.RefreshAppointment(BKIBookingAppointment."Business ID", BKIBookingAppointment."Appointment ID");
                Refreshed += 1;
            until BKIBookingAppointment.Next() = 0;
    end;

    /// <summary>Fills empty endpoints and non-positive numbers with their defaults. Returns true when something changed.</summary>
    procedure ApplySetupDefaults(var BKIBookingSyncSetup: Record "BKI Booking Sync Setup") Changed: Boolean
    begin
        if BKIBookingSyncSetup."Authority URL" = '' then begin
            BKIBookingSyncSetup."Authority URL" := DefaultAuthorityUrlTok;
            Changed := true;
        end;
        if BKIBookingSyncSetup."Graph Endpoint" = '' then begin
            BKIBookingSyncSetup."Graph Endpoint" := DefaultGraphEndpointTok;
            Changed := true;
        end;
        if BKIBookingSyncSetup."Sync Frequency (Min.)" <= 0 then begin
            BKIBookingSyncSetup."Sync Frequency (Min.)" := 60;
            Changed := true;
        end;
        if BKIBookingSyncSetup."Appointment Look-back Days" <= 0 then begin
            BKIBookingSyncSetup."Appointment Look-back Days" := 30;
            Changed := true;
        end;
    end;

    local procedure LogStep(StepName: Text; Changed: Boolean)
    var
        BKITelemetry: Codeunit "BKI Telemetry";
        Dimensions: Dictionary of [Text, Text];
    begin
        Dimensions.Add('Step', StepName);
        Dimensions.Add('Changed', Format(Changed, 0, 9));
        BKITelemetry.LogUsage(BKITelemetry.UpgradedEventId(), UpgradedTelemetryMsg, Dimensions);
    end;
}

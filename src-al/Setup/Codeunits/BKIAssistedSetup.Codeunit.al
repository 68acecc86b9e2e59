namespace Seed.BookingsInvoicing.Setup;

using System.Environment.Configuration;
using System.Media;

/// <summary>
/// Registers the Bookings setup wizard (Assisted Setup, group Connect) and the setup card (Manual Setup, Sales)
/// with the Guided Experience.
/// </summary>
codeunit 70470009 "BKI Assisted Setup"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        TitleTxt: Label 'Set up Bookings invoicing';
        ShortTitleTxt: Label 'Bookings invoicing';
        DescriptionTxt: Label 'Connect Business Central to Microsoft Bookings through Microsoft Graph, pick your Bookings business, and invoice completed appointments in bulk.';
        ManualTitleTxt: Label 'Booking Sync Setup';
        ManualShortTitleTxt: Label 'Bookings invoicing';
        ManualDescriptionTxt: Label 'Set up the Microsoft Graph connection to Microsoft Bookings, the Bookings business and the synchronization of customers, services and appointments.';
        KeywordsTxt: Label 'Bookings, Bookings invoicing, Booking sync';
        HelpUrlTxt: Label 'https://github.com/seed/bookings-invoicing/blob/main/README.md', Locked = true;

    /// <summary>Adds or refreshes the assisted setup entry.</summary>
    procedure Register()
    var
        GuidedExperience: Codeunit "Guided Experience";
        AssistedSetupGroup: Enum "Assisted Setup Group";
        VideoCategory: Enum "Video Category";
    begin
        GuidedExperience.InsertAssistedSetup(
            CopyStr(TitleTxt, 1, 2048), CopyStr(ShortTitleTxt, 1, 50), CopyStr(DescriptionTxt, 1, 1024), 5,
            ObjectType::Page, Page::"BKI Booking Setup Wizard", AssistedSetupGroup::Connect, '', VideoCategory::Uncategorized,
            CopyStr(HelpUrlTxt, 1, 250));
    end;

    /// <summary>Adds or refreshes the manual setup entry of the setup card.</summary>
    procedure RegisterManualSetup()
    var
        GuidedExperience: Codeunit "Guided Experience";
        ManualSetupCategory: Enum "Manual Setup Category";
    begin
        GuidedExperience.InsertManualSetup(
            CopyStr(ManualTitleTxt, 1, 2048), CopyStr(ManualShortTitleTxt, 1, 50), CopyStr(ManualDescriptionTxt, 1, 1024), 5,
            ObjectType::Page, Page::"BKI Booking Sync Setup", ManualSetupCategory::Sales, CopyStr(KeywordsTxt, 1, 250));
    end;

    /// <summary>Tells whether the wizard has been completed in this company.</summary>
    procedure IsComplete(): Boolean
    var
        GuidedExperience: Codeunit "Guided Experience";
    begin
        exit(GuidedExperience.IsAssistedSetupComplete(ObjectType::Page, Page::"BKI Booking Setup Wizard"));
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"Guided Experience", 'OnRegisterAssistedSetup', '', false, false)]
    local procedure OnRegisterAssistedSetup()
    begin
        Register();
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"Guided Experience", 'OnRegisterManualSetup', '', false, false)]
    local procedure OnRegisterManualSetup()
    begin
        RegisterManualSetup();
    end;
}

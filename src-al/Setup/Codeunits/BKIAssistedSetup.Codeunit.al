namespace Seed.BookingsInvoicing.Setup;

using System.Environment.Configuration;
using System.Media;

/// <summary>
/// Registers the Bookings setup wizard with the Guided Experience (Assisted Setup, group Connect).
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
}

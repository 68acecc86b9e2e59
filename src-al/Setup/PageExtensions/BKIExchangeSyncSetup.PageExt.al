#if not CLEAN28
// The retired Bookings pages are ObsoleteState = Pending (tag 28.0); this file exists only to lead users away from them.
#pragma warning disable AL0432
namespace Seed.BookingsInvoicing.Setup;

using Microsoft.CRM.Outlook;

/// <summary>
/// The old Exchange Sync. Setup page: tells the user that the Exchange-based Bookings connection is retired and
/// opens the new Booking Sync Setup in one click. Removed with the old page (CLEAN28).
/// </summary>
pageextension 70470000 "BKI Exchange Sync. Setup" extends "Exchange Sync. Setup"
{
    layout
    {
        addfirst(Content)
        {
            group(BKIRetiredBanner)
            {
                Caption = 'Bookings invoicing has moved';

                field(BKIRetiredText; BKIRetiredMessage)
                {
                    ApplicationArea = All;
                    ShowCaption = false;
                    Editable = false;
                    Style = Attention;
                    MultiLine = true;
                    ToolTip = 'Specifies that the Exchange-based Bookings connection is retired. Choose the text to open the new Booking Sync Setup.';

                    trigger OnDrillDown()
                    begin
                        BKILegacyRedirect.OpenSetup();
                    end;
                }
            }
        }
    }

    actions
    {
        addfirst(Processing)
        {
            action(BKIOpenBookingSyncSetup)
            {
                ApplicationArea = All;
                Caption = 'Open Booking Sync Setup';
                Image = Setup;
                ToolTip = 'Open the new Bookings connection setup, which uses Microsoft Graph instead of the retired Exchange connection.';

                trigger OnAction()
                begin
                    BKILegacyRedirect.OpenSetup();
                end;
            }
        }
        addfirst(Category_Process)
        {
            actionref(BKIOpenBookingSyncSetup_Promoted; BKIOpenBookingSyncSetup)
            {
            }
        }
    }

    trigger OnInit()
    begin
        // Sent before the page's own OnOpenPage, which can fail (e.g. no authentication e-mail); the user still sees the way out.
        BKILegacyRedirect.SendSetupRetiredNotification();
    end;

    trigger OnOpenPage()
    begin
        BKIRetiredMessage := BKILegacyRedirect.GetRetiredSetupMessage();
    end;

    var
        BKILegacyRedirect: Codeunit "BKI Legacy Redirect";
        BKIRetiredMessage: Text;
}
#pragma warning restore AL0432
#endif

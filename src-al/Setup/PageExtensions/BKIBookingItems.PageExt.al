#if not CLEAN28
// The retired Bookings pages are ObsoleteState = Pending (tag 28.0); this file exists only to lead users away from them.
#pragma warning disable AL0432
namespace Seed.BookingsInvoicing.Setup;

using Microsoft.Booking;

/// <summary>
/// The old "Bookings Not Invoiced" list (page Booking Items): tells the user that it used the retired Exchange
/// connection and opens the new Bookings Not Invoiced list or the new setup in one click. Removed with the old page (CLEAN28).
/// </summary>
pageextension 70470002 "BKI Booking Items" extends "Booking Items"
{
    actions
    {
        addfirst(Processing)
        {
            action(BKIOpenBookingsNotInvoiced)
            {
                ApplicationArea = All;
                Caption = 'Open Bookings Not Invoiced (new)';
                Image = Invoice;
                ToolTip = 'Open the new list of completed Bookings appointments that are not invoiced yet, read through Microsoft Graph.';

                trigger OnAction()
                begin
                    BKILegacyRedirect.OpenBookingsNotInvoiced();
                end;
            }
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
        addfirst(Category_Category4)
        {
            actionref(BKIOpenBookingsNotInvoiced_Promoted; BKIOpenBookingsNotInvoiced)
            {
            }
        }
    }

    trigger OnInit()
    begin
        // Sent before the page's own code reads the retired Exchange tables, so the way out shows even if that fails.
        BKILegacyRedirect.SendListRetiredNotification();
    end;

    var
        BKILegacyRedirect: Codeunit "BKI Legacy Redirect";
}
#pragma warning restore AL0432
#endif

#if not CLEAN28
namespace Seed.BookingsInvoicing.Setup;

using Microsoft.Booking;

/// <summary>
/// The old Booking Mailbox List: tells the user that businesses are now picked in the new Booking Sync Setup and
/// opens it in one click (notification action). Removed together with the retired Bookings pages (CLEAN28).
/// </summary>
pageextension 70470003 "BKI Booking Mailbox List" extends "Booking Mailbox List"
{
    trigger OnOpenPage()
    var
        BKILegacyRedirect: Codeunit "BKI Legacy Redirect";
    begin
        BKILegacyRedirect.SendSetupRetiredNotification();
    end;
}
#endif

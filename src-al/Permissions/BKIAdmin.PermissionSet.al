namespace Seed.BookingsInvoicing.Permissions;

using Seed.BookingsInvoicing.Install;
using Seed.BookingsInvoicing.Invoicing;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;

/// <summary>
/// For administrators of the Bookings connection: everything in "BKI - Edit" plus changing the setup, the client
/// secret (stored in IsolatedStorage, written only by users who may modify the setup) and the background sync.
/// </summary>
permissionset 70470003 "BKI - Admin"
{
    Access = Public;
    Assignable = true;
    Caption = 'Bookings Invoicing - Admin', MaxLength = 30;

    IncludedPermissionSets = "BKI - Edit";

    Permissions =
        tabledata "BKI Booking Sync Setup" = IMD;
}

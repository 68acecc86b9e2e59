namespace Seed.BookingsInvoicing.Permissions;

using Seed.BookingsInvoicing.Install;
using Seed.BookingsInvoicing.Invoicing;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;

/// <summary>
/// For users who synchronize and invoice Bookings appointments: changes the operational data, reads the setup.
/// The setup can be modified only indirectly (the sync writes its stamps through objects that declare it); changing
/// the setup or the client secret needs "BKI - Admin".
/// </summary>
permissionset 70470002 "BKI - Edit"
{
    Access = Public;
    Assignable = true;
    Caption = 'Bookings Invoicing - Edit', MaxLength = 30;

    IncludedPermissionSets = "BKI - Read";

    Permissions =
        tabledata "BKI Booking Appointment" = IMD,
        tabledata "BKI Booking Appt. Customer" = IMD,
        tabledata "BKI Booking Customer Link" = IMD,
        tabledata "BKI Booking Invoice Link" = IMD,
        tabledata "BKI Booking Service Mapping" = IMD,
        tabledata "BKI Sync Log Error" = IMD,
        tabledata "BKI Sync Log" = IMD,
        tabledata "BKI Booking Sync Setup" = m;
}

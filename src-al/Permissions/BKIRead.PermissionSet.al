namespace Seed.BookingsInvoicing.Permissions;

using Seed.BookingsInvoicing.Install;
using Seed.BookingsInvoicing.Invoicing;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;

/// <summary>Read all Bookings Invoicing data. Not assignable; included by "BKI - Edit" and D365 BASIC.</summary>
permissionset 70470001 "BKI - Read"
{
    Access = Public;
    Assignable = false;
    Caption = 'Bookings Invoicing - Read', MaxLength = 30;

    IncludedPermissionSets = "BKI - Objects";

    Permissions =
        tabledata "BKI Booking Appointment" = R,
        tabledata "BKI Booking Appt. Customer" = R,
        tabledata "BKI Booking Customer Link" = R,
        tabledata "BKI Booking Invoice Link" = R,
        tabledata "BKI Booking Service Mapping" = R,
        tabledata "BKI Booking Sync Setup" = R,
        tabledata "BKI Sync Log Error" = R,
        tabledata "BKI Sync Log" = R;
}

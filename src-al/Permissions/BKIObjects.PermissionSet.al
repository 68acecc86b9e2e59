namespace Seed.BookingsInvoicing.Permissions;

using Seed.BookingsInvoicing.Install;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;

/// <summary>Execute permission on every object of Bookings Invoicing. Not assignable; included by "BKI - Read".</summary>
permissionset 70470000 "BKI - Objects"
{
    Access = Public;
    Assignable = false;
    Caption = 'Bookings Invoicing - Objects', MaxLength = 30;

    Permissions =
        table "BKI Booking Appointment" = X,
        table "BKI Booking Appt. Customer" = X,
        table "BKI Booking Business" = X,
        table "BKI Booking Customer Link" = X,
        table "BKI Booking Service Mapping" = X,
        table "BKI Booking Sync Setup" = X,
        table "BKI Sync Log Error" = X,
        table "BKI Sync Log" = X,
        codeunit "BKI Assisted Setup" = X,
        codeunit "BKI Business Selection" = X,
        codeunit "BKI Connection Test" = X,
        codeunit "BKI Graph Client Impl." = X,
        codeunit "BKI Graph Client" = X,
        codeunit "BKI Graph Error Mapper" = X,
        codeunit "BKI Graph Token Cache" = X,
        codeunit "BKI Install" = X,
        codeunit "BKI Json Helper" = X,
        codeunit "BKI Json Reader" = X,
        codeunit "BKI Legacy Redirect" = X,
        codeunit "BKI OAuth2 Token Provider" = X,
        codeunit "BKI Sync Job Queue Mgt." = X,
        codeunit "BKI Telemetry" = X,
        codeunit "BKI Time Zone Conversion" = X,
        codeunit "BKI Upgrade Tags" = X,
        codeunit "BKI Upgrade" = X,
        page "BKI Booking Businesses" = X,
        page "BKI Booking Setup Wizard" = X,
        page "BKI Booking Sync Setup" = X;
}

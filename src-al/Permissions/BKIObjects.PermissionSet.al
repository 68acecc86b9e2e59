namespace Seed.BookingsInvoicing.Permissions;

using Seed.BookingsInvoicing.Install;
using Seed.BookingsInvoicing.Invoicing;
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
        table "BKI Booking Invoice Link" = X,
        table "BKI Booking Service Mapping" = X,
        table "BKI Booking Sync Setup" = X,
        table "BKI Invoice Plan Buffer" = X,
        table "BKI Sync Log Error" = X,
        table "BKI Sync Log" = X,
        codeunit "BKI Appointment Sync" = X,
        codeunit "BKI Assisted Setup" = X,
        codeunit "BKI Booking Grid Rows" = X,
        codeunit "BKI Bookings Invoicing Impl." = X,
        codeunit "BKI Bookings Invoicing" = X,
        codeunit "BKI Bookings Sync" = X,
        codeunit "BKI Business Selection" = X,
        codeunit "BKI Connection Test" = X,
        codeunit "BKI Create Booking Invoice" = X,
        codeunit "BKI Customer Matcher" = X,
        codeunit "BKI Customer Sync" = X,
        codeunit "BKI Graph Client Impl." = X,
        codeunit "BKI Graph Client" = X,
        codeunit "BKI Graph Error Mapper" = X,
        codeunit "BKI Graph Fetch" = X,
        codeunit "BKI Graph Token Cache" = X,
        codeunit "BKI Http Token Provider" = X,
        codeunit "BKI Install" = X,
        codeunit "BKI Invoice Link Mgt." = X,
        codeunit "BKI Invoice Planner" = X,
        codeunit "BKI Invoicing Events" = X,
        codeunit "BKI Json Helper" = X,
        codeunit "BKI Json Reader" = X,
        codeunit "BKI Legacy Redirect" = X,
        codeunit "BKI OAuth2 Token Provider" = X,
        codeunit "BKI Price Fixed" = X,
        codeunit "BKI Price Free" = X,
        codeunit "BKI Price Hourly" = X,
        codeunit "BKI Price On Request" = X,
        codeunit "BKI Process Appointment" = X,
        codeunit "BKI Process Booking Customer" = X,
        codeunit "BKI Process Booking Service" = X,
        codeunit "BKI Push Customer" = X,
        codeunit "BKI Push Service" = X,
        codeunit "BKI Service Sync" = X,
        codeunit "BKI Sync Job Queue Mgt." = X,
        codeunit "BKI Sync Log Mgt." = X,
        codeunit "BKI Sync Runner" = X,
        codeunit "BKI Telemetry" = X,
        codeunit "BKI Time Zone Conversion" = X,
        codeunit "BKI Upgrade Tags" = X,
        codeunit "BKI Upgrade" = X,
        page "BKI Booking Appointments" = X,
        page "BKI Booking Appt. Customers" = X,
        page "BKI Booking Businesses" = X,
        page "BKI Booking Service Mappings" = X,
        page "BKI Booking Setup Wizard" = X,
        page "BKI Booking Sync Setup" = X,
        page "BKI Bookings Not Invoiced" = X,
        page "BKI Invoice Preview" = X,
        page "BKI Sync Log Errors" = X,
        page "BKI Sync Log" = X;
}

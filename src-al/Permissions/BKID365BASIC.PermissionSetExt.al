namespace Seed.BookingsInvoicing.Permissions;

using System.Security.AccessControl;

/// <summary>Every user with D365 BASIC can read Bookings Invoicing data (as the Shopify connector does).</summary>
permissionsetextension 70470000 "BKI D365 BASIC" extends "D365 BASIC"
{
    IncludedPermissionSets = "BKI - Read";
}

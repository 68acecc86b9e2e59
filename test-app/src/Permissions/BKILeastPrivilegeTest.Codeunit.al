namespace Seed.BookingsInvoicing.Test.Permissions;

using Microsoft.Inventory.Item;
using Microsoft.Sales.Customer;
using Microsoft.Sales.Document;
using Seed.BookingsInvoicing.Invoicing;
using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;
using Seed.BookingsInvoicing.Test.Invoicing;
using Seed.BookingsInvoicing.Test.Sync;
using System.TestLibraries.Security.AccessControl;
using System.TestLibraries.Utilities;

/// <summary>
/// Least privilege: each permission set is enough for its job and no more. The data is built with full permissions,
/// then the test user's permissions are lowered to D365 BASIC plus the set under test ("Library - Lower Permissions").
/// </summary>
codeunit 70470280 "BKI Least Privilege Test"
{
    Subtype = Test;
    TestPermissions = Restrictive;

    var
        BKISyncTestLibrary: Codeunit "BKI Sync Test Library";
        BKIInvoicingTestLibrary: Codeunit "BKI Invoicing Test Library";
        BKIBookingsInvoicing: Codeunit "BKI Bookings Invoicing";
        LibraryLowerPermissions: Codeunit "Library - Lower Permissions";
        LibraryAssert: Codeunit "Library Assert";
        ReadRoleTok: Label 'BKI - READ', Locked = true;
        EditRoleTok: Label 'BKI - EDIT', Locked = true;
        AdminRoleTok: Label 'BKI - ADMIN', Locked = true;
        SetupModifyDeniedErr: Label 'Sorry, the current permissions prevented the action. (TableData 70470000 ', Locked = true;
        NoPermissionForSecretErr: Label 'You do not have permission to change the Bookings connection.', Locked = true;
        NewSecretTok: Label 'a-new-client-secret', Locked = true;

    local procedure Initialize(var BKIBookingAppointment: Record "BKI Booking Appointment")
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        Customer: Record Customer;
        Item: Record Item;
    begin
        // Built with full permissions (the mock has no set assigned yet), as a BC test does before lowering them.
        BKISyncTestLibrary.InitSetup(BKIBookingSyncSetup, 'UTC');
        BKIInvoicingTestLibrary.CreateCustomerWithEmail(Customer);
        BKISyncTestLibrary.CreateCompletedAppointment(BKIBookingAppointment, BKIInvoicingTestLibrary.CreateMappedServiceItem(Item, 80), 'Anna', Customer."E-Mail");
        Commit();
    end;

    [Test]
    procedure EditUserInvoicesAppointments()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        SalesHeader: Record "Sales Header";
        CreatedInvoiceNos: List of [Code[20]];
    begin
        // [SCENARIO] A user with BKI - Edit (and BC's sales document permissions) invoices completed appointments.
        // [GIVEN] A completed appointment of a known customer
        Initialize(BKIBookingAppointment);
        // [GIVEN] The user has D365 BASIC, D365 SALES DOC, EDIT and BKI - Edit
        LibraryLowerPermissions.SetO365Basic();
        LibraryLowerPermissions.AddSalesDocsCreate();
        LibraryLowerPermissions.AddPermissionSet(EditRoleTok);

        // [WHEN] The appointment is invoiced
        CreatedInvoiceNos := CreateInvoicesFor(BKIBookingAppointment);

        // [THEN] One draft invoice exists
        LibraryAssert.AreEqual(1, CreatedInvoiceNos.Count(), 'Invoices created by an Edit user');
        LibraryAssert.IsTrue(SalesHeader.Get(SalesHeader."Document Type"::Invoice, CreatedInvoiceNos.Get(1)), 'The draft invoice');
    end;

    [Test]
    procedure EditUserCannotChangeTheSetupOrTheSecret()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        // [SCENARIO] BKI - Edit reads the setup but cannot change it, nor replace or remove the client secret.
        Initialize(BKIBookingAppointment);
        LibraryLowerPermissions.SetO365Basic();
        LibraryLowerPermissions.AddPermissionSet(EditRoleTok);

        // [WHEN] [THEN] The setup can be read
        LibraryAssert.IsTrue(BKIBookingSyncSetup.Get(), 'Edit reads the setup');
        LibraryAssert.IsFalse(BKIBookingSyncSetup.WritePermission(), 'Edit has no write permission on the setup');

        // [WHEN] [THEN] Changing it directly is refused with BC's permission error
        BKIBookingSyncSetup."Tenant ID" := 'contoso.onmicrosoft.com';
        asserterror BKIBookingSyncSetup.Modify();
        LibraryAssert.ExpectedError(SetupModifyDeniedErr);

        // [WHEN] [THEN] Setting or removing the client secret is refused
        asserterror BKIBookingSyncSetup.SetClientSecret(SecretStrSubstNo(NewSecretTok));
        LibraryAssert.ExpectedError(NoPermissionForSecretErr);
        asserterror BKIBookingSyncSetup.DeleteClientSecret();
        LibraryAssert.ExpectedError(NoPermissionForSecretErr);
    end;

    [Test]
    procedure ReadUserSeesButCannotInvoice()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        SalesHeader: Record "Sales Header";
        TempResult: Record "BKI Invoice Plan Buffer" temporary;
        CreatedInvoiceNos: List of [Code[20]];
        InvoicesBefore: Integer;
    begin
        // [SCENARIO] BKI - Read sees the appointments but cannot invoice them, even with BC's sales document permissions.
        Initialize(BKIBookingAppointment);
        InvoicesBefore := SalesHeader.Count();
        LibraryLowerPermissions.SetO365Basic();
        LibraryLowerPermissions.AddSalesDocsCreate();
        LibraryLowerPermissions.AddPermissionSet(ReadRoleTok);

        // [WHEN] [THEN] The appointment is visible
        BKIBookingAppointment.SetRecFilter();
        LibraryAssert.IsTrue(BKIBookingAppointment.FindFirst(), 'Read sees the appointment');

        // [WHEN] The user tries to invoice it
        CreatedInvoiceNos := CreateInvoicesFor(BKIBookingAppointment);

        // [THEN] Nothing is created; the problem row keeps BC's permission error on a Bookings Invoicing table
        LibraryAssert.AreEqual(0, CreatedInvoiceNos.Count(), 'Invoices created by a Read user');
        BKIBookingsInvoicing.GetLastResult(TempResult);
        TempResult.SetRange("Line Type", TempResult."Line Type"::Problem);
        LibraryAssert.IsTrue(TempResult.FindFirst(), 'A problem row');
        LibraryAssert.IsTrue(StrPos(TempResult.Problem, 'Sorry, the current permissions prevented the action. (TableData 7047') > 0, 'Permission error kept: ' + TempResult.Problem);
        LibraryAssert.IsTrue(StrPos(TempResult.Problem, ': Bookings Invoicing)') > 0, 'The app is named: ' + TempResult.Problem);
        LibraryLowerPermissions.SetOutsideO365Scope();
        LibraryAssert.AreEqual(InvoicesBefore, SalesHeader.Count(), 'Invoices after a refused run');
    end;

    [Test]
    procedure AdminChangesTheSetupAndTheSecret()
    var
        BKIBookingAppointment: Record "BKI Booking Appointment";
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        // [SCENARIO] BKI - Admin changes the setup and the client secret.
        Initialize(BKIBookingAppointment);
        LibraryLowerPermissions.SetO365Basic();
        LibraryLowerPermissions.AddPermissionSet(AdminRoleTok);

        // [WHEN] The admin changes the setup and stores a new secret
        BKIBookingSyncSetup.Get();
        LibraryAssert.IsTrue(BKIBookingSyncSetup.WritePermission(), 'Admin has write permission on the setup');
        BKIBookingSyncSetup."Tenant ID" := 'contoso.onmicrosoft.com';
        BKIBookingSyncSetup.Modify();
        BKIBookingSyncSetup.SetClientSecret(SecretStrSubstNo(NewSecretTok));

        // [THEN] Both are kept
        BKIBookingSyncSetup.Get();
        LibraryAssert.AreEqual('contoso.onmicrosoft.com', BKIBookingSyncSetup."Tenant ID", 'Tenant ID');
        LibraryAssert.IsTrue(BKIBookingSyncSetup.HasClientSecret(), 'Client secret stored');
    end;

    local procedure CreateInvoicesFor(BKIBookingAppointment: Record "BKI Booking Appointment"): List of [Code[20]]
    var
        SelectedAppointment: Record "BKI Booking Appointment";
    begin
        SelectedAppointment.SetRange("Business ID", BKIBookingAppointment."Business ID");
        SelectedAppointment.SetRange("Appointment ID", BKIBookingAppointment."Appointment ID");
        exit(BKIBookingsInvoicing.CreateInvoices(SelectedAppointment, false));
    end;
}

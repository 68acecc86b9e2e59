namespace Seed.BookingsInvoicing.Setup;

using Seed.BookingsInvoicing.Invoicing;

/// <summary>
/// Entry points from the retired Exchange-based Bookings pages: a notification that the old connection is retired,
/// with one-click actions that open the new setup or the new "Bookings Not Invoiced" list.
/// Public because notification actions call its procedures by name.
/// </summary>
codeunit 70470014 "BKI Legacy Redirect"
{
    Access = Public;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        RetiredSetupMsg: Label 'The Exchange-based Bookings connection is retired. Bookings invoicing now connects through Microsoft Graph with an app registration.';
        RetiredListMsg: Label 'This list used the retired Exchange-based Bookings connection. Your completed appointments are now in Bookings Not Invoiced.';
        OpenSetupActionLbl: Label 'Open Booking Sync Setup';
        OpenListActionLbl: Label 'Open Bookings Not Invoiced';
        RedirectTelemetryMsg: Label 'Bookings legacy page redirect used.', Locked = true;

    /// <summary>Shows the "connection retired" notification on an old setup page (Exchange Sync. Setup, Booking Sync. Setup, Booking Mailbox List).</summary>
    procedure SendSetupRetiredNotification()
    var
        RetiredNotification: Notification;
    begin
        RetiredNotification.Id := SetupNotificationId();
        RetiredNotification.Message := RetiredSetupMsg;
        RetiredNotification.Scope := NotificationScope::LocalScope;
        RetiredNotification.AddAction(OpenSetupActionLbl, Codeunit::"BKI Legacy Redirect", 'OpenSetupFromNotification');
        RetiredNotification.Send();
    end;

    /// <summary>Shows the "list moved" notification on the old Bookings Not Invoiced list (Booking Items).</summary>
    procedure SendListRetiredNotification()
    var
        RetiredNotification: Notification;
    begin
        RetiredNotification.Id := ListNotificationId();
        RetiredNotification.Message := RetiredListMsg;
        RetiredNotification.Scope := NotificationScope::LocalScope;
        RetiredNotification.AddAction(OpenListActionLbl, Codeunit::"BKI Legacy Redirect", 'OpenListFromNotification');
        RetiredNotification.AddAction(OpenSetupActionLbl, Codeunit::"BKI Legacy Redirect", 'OpenSetupFromNotification');
        RetiredNotification.Send();
    end;

    /// <summary>Notification action: opens the new setup.</summary>
    procedure OpenSetupFromNotification(RetiredNotification: Notification)
    begin
        OpenSetup();
    end;

    /// <summary>Notification action: opens the new list.</summary>
    procedure OpenListFromNotification(RetiredNotification: Notification)
    begin
        OpenBookingsNotInvoiced();
    end;

    /// <summary>Opens the new Booking Sync Setup page (or the assisted setup when nothing is set up yet).</summary>
    procedure OpenSetup()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
    begin
        LogRedirect('Setup');
        BKIBookingSyncSetup.GetSetup();
        Page.Run(Page::"BKI Booking Sync Setup", BKIBookingSyncSetup);
    end;

    /// <summary>Opens the new Bookings Not Invoiced list.</summary>
    procedure OpenBookingsNotInvoiced()
    begin
        LogRedirect('BookingsNotInvoiced');
        Page.Run(Page::"BKI Bookings Not Invoiced");
    end;

    procedure GetRetiredSetupMessage(): Text
    begin
        exit(RetiredSetupMsg);
    end;

    procedure GetRetiredListMessage(): Text
    begin
        exit(RetiredListMsg);
    end;

    local procedure SetupNotificationId(): Guid
    begin
        exit('6b0d8d3e-3c1f-4f7e-9a55-2f3c0f8a7d11');
    end;

    local procedure ListNotificationId(): Guid
    begin
        exit('9e4f2a61-0d7b-4b6c-8f0e-5a1d2c3b4e22');
    end;

    local procedure LogRedirect(Target: Text)
    var
        BKITelemetry: Codeunit "BKI Telemetry";
        Dimensions: Dictionary of [Text, Text];
    begin
        Dimensions.Add('Target', Target);
        BKITelemetry.LogUsage(BKITelemetry.LegacyRedirectEventId(), RedirectTelemetryMsg, Dimensions);
    end;
}

namespace Seed.BookingsInvoicing.Setup;

/// <summary>
/// The one place that sends telemetry for Bookings Invoicing. Event IDs are fixed here; callers pass only
/// system metadata (status codes, counts, classes, durations) and never names, e-mail addresses, IDs of
/// businesses or customers, secrets or tokens.
/// </summary>
codeunit 70470013 "BKI Telemetry"
{
    Access = Public;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        CategoryTok: Label 'BookingsInvoicing', Locked = true;
        CategoryDimTok: Label 'Category', Locked = true;

    /// <summary>Graph request succeeded.</summary>
    procedure GraphRequestEventId(): Text
    begin
        exit('BKI0001');
    end;

    /// <summary>Graph request failed after retries.</summary>
    procedure GraphRequestFailedEventId(): Text
    begin
        exit('BKI0002');
    end;

    /// <summary>Graph request retried after 429/503/504 or a refreshed token after 401.</summary>
    procedure GraphRequestRetriedEventId(): Text
    begin
        exit('BKI0003');
    end;

    /// <summary>Access token acquired.</summary>
    procedure TokenAcquiredEventId(): Text
    begin
        exit('BKI0004');
    end;

    /// <summary>Access token could not be acquired.</summary>
    procedure TokenFailedEventId(): Text
    begin
        exit('BKI0005');
    end;

    procedure ConnectionTestSucceededEventId(): Text
    begin
        exit('BKI0010');
    end;

    procedure ConnectionTestFailedEventId(): Text
    begin
        exit('BKI0011');
    end;

    procedure BusinessSelectedEventId(): Text
    begin
        exit('BKI0020');
    end;

    procedure BackgroundSyncScheduledEventId(): Text
    begin
        exit('BKI0030');
    end;

    procedure BackgroundSyncRemovedEventId(): Text
    begin
        exit('BKI0031');
    end;

    procedure WizardCompletedEventId(): Text
    begin
        exit('BKI0040');
    end;

    procedure LegacyRedirectEventId(): Text
    begin
        exit('BKI0050');
    end;

    procedure InstalledEventId(): Text
    begin
        exit('BKI0060');
    end;

    procedure UpgradedEventId(): Text
    begin
        exit('BKI0061');
    end;

    /// <summary>Logs a normal event with system metadata only.</summary>
    procedure LogUsage(EventId: Text; Message: Text; Dimensions: Dictionary of [Text, Text])
    begin
        Log(EventId, Message, Verbosity::Normal, Dimensions);
    end;

    /// <summary>Logs a warning with system metadata only.</summary>
    procedure LogWarning(EventId: Text; Message: Text; Dimensions: Dictionary of [Text, Text])
    begin
        Log(EventId, Message, Verbosity::Warning, Dimensions);
    end;

    /// <summary>Logs an error with system metadata only.</summary>
    procedure LogError(EventId: Text; Message: Text; Dimensions: Dictionary of [Text, Text])
    begin
        Log(EventId, Message, Verbosity::Error, Dimensions);
    end;

    local procedure Log(EventId: Text; Message: Text; LogVerbosity: Verbosity; Dimensions: Dictionary of [Text, Text])
    begin
        if not Dimensions.ContainsKey(CategoryDimTok) then
            Dimensions.Add(CategoryDimTok, CategoryTok);
        OnBeforeLogMessage(EventId, Message, Dimensions);
        Session.LogMessage(EventId, Message, LogVerbosity, DataClassification::SystemMetadata, TelemetryScope::ExtensionPublisher, Dimensions);
    end;

    /// <summary>Raised for every telemetry signal; tests use it to check that no personal data or secret is sent.</summary>
    [InternalEvent(false)]
    local procedure OnBeforeLogMessage(EventId: Text; Message: Text; Dimensions: Dictionary of [Text, Text])
    begin
    end;
}

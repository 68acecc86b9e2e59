// Model of System Application codeunit 8711 Telemetry: forwards to Session.LogMessage (which the runtime records).
// BC adds the calling app's identity to the custom dimensions; the runtime's Session.LogMessage knows the caller.
namespace System.Telemetry;

codeunit 8711 Telemetry
{
    Access = Public;
    InherentEntitlements = X;
    InherentPermissions = X;

    procedure LogMessage(EventId: Text; Message: Text; Verbosity: Verbosity; DataClassification: DataClassification; TelemetryScope: TelemetryScope; CustomDimensions: Dictionary of [Text, Text])
    begin
        Session.LogMessage(EventId, Message, Verbosity, DataClassification, TelemetryScope, CustomDimensions);
    end;

    procedure LogMessage(EventId: Text; Message: Text; Verbosity: Verbosity; DataClassification: DataClassification; TelemetryScope: TelemetryScope)
    var
        NoDimensions: Dictionary of [Text, Text];
    begin
        LogMessage(EventId, Message, Verbosity, DataClassification, TelemetryScope, NoDimensions);
    end;

    procedure LogMessage(EventId: Text; Message: Text; Verbosity: Verbosity; DataClassification: DataClassification)
    var
        NoDimensions: Dictionary of [Text, Text];
    begin
        LogMessage(EventId, Message, Verbosity, DataClassification, TelemetryScope::ExtensionPublisher, NoDimensions);
    end;
}

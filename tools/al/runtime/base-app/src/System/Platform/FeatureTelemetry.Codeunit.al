// Model of System Application codeunit 8703 "Feature Telemetry": each call becomes one Session.LogMessage with the
// feature name, event name (and error text/call stack, uptake status) in the custom dimensions. BC's exact dimension
// names and its uptake de-duplication are not reproduced (see README).
namespace System.Telemetry;

codeunit 8703 "Feature Telemetry"
{
    Access = Public;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        FeatureNameTok: Label 'FeatureName', Locked = true;
        EventNameTok: Label 'EventName', Locked = true;
        ErrorTextTok: Label 'ErrorText', Locked = true;
        ErrorCallStackTok: Label 'ErrorCallStack', Locked = true;
        UptakeStatusTok: Label 'FeatureUptakeStatus', Locked = true;
        IsPerUserTok: Label 'IsPerUser', Locked = true;
        UsageMessageTok: Label 'Feature used: %1', Locked = true;
        ErrorMessageTok: Label 'Error in feature: %1', Locked = true;
        UptakeMessageTok: Label 'Uptake status of feature %1: %2', Locked = true;

    procedure LogUsage(EventId: Text; FeatureName: Text; EventName: Text)
    var
        NoDimensions: Dictionary of [Text, Text];
    begin
        LogUsage(EventId, FeatureName, EventName, NoDimensions);
    end;

    procedure LogUsage(EventId: Text; FeatureName: Text; EventName: Text; CustomDimensions: Dictionary of [Text, Text])
    var
        Dimensions: Dictionary of [Text, Text];
    begin
        CopyDimensions(CustomDimensions, Dimensions);
        Dimensions.Set(FeatureNameTok, FeatureName);
        Dimensions.Set(EventNameTok, EventName);
        Session.LogMessage(EventId, StrSubstNo(UsageMessageTok, FeatureName), Verbosity::Normal, DataClassification::SystemMetadata, TelemetryScope::All, Dimensions);
    end;

    procedure LogError(EventId: Text; FeatureName: Text; EventName: Text; ErrorText: Text)
    var
        NoDimensions: Dictionary of [Text, Text];
    begin
        LogError(EventId, FeatureName, EventName, ErrorText, '', NoDimensions);
    end;

    procedure LogError(EventId: Text; FeatureName: Text; EventName: Text; ErrorText: Text; ErrorCallStack: Text)
    var
        NoDimensions: Dictionary of [Text, Text];
    begin
        LogError(EventId, FeatureName, EventName, ErrorText, ErrorCallStack, NoDimensions);
    end;

    procedure LogError(EventId: Text; FeatureName: Text; EventName: Text; ErrorText: Text; ErrorCallStack: Text; CustomDimensions: Dictionary of [Text, Text])
    var
        Dimensions: Dictionary of [Text, Text];
    begin
        CopyDimensions(CustomDimensions, Dimensions);
        Dimensions.Set(FeatureNameTok, FeatureName);
        Dimensions.Set(EventNameTok, EventName);
        Dimensions.Set(ErrorTextTok, ErrorText);
        Dimensions.Set(ErrorCallStackTok, ErrorCallStack);
        Session.LogMessage(EventId, StrSubstNo(ErrorMessageTok, FeatureName), Verbosity::Error, DataClassification::SystemMetadata, TelemetryScope::All, Dimensions);
    end;

    procedure LogUptake(EventId: Text; FeatureName: Text; FeatureUptakeStatus: Enum "Feature Uptake Status")
    var
        NoDimensions: Dictionary of [Text, Text];
    begin
        LogUptake(EventId, FeatureName, FeatureUptakeStatus, false, NoDimensions);
    end;

    procedure LogUptake(EventId: Text; FeatureName: Text; FeatureUptakeStatus: Enum "Feature Uptake Status"; CustomDimensions: Dictionary of [Text, Text])
    begin
        LogUptake(EventId, FeatureName, FeatureUptakeStatus, false, CustomDimensions);
    end;

    procedure LogUptake(EventId: Text; FeatureName: Text; FeatureUptakeStatus: Enum "Feature Uptake Status"; IsPerUser: Boolean)
    var
        NoDimensions: Dictionary of [Text, Text];
    begin
        LogUptake(EventId, FeatureName, FeatureUptakeStatus, IsPerUser, NoDimensions);
    end;

    procedure LogUptake(EventId: Text; FeatureName: Text; FeatureUptakeStatus: Enum "Feature Uptake Status"; IsPerUser: Boolean; CustomDimensions: Dictionary of [Text, Text])
    var
        Dimensions: Dictionary of [Text, Text];
    begin
        CopyDimensions(CustomDimensions, Dimensions);
        Dimensions.Set(FeatureNameTok, FeatureName);
        Dimensions.Set(UptakeStatusTok, Format(FeatureUptakeStatus));
        Dimensions.Set(IsPerUserTok, Format(IsPerUser, 0, 9));
        Session.LogMessage(EventId, StrSubstNo(UptakeMessageTok, FeatureName, FeatureUptakeStatus), Verbosity::Normal, DataClassification::SystemMetadata, TelemetryScope::All, Dimensions);
    end;

    local procedure CopyDimensions(Source: Dictionary of [Text, Text]; var Target: Dictionary of [Text, Text])
    var
        DimensionKey: Text;
    begin
        foreach DimensionKey in Source.Keys() do
            Target.Set(DimensionKey, Source.Get(DimensionKey));
    end;
}

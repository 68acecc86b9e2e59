namespace Seed.BookingsInvoicing.Sync;

using Seed.BookingsInvoicing.Setup;

/// <summary>
/// Reads one Graph list (all pages) inside its own Codeunit.Run, so a failed request or a malformed response is
/// caught by the caller, logged, and leaves nothing half-written: records are written only after the whole list is read.
/// </summary>
codeunit 70470042 "BKI Graph Fetch"
{
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        RelativePath: Text;
        Values: JsonArray;

    trigger OnRun()
    var
        BKIGraphClient: Codeunit "BKI Graph Client";
    begin
        Clear(Values);
        BKIGraphClient.GetAllPages(RelativePath, Values);
    end;

    /// <summary>Sets the Graph path (relative to the Graph endpoint) to read.</summary>
    procedure SetPath(NewRelativePath: Text)
    begin
        RelativePath := NewRelativePath;
    end;

    /// <summary>The items of every page read by the last successful run.</summary>
    procedure GetValues(var Result: JsonArray)
    begin
        Result := Values;
    end;
}

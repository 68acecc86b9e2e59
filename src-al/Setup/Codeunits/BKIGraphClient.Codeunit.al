namespace Seed.BookingsInvoicing.Setup;

/// <summary>
/// The one path for every Microsoft Graph call of Bookings Invoicing. Paths are relative to the Graph Endpoint of
/// the setup (e.g. '/solutions/bookingBusinesses'); the client adds the bearer token (cached per session), sends and
/// reads JSON, retries throttled requests (429/503/504, honouring Retry-After), refreshes the token once after a 401,
/// sends telemetry without personal data and turns failures into actionable errors.
/// </summary>
codeunit 70470001 "BKI Graph Client"
{
    Access = Public;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        BKIGraphClientImpl: Codeunit "BKI Graph Client Impl.";

    /// <summary>Sends GET and returns the JSON body. Raises an actionable error when the request fails after retries.</summary>
    /// <param name="RelativePath">A path relative to the Graph Endpoint, e.g. BusinessPath() + '/services', or an absolute @odata.nextLink.</param>
    /// <returns>The response body.</returns>
    procedure GetJson(RelativePath: Text): JsonObject
    begin
        exit(BKIGraphClientImpl.GetJson(RelativePath));
    end;

    /// <summary>Sends GET for a collection and follows every @odata.nextLink, adding each page's "value" items to Values.</summary>
    /// <param name="RelativePath">The collection path. Do not add $top: Bookings stops paging when it is set.</param>
    /// <param name="Values">Receives the items of all pages (appended).</param>
    procedure GetAllPages(RelativePath: Text; var Values: JsonArray)
    begin
        BKIGraphClientImpl.GetAllPages(RelativePath, Values);
    end;

    /// <summary>Sends GET without raising an error.</summary>
    /// <param name="RelativePath">A path relative to the Graph Endpoint.</param>
    /// <param name="Result">The response body when the call succeeds.</param>
    /// <param name="ErrorText">The actionable error message when the call fails.</param>
    /// <returns>true when the request succeeded.</returns>
    procedure TryGetJson(RelativePath: Text; var Result: JsonObject; var ErrorText: Text): Boolean
    begin
        exit(BKIGraphClientImpl.TryGetJson(RelativePath, Result, ErrorText));
    end;

    /// <summary>Sends POST with a JSON body and returns the JSON response (e.g. the created object).</summary>
    /// <param name="RelativePath">A path relative to the Graph Endpoint.</param>
    /// <param name="Body">The request body.</param>
    /// <returns>The response body.</returns>
    procedure PostJson(RelativePath: Text; Body: JsonObject): JsonObject
    begin
        exit(BKIGraphClientImpl.PostJson(RelativePath, Body));
    end;

    /// <summary>Sends PATCH with the changed properties only. Graph answers 204 No Content.</summary>
    /// <param name="RelativePath">A path relative to the Graph Endpoint.</param>
    /// <param name="Body">The changed properties.</param>
    procedure PatchJson(RelativePath: Text; Body: JsonObject)
    begin
        BKIGraphClientImpl.PatchJson(RelativePath, Body);
    end;

    /// <summary>Sends DELETE.</summary>
    /// <param name="RelativePath">A path relative to the Graph Endpoint.</param>
    procedure Delete(RelativePath: Text)
    begin
        BKIGraphClientImpl.Delete(RelativePath);
    end;

    /// <summary>The path of the selected Bookings business, '/solutions/bookingBusinesses/{url-encoded business ID}'.</summary>
    /// <returns>The business path; raises an actionable error when no business is selected.</returns>
    procedure BusinessPath(): Text
    begin
        exit(BKIGraphClientImpl.BusinessPath());
    end;

    /// <summary>Forgets the cached access token of this session.</summary>
    procedure ResetTokenCache()
    begin
        BKIGraphClientImpl.ResetTokenCache();
    end;

    /// <summary>The class of the last failure of this instance (None after a success).</summary>
    internal procedure GetLastErrorClass(): Enum "BKI Graph Error Class"
    begin
        exit(BKIGraphClientImpl.GetLastErrorClass());
    end;

    /// <summary>The HTTP status code of the last response of this instance (0 when none was received).</summary>
    internal procedure GetLastStatusCode(): Integer
    begin
        exit(BKIGraphClientImpl.GetLastStatusCode());
    end;

    /// <summary>The path of the list of Bookings businesses.</summary>
    internal procedure BusinessesPath(): Text
    begin
        exit(BKIGraphClientImpl.BusinessesPath());
    end;
}

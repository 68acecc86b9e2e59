namespace Seed.BookingsInvoicing.Test.Setup;

using Seed.BookingsInvoicing.Setup;
using Seed.BookingsInvoicing.Sync;
using System.TestLibraries.Utilities;
using System.Threading;

/// <summary>
/// Data helper of the setup tests: a configured setup with random credentials, the fake token provider, canned
/// Graph responses from .resources/Setup and writers for TestHttpResponseMessage.
/// </summary>
codeunit 70470200 "BKI Setup Test Library"
{
    var
        Any: Codeunit Any;
        GraphEndpointTok: Label 'https://graph.microsoft.com/v1.0', Locked = true;
        AuthorityUrlTok: Label 'https://login.microsoftonline.com', Locked = true;

    /// <summary>Deletes setup and job queue entries of the app and uses the fake token provider.</summary>
    procedure ResetEnvironment()
    var
        BKIBookingSyncSetup: Record "BKI Booking Sync Setup";
        JobQueueEntry: Record "Job Queue Entry";
        BKIFakeTokenProvider: Codeunit "BKI Fake Token Provider";
        BKIGraphTokenCache: Codeunit "BKI Graph Token Cache";
    begin
        if BKIBookingSyncSetup.Get() then begin
            if BKIBookingSyncSetup.HasClientSecret() then
                BKIBookingSyncSetup.DeleteClientSecret();
            BKIBookingSyncSetup.Delete();
        end;
        JobQueueEntry.SetRange("Object Type to Run", JobQueueEntry."Object Type to Run"::Codeunit);
        JobQueueEntry.SetRange("Object ID to Run", Codeunit::"BKI Bookings Sync");
        JobQueueEntry.DeleteAll();
        BKIFakeTokenProvider.Reset();
        BKIGraphTokenCache.SetTokenProvider(BKIFakeTokenProvider);
    end;

    /// <summary>A setup with random tenant and client IDs, a random secret and the default endpoints, no business.</summary>
    procedure CreateConnectedSetup(var BKIBookingSyncSetup: Record "BKI Booking Sync Setup"; var ClientSecret: Text)
    begin
        ResetEnvironment();
        BKIBookingSyncSetup.GetSetup();
        BKIBookingSyncSetup.Validate("Tenant ID", CopyStr(Format(Any.GuidValue(), 0, 4), 1, 100));
        BKIBookingSyncSetup.Validate("Client ID", CopyStr(Format(Any.GuidValue(), 0, 4), 1, 100));
        BKIBookingSyncSetup.Validate("Authority URL", AuthorityUrlTok);
        BKIBookingSyncSetup.Validate("Graph Endpoint", GraphEndpointTok);
        ClientSecret := 'S3cr3t~' + Any.AlphanumericText(33);
        BKIBookingSyncSetup.SetClientSecret(ClientSecret);
        BKIBookingSyncSetup.Modify(true);
    end;

    /// <summary>A connected setup with a selected business.</summary>
    procedure CreateSetupWithBusiness(var BKIBookingSyncSetup: Record "BKI Booking Sync Setup"; BusinessId: Text)
    var
        ClientSecret: Text;
    begin
        CreateConnectedSetup(BKIBookingSyncSetup, ClientSecret);
        BKIBookingSyncSetup.Validate("Business ID", CopyStr(BusinessId, 1, MaxStrLen(BKIBookingSyncSetup."Business ID")));
        BKIBookingSyncSetup."Business Display Name" := 'Contoso Lunch Delivery';
        BKIBookingSyncSetup.Modify(true);
    end;

    procedure GraphUrl(RelativePath: Text): Text
    begin
        exit(GraphEndpointTok + RelativePath);
    end;

    procedure BusinessesUrl(): Text
    begin
        exit(GraphUrl('/solutions/bookingBusinesses'));
    end;

    procedure ContosoBusinessId(): Text
    begin
        exit('Contosolunchdelivery@contoso.com');
    end;

    procedure FabrikamBusinessId(): Text
    begin
        exit('Fabrikamfitness@contoso.com');
    end;

    /// <summary>The text of a canned response in .resources/Setup.</summary>
    procedure GetResponse(FileName: Text): Text
    var
        InStr: InStream;
        Content: Text;
        Line: Text;
    begin
        NavApp.GetResource('Setup/' + FileName, InStr, TextEncoding::UTF8);
        while not InStr.EOS() do begin
            InStr.ReadText(Line);
            Content += Line;
        end;
        exit(Content);
    end;

    /// <summary>Writes a JSON response with a status code.</summary>
    procedure WriteResponse(var Response: TestHttpResponseMessage; StatusCode: Integer; Body: Text)
    var
        ContentHeaders: HttpHeaders;
    begin
        Response.HttpStatusCode := StatusCode;
        if Body = '' then
            exit;
        Response.Content.WriteFrom(Body);
        Response.Content.GetHeaders(ContentHeaders);
        if ContentHeaders.Contains('Content-Type') then
            ContentHeaders.Remove('Content-Type');
        ContentHeaders.Add('Content-Type', 'application/json');
    end;

    /// <summary>Writes a canned JSON response file with a status code.</summary>
    procedure WriteResponseFile(var Response: TestHttpResponseMessage; StatusCode: Integer; FileName: Text)
    begin
        WriteResponse(Response, StatusCode, GetResponse(FileName));
    end;

    /// <summary>Writes a throttling response with a Retry-After header (seconds).</summary>
    procedure WriteThrottled(var Response: TestHttpResponseMessage; StatusCode: Integer; RetryAfterSeconds: Integer)
    begin
        WriteResponseFile(Response, StatusCode, 'error-429-throttled.json');
        if RetryAfterSeconds >= 0 then
            Response.Headers.Add('Retry-After', Format(RetryAfterSeconds));
    end;
}

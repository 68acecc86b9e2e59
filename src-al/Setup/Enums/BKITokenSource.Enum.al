namespace Seed.BookingsInvoicing.Setup;

/// <summary>
/// How the access token is requested. OAuth2 uses the System Application codeunit "OAuth2" (recommended);
/// Direct Request posts the client credentials grant to the token endpoint itself, which also works against a
/// local Graph emulator.
/// </summary>
enum 70470001 "BKI Token Source" implements "BKI Token Provider"
{
    Extensible = true;
    Access = Public;

    value(0; OAuth2)
    {
        Caption = 'OAuth2 (System Application)';
        Implementation = "BKI Token Provider" = "BKI OAuth2 Token Provider";
    }
    value(1; "Direct Request")
    {
        Caption = 'Direct request to the token endpoint';
        Implementation = "BKI Token Provider" = "BKI Http Token Provider";
    }
}

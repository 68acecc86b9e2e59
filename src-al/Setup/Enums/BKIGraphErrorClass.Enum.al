namespace Seed.BookingsInvoicing.Setup;

/// <summary>
/// Why a call to Microsoft Graph (or the token request before it) failed, so that callers and the
/// Test Connection action can show the one thing the user has to fix.
/// </summary>
enum 70470000 "BKI Graph Error Class"
{
    Extensible = false;
    Access = Public;

    value(0; None)
    {
        Caption = 'None';
    }
    value(1; "Not Configured")
    {
        Caption = 'Not configured';
    }
    value(2; "Bad Secret")
    {
        Caption = 'Client secret rejected';
    }
    value(3; "Wrong Tenant")
    {
        Caption = 'Tenant or application not found';
    }
    value(4; "Missing Consent")
    {
        Caption = 'Missing admin consent or permission';
    }
    value(5; Network)
    {
        Caption = 'Network error';
    }
    value(6; Throttled)
    {
        Caption = 'Throttled';
    }
    value(7; "Not Found")
    {
        Caption = 'Not found';
    }
    value(8; Unauthorized)
    {
        Caption = 'Access token rejected';
    }
    value(9; "Service Error")
    {
        Caption = 'Service error';
    }
    value(10; "Bad Request")
    {
        Caption = 'Request rejected';
    }
    value(11; "Invalid Response")
    {
        Caption = 'Invalid response';
    }
}

namespace Seed.BookingsInvoicing.Sync;

/// <summary>Status of one synchronization run.</summary>
enum 70470013 "BKI Sync Status"
{
    Extensible = false;
    Caption = 'Sync Status';

    value(0; Running)
    {
        Caption = 'Running';
    }
    value(1; Succeeded)
    {
        Caption = 'Succeeded';
    }
    value(2; "Completed with Errors")
    {
        Caption = 'Completed with Errors';
    }
    value(3; Failed)
    {
        Caption = 'Failed';
    }
}

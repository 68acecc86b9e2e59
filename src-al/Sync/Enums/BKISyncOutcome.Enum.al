namespace Seed.BookingsInvoicing.Sync;

/// <summary>What processing one record did; counted on the sync log.</summary>
enum 70470014 "BKI Sync Outcome"
{
    Extensible = false;
    Caption = 'Sync Outcome';

    value(0; Skipped)
    {
        Caption = 'Skipped';
    }
    value(1; Created)
    {
        Caption = 'Created';
    }
    value(2; Updated)
    {
        Caption = 'Updated';
    }
    value(3; Failed)
    {
        Caption = 'Failed';
    }
}

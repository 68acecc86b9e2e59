namespace Seed.BookingsInvoicing.Sync;

/// <summary>What a sync log error row is about.</summary>
enum 70470012 "BKI Sync Entity"
{
    Extensible = false;
    Caption = 'Sync Entity';

    value(0; Run)
    {
        Caption = 'Run';
    }
    value(1; Customer)
    {
        Caption = 'Customer';
    }
    value(2; Service)
    {
        Caption = 'Service';
    }
    value(3; Appointment)
    {
        Caption = 'Appointment';
    }
    value(4; Staff)
    {
        Caption = 'Staff';
    }
}

namespace Seed.BookingsInvoicing.Sync;

/// <summary>Invoicing state of an appointment, kept in step with the invoice link table.</summary>
enum 70470011 "BKI Appt. Invoice Status"
{
    Extensible = false;
    Caption = 'Appointment Invoice Status';

    value(0; "Not Invoiced")
    {
        Caption = 'Not Invoiced';
    }
    value(1; "Partly Invoiced")
    {
        Caption = 'Partly Invoiced';
    }
    value(2; Invoiced)
    {
        Caption = 'Invoiced';
    }
    value(3; "Marked as Invoiced")
    {
        Caption = 'Marked as Invoiced';
    }
}

namespace Seed.BookingsInvoicing.Invoicing;

/// <summary>What the user can open to fix an invoicing problem.</summary>
enum 70470017 "BKI Invoice Fix Action"
{
    Extensible = false;
    Caption = 'Invoice Fix Action';

    value(0; None)
    {
        Caption = 'None';
    }
    value(1; "Open Customers")
    {
        Caption = 'Open Customers';
    }
    value(2; "Open Customer")
    {
        Caption = 'Open Customer';
    }
    value(3; "Open Service Mappings")
    {
        Caption = 'Open Service Mappings';
    }
    value(4; "Open Setup")
    {
        Caption = 'Open Booking Sync Setup';
    }
    value(5; "Open Appointment")
    {
        Caption = 'Open Appointment';
    }
    value(6; "Open Invoice")
    {
        Caption = 'Open Invoice';
    }
}

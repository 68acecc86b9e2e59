namespace Seed.BookingsInvoicing.Invoicing;

/// <summary>Where an invoiced appointment customer is billed.</summary>
enum 70470015 "BKI Invoice Link Doc. Type"
{
    Extensible = false;
    Caption = 'Invoice Link Document Type';

    value(0; Invoice)
    {
        Caption = 'Invoice';
    }
    value(1; "Posted Invoice")
    {
        Caption = 'Posted Invoice';
    }
    value(2; "Marked as Invoiced")
    {
        Caption = 'Marked as Invoiced';
    }
}

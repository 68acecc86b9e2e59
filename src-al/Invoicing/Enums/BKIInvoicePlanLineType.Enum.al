namespace Seed.BookingsInvoicing.Invoicing;

/// <summary>The kinds of rows in an invoicing plan (Preview) and result.</summary>
enum 70470016 "BKI Invoice Plan Line Type"
{
    Extensible = false;
    Caption = 'Invoice Plan Line Type';

    value(0; Invoice)
    {
        Caption = 'Invoice';
    }
    value(1; Line)
    {
        Caption = 'Line';
    }
    value(2; Problem)
    {
        Caption = 'Problem';
    }
}

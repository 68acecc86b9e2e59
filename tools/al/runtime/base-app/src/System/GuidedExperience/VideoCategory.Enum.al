namespace System.Media;

enum 3710 "Video Category"
{
    Extensible = true;

    value(0; Uncategorized)
    {
        Caption = 'Uncategorized';
    }
}

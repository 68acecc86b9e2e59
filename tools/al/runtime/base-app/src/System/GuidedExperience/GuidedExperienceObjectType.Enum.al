namespace System.Environment.Configuration;

enum 1991 "Guided Experience Object Type"
{
    Extensible = false;

    value(0; Uninitialized)
    {
        Caption = 'Uninitialized';
    }

    value(1; Codeunit)
    {
        Caption = 'Codeunit';
    }

    value(2; Page)
    {
        Caption = 'Page';
    }

    value(3; Report)
    {
        Caption = 'Report';
    }

    value(4; XmlPort)
    {
        Caption = 'XmlPort';
    }
}

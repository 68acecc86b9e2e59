namespace System.Environment.Configuration;

enum 1990 "Guided Experience Type"
{
    Extensible = false;

    value(0; "Assisted Setup")
    {
        Caption = 'Assisted Setup';
    }

    value(1; "Manual Setup")
    {
        Caption = 'Manual Setup';
    }

    value(2; Learn)
    {
        Caption = 'Learn';
    }

    value(3; Tour)
    {
        Caption = 'Tour';
    }

    value(4; "Spotlight Tour")
    {
        Caption = 'Spotlight Tour';
    }

    value(5; Video)
    {
        Caption = 'Video';
    }

    value(6; "Application Feature")
    {
        Caption = 'Application Feature';
    }
}

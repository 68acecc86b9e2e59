namespace System.Telemetry;

enum 8703 "Feature Uptake Status"
{
    Extensible = false;

    value(0; Undiscovered)
    {
        Caption = 'Undiscovered';
    }
    value(1; Discovered)
    {
        Caption = 'Discovered';
    }
    value(2; "Set up")
    {
        Caption = 'Set up';
    }
    value(3; Used)
    {
        Caption = 'Used';
    }
}

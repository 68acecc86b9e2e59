namespace Seed.Runtime.Scenario;

/// <summary>One calendarView appointment as the scenario keeps it (always temporary).</summary>
table 50300 "Scenario Appointment"
{
    TableType = Temporary;
    DataClassification = SystemMetadata;

    fields
    {
        field(1; Id; Text[250]) { }
        field(2; "Service Name"; Text[100]) { }
        field(3; "Start (UTC)"; DateTime) { }
        field(4; "Customer Name"; Text[100]) { }
        field(5; "Customer E-Mail"; Text[80]) { }
    }

    keys
    {
        key(PK; Id) { }
    }
}

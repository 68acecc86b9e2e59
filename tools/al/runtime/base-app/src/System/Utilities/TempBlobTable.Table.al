// Model of System Application table 4150 "Temp Blob" (internal, temporary): the storage behind codeunit "Temp Blob".
namespace System.Utilities;

table 4150 "Temp Blob"
{
    Access = Internal;
    Caption = 'Temp Blob';
    DataClassification = SystemMetadata;
    TableType = Temporary;

    fields
    {
        field(1; "Primary Key"; Integer)
        {
            Caption = 'Primary Key';
        }
        field(2; Blob; Blob)
        {
            Caption = 'Blob';
        }
    }

    keys
    {
        key(Key1; "Primary Key")
        {
            Clustered = true;
        }
    }
}

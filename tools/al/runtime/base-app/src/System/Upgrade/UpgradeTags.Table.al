// Model of System Application table 9999 "Upgrade Tags": one row per tag and company ('' = per database).
namespace System.Upgrade;

table 9999 "Upgrade Tags"
{
    Access = Internal;
    Caption = 'Upgrade Tags';
    DataPerCompany = false;
    DataClassification = SystemMetadata;

    fields
    {
        field(1; Tag; Code[250])
        {
            Caption = 'Tag';
        }
        field(2; "Tag Timestamp"; DateTime)
        {
            Caption = 'Tag Timestamp';
        }
        field(3; Company; Code[30])
        {
            Caption = 'Company';
        }
        field(4; "Skipped Upgrade"; Boolean)
        {
            Caption = 'Skipped Upgrade';
        }
    }

    keys
    {
        key(Key1; Tag, Company)
        {
            Clustered = true;
        }
    }
}

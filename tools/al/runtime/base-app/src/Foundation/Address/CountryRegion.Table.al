// Model of table 9 "Country/Region": code, name and ISO codes (address formats and VAT/intrastat fields are left out).
namespace Microsoft.Foundation.Address;

table 9 "Country/Region"
{
    Caption = 'Country/Region';
    DataCaptionFields = "Code", Name;
    DataClassification = CustomerContent;

    fields
    {
        field(1; "Code"; Code[10])
        {
            Caption = 'Code';
            NotBlank = true;
        }
        field(2; Name; Text[50])
        {
            Caption = 'Name';
        }
        field(4; "ISO Code"; Code[2])
        {
            Caption = 'ISO Code';
        }
        field(5; "ISO Numeric Code"; Code[3])
        {
            Caption = 'ISO Numeric Code';
        }
        field(11; "Last Modified Date Time"; DateTime)
        {
            Caption = 'Last Modified Date Time';
            Editable = false;
        }
    }

    keys
    {
        key(Key1; "Code")
        {
            Clustered = true;
        }
        key(Key2; "ISO Code")
        {
        }
    }

    trigger OnInsert()
    begin
        "Last Modified Date Time" := CurrentDateTime();
    end;

    trigger OnModify()
    begin
        "Last Modified Date Time" := CurrentDateTime();
    end;
}

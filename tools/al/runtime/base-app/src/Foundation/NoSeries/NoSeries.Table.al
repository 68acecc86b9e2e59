// Model of table 308 "No. Series" (Business Foundation app in BC 26; see README "Apps merged into this stand-in").
namespace Microsoft.Foundation.NoSeries;

table 308 "No. Series"
{
    Caption = 'No. Series';
    DataClassification = CustomerContent;

    fields
    {
        field(1; "Code"; Code[20])
        {
            Caption = 'Code';
            NotBlank = true;
        }
        field(2; Description; Text[100])
        {
            Caption = 'Description';
        }
        field(3; "Default Nos."; Boolean)
        {
            Caption = 'Default Nos.';
            InitValue = true;

            trigger OnValidate()
            begin
                if (not "Default Nos.") and (not "Manual Nos.") then
                    Error(DefaultOrManualErr, FieldCaption("Default Nos."), FieldCaption("Manual Nos."));
            end;
        }
        field(4; "Manual Nos."; Boolean)
        {
            Caption = 'Manual Nos.';

            trigger OnValidate()
            begin
                if (not "Default Nos.") and (not "Manual Nos.") then
                    Error(DefaultOrManualErr, FieldCaption("Default Nos."), FieldCaption("Manual Nos."));
            end;
        }
        field(5; "Date Order"; Boolean)
        {
            Caption = 'Date Order';
        }
    }

    keys
    {
        key(Key1; "Code")
        {
            Clustered = true;
        }
    }

    trigger OnDelete()
    var
        NoSeriesLine: Record "No. Series Line";
    begin
        NoSeriesLine.SetRange("Series Code", Code);
        NoSeriesLine.DeleteAll();
    end;

    var
        DefaultOrManualErr: Label '%1 or %2 must be selected.', Comment = '%1 = Default Nos. caption, %2 = Manual Nos. caption';
}

// Model of System Application table 1990 "Guided Experience Item" (internal): one row per registered setup,
// link, video or feature. BC versions a row whenever its texts change and records the registering extension;
// the model keeps one row per item (Version 0) and leaves the extension fields blank.
namespace System.Environment.Configuration;

using System.Media;

table 1990 "Guided Experience Item"
{
    Access = Internal;
    Caption = 'Guided Experience Item';
    DataClassification = SystemMetadata;

    fields
    {
        field(1; "Code"; Code[300])
        {
            Caption = 'Code';
        }
        field(2; Version; Integer)
        {
            Caption = 'Version';
        }
        field(3; "Object Type to Run"; Enum "Guided Experience Object Type")
        {
            Caption = 'Object Type to Run';
        }
        field(4; "Object ID to Run"; Integer)
        {
            Caption = 'Object ID to Run';
        }
        field(5; Link; Text[250])
        {
            Caption = 'Link';
        }
        field(6; Title; Text[2048])
        {
            Caption = 'Title';
        }
        field(7; "Short Title"; Text[50])
        {
            Caption = 'Short Title';
        }
        field(8; Description; Text[1024])
        {
            Caption = 'Description';
        }
        field(9; "Expected Duration"; Integer)
        {
            Caption = 'Expected Duration';
        }
        field(10; "Extension ID"; Guid)
        {
            Caption = 'Extension ID';
        }
        field(11; "Extension Name"; Text[250])
        {
            Caption = 'Extension Name';
        }
        field(12; Completed; Boolean)
        {
            Caption = 'Completed';
        }
        field(13; "Guided Experience Type"; Enum "Guided Experience Type")
        {
            Caption = 'Guided Experience Type';
        }
        field(14; "Assisted Setup Group"; Enum "Assisted Setup Group")
        {
            Caption = 'Assisted Setup Group';
        }
        field(15; "Help Url"; Text[250])
        {
            Caption = 'Help Url';
        }
        field(16; "Video Url"; Text[250])
        {
            Caption = 'Video Url';
        }
        field(17; "Video Category"; Enum "Video Category")
        {
            Caption = 'Video Category';
        }
        field(18; "Manual Setup Category"; Enum "Manual Setup Category")
        {
            Caption = 'Manual Setup Category';
        }
        field(19; Keywords; Text[250])
        {
            Caption = 'Keywords';
        }
    }

    keys
    {
        key(Key1; "Code", Version)
        {
            Clustered = true;
        }
        key(Key2; "Guided Experience Type", "Object Type to Run", "Object ID to Run", Link, Version)
        {
        }
        key(Key3; "Assisted Setup Group")
        {
        }
    }
}

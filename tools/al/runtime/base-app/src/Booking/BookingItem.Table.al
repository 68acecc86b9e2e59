// Stand-in for table 6707 "Booking Item". In BC it is TableType = MicrosoftGraph over the retired Bookings endpoint;
// here it is an ordinary table with the same fields (page 1638 uses it as a temporary source).
namespace Microsoft.Booking;

table 6707 "Booking Item"
{
    Caption = 'Booking Item';
    DataClassification = CustomerContent;

    fields
    {
        field(1; Id; Text[250])
        {
            Caption = 'Id';
        }
        field(2; "Start Date"; Blob)
        {
            Caption = 'Start Date';
        }
        field(3; "End Date"; Blob)
        {
            Caption = 'End Date';
        }
        field(4; Duration; Duration)
        {
            Caption = 'Duration';
        }
        field(5; Notes; Text[250])
        {
            Caption = 'Notes';
        }
        field(7; "Price Type"; Option)
        {
            Caption = 'Price Type';
            OptionCaption = 'undefined,fixedPrice,startingAt,hourly,free,priceVaries,callUs,notSet';
            OptionMembers = undefined,fixedPrice,startingAt,hourly,free,priceVaries,callUs,notSet;
        }
        field(8; Price; Decimal)
        {
            Caption = 'Price';
        }
        field(10; "Service ID"; Text[50])
        {
            Caption = 'Service ID';
        }
        field(11; "Service Name"; Text[50])
        {
            Caption = 'Service Name';
        }
        field(13; "Customer ID"; Text[50])
        {
            Caption = 'Customer ID';
        }
        field(14; "Customer Email"; Text[80])
        {
            Caption = 'Customer Email';
        }
        field(15; "Customer Name"; Text[100])
        {
            Caption = 'Customer Name';
        }
        field(18; "Invoice Link"; Text[250])
        {
            Caption = 'Invoice Link';
        }
        field(19; "Invoice No."; Text[250])
        {
            Caption = 'Invoice No.';
        }
        field(21; "Invoice Status"; Option)
        {
            Caption = 'Invoice Status';
            OptionCaption = 'draft,reviewing,open,canceled,paid,corrective';
            OptionMembers = draft,reviewing,open,canceled,paid,corrective;
        }
        field(22; "Invoice Amount"; Decimal)
        {
            Caption = 'Invoice Amount';
        }
        field(23; "Invoice Date"; Blob)
        {
            Caption = 'Invoice Date';
        }
    }

    keys
    {
        key(Key1; Id)
        {
            Clustered = true;
        }
    }
}

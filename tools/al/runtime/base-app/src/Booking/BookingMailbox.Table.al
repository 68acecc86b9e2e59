// Stand-in for table 6704 "Booking Mailbox". In BC it is TableType = Exchange (read through EWS); here it is an
// ordinary table that pages use as a temporary source.
namespace Microsoft.Booking;

table 6704 "Booking Mailbox"
{
    Caption = 'Booking Mailbox';
    DataClassification = CustomerContent;

    fields
    {
        field(1; SmtpAddress; Text[80])
        {
            Caption = 'SMTP Address';
        }
        field(2; Name; Text[250])
        {
            Caption = 'Name';
        }
        field(3; "Display Name"; Text[250])
        {
            Caption = 'Display Name';
        }
    }

    keys
    {
        key(Key1; SmtpAddress)
        {
            Clustered = true;
        }
    }
}

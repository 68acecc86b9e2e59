// Stand-in for page 6704 "Booking Mailbox List" (not obsolete in BC): same controls over a temporary "Booking Mailbox" source.
namespace Microsoft.Booking;

page 6704 "Booking Mailbox List"
{
    Caption = 'Booking Mailbox List';
    DeleteAllowed = false;
    Editable = false;
    InsertAllowed = false;
    ModifyAllowed = false;
    PageType = List;
    SourceTable = "Booking Mailbox";
    SourceTableTemporary = true;

    layout
    {
        area(Content)
        {
            repeater(Group)
            {
                field("Service Address"; Rec.SmtpAddress)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Bookings Mailbox Address';
                    ToolTip = 'Specifies the SMTP address of the Bookings mailbox.';
                }
                field(Name; Rec.Name)
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the name of the Bookings mailbox.';
                }
                field("Display Name"; Rec."Display Name")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the full name of the Bookings mailbox.';
                }
            }
        }
    }
}

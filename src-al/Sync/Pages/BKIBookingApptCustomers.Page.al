namespace Seed.BookingsInvoicing.Sync;

/// <summary>The customers of one appointment.</summary>
page 70470025 "BKI Booking Appt. Customers"
{
    Caption = 'Appointment Customers';
    PageType = ListPart;
    SourceTable = "BKI Booking Appt. Customer";
    SourceTableView = sorting("Business ID", "Appointment ID", Sequence);
    ApplicationArea = All;
    Editable = false;

    layout
    {
        area(Content)
        {
            repeater(Customers)
            {
                field(Name; Rec.Name)
                {
                    ToolTip = 'Specifies the name of the customer in Bookings.';
                }
                field("E-Mail"; Rec."E-Mail")
                {
                    ToolTip = 'Specifies the e-mail of the customer, used to find the Business Central customer.';
                }
                field(Phone; Rec.Phone)
                {
                    ToolTip = 'Specifies the phone number of the customer in Bookings.';
                }
                field("Time Zone"; Rec."Time Zone")
                {
                    ToolTip = 'Specifies the time zone of the customer in Bookings.';
                }
            }
        }
    }
}

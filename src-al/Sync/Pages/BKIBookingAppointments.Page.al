namespace Seed.BookingsInvoicing.Sync;

using Seed.BookingsInvoicing.Invoicing;

/// <summary>All synchronized appointments, with their invoicing state; read-only (Bookings is the source).</summary>
page 70470023 "BKI Booking Appointments"
{
    Caption = 'Booking Appointments';
    PageType = List;
    SourceTable = "BKI Booking Appointment";
    SourceTableView = sorting("Business ID", "Start Date Time (UTC)") order(descending);
    UsageCategory = Lists;
    ApplicationArea = All;
    Editable = false;
    AdditionalSearchTerms = 'Bookings appointments';

    layout
    {
        area(Content)
        {
            repeater(Appointments)
            {
                field("Local Date"; Rec."Local Date")
                {
                    ToolTip = 'Specifies the start date of the appointment in the time zone of the Bookings business.';
                }
                field("Local Time"; Rec."Local Time")
                {
                    ToolTip = 'Specifies the start time of the appointment in the time zone of the Bookings business.';
                }
                field("Start Date Time (UTC)"; Rec."Start Date Time (UTC)")
                {
                    ToolTip = 'Specifies the start of the appointment (shown in your time zone).';
                    Visible = false;
                }
                field("Duration (Min.)"; Rec."Duration (Min.)")
                {
                    ToolTip = 'Specifies the duration of the appointment in minutes.';
                }
                field("Service Name"; Rec."Service Name")
                {
                    ToolTip = 'Specifies the Bookings service of the appointment.';
                }
                field("First Customer Name"; Rec."First Customer Name")
                {
                    ToolTip = 'Specifies the (first) customer of the appointment.';
                }
                field("Customer Count"; Rec."Customer Count")
                {
                    ToolTip = 'Specifies how many customers the appointment has.';
                }
                field("Staff Names"; Rec."Staff Names")
                {
                    ToolTip = 'Specifies the staff members of the appointment.';
                }
                field(Price; Rec.Price)
                {
                    ToolTip = 'Specifies the price of the appointment in Bookings.';
                }
                field("Price Type"; Rec."Price Type")
                {
                    ToolTip = 'Specifies the Bookings price type, which decides the invoice quantity and price.';
                }
                field(Cancelled; Rec.Cancelled)
                {
                    ToolTip = 'Specifies that the appointment was cancelled or removed in Bookings.';
                }
                field("Invoice Status"; Rec."Invoice Status")
                {
                    ToolTip = 'Specifies whether the appointment is invoiced.';
                }
                field("Invoice No."; Rec."Invoice No.")
                {
                    ToolTip = 'Specifies the (last) invoice of the appointment.';
                }
                field("Appointment ID"; Rec."Appointment ID")
                {
                    ToolTip = 'Specifies the ID of the appointment in Bookings.';
                    Visible = false;
                }
            }
            part(Customers; "BKI Booking Appt. Customers")
            {
                Caption = 'Customers';
                SubPageLink = "Business ID" = field("Business ID"), "Appointment ID" = field("Appointment ID");
            }
        }
    }

    actions
    {
        area(Processing)
        {
            action(UnmarkAsInvoiced)
            {
                Caption = 'Unmark as Invoiced';
                ToolTip = 'Undo Mark as Invoiced for the selected appointments, so they return to Bookings Not Invoiced. Real invoices stay linked.';
                Image = ReOpen;

                trigger OnAction()
                var
                    BKIBookingAppointment: Record "BKI Booking Appointment";
                    BKIBookingsInvoicing: Codeunit "BKI Bookings Invoicing";
                begin
                    CurrPage.SetSelectionFilter(BKIBookingAppointment);
                    BKIBookingsInvoicing.UnmarkAsInvoiced(BKIBookingAppointment);
                    CurrPage.Update(false);
                end;
            }
            action(MarkAsInvoiced)
            {
                Caption = 'Mark as Invoiced';
                ToolTip = 'Mark the selected appointments as billed elsewhere, so they leave Bookings Not Invoiced.';
                Image = Approve;

                trigger OnAction()
                var
                    BKIBookingAppointment: Record "BKI Booking Appointment";
                    BKIBookingsInvoicing: Codeunit "BKI Bookings Invoicing";
                begin
                    CurrPage.SetSelectionFilter(BKIBookingAppointment);
                    BKIBookingsInvoicing.MarkAsInvoiced(BKIBookingAppointment);
                    CurrPage.Update(false);
                end;
            }
        }
        area(Navigation)
        {
            action(OpenInvoice)
            {
                Caption = 'Open Invoice';
                ToolTip = 'Open the draft or posted invoice of the appointment.';
                Image = Invoice;

                trigger OnAction()
                var
                    BKIBookingsInvoicingImpl: Codeunit "BKI Bookings Invoicing Impl.";
                begin
                    BKIBookingsInvoicingImpl.OpenInvoice(Rec);
                end;
            }
        }
    }
}

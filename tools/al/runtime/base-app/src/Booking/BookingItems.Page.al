// Stand-in for page 1638 "Booking Items" (caption "Bookings Not Invoiced"; ObsoleteState Pending, tag 28.0, as in BC):
// same controls and action names over a temporary "Booking Item" source; the actions raise an error.
namespace Microsoft.Booking;

using Microsoft.Sales.Customer;

page 1638 "Booking Items"
{
    Caption = 'Bookings Not Invoiced';
    Editable = false;
    PageType = List;
    SourceTable = "Booking Item";
    SourceTableTemporary = true;
    ObsoleteReason = 'Booking sync is no longer part of Business Central 365.';
    ObsoleteState = Pending;
    ObsoleteTag = '28.0';

    layout
    {
        area(Content)
        {
            repeater(Group)
            {
                field(StartDate; StartDate)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Start Date';
                    ToolTip = 'Specifies the start date and time of the booking.';
                }
                field(Duration; Rec.Duration)
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the duration of the booking that is not yet invoiced.';
                }
                field(Customer; CustomerName)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Customer';
                    ToolTip = 'Specifies the name of the customer that the booking is for.';
                
                    trigger OnDrillDown()
                    var
                        Customer: Record Customer;
                    begin
                        if Customer.FindByEmail(Customer, Rec."Customer Email") then
                            Page.Run(Page::"Customer Card", Customer);
                    end;
                }
                field(Service; Rec."Service Name")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the subject of the booking.';
                }
            }
        }
    }

    actions
    {
        area(Processing)
        {
            action(Invoice)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Create Invoice';
                Image = NewSalesInvoice;
                ToolTip = 'Create a new sales invoice for the selected booking.';

                trigger OnAction()
                begin
                    Error(RetiredFeatureErr);
                end;
            }
            action("Invoice Customer")
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Create Invoice for Customer';
                Image = SuggestCustomerBill;
                ToolTip = 'Create a new sales invoice for all items booked by the customer on the selected booking.';

                trigger OnAction()
                begin
                    Error(RetiredFeatureErr);
                end;
            }
            action(MarkInvoiced)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Mark as Invoiced';
                Image = ClearLog;
                ToolTip = 'Mark the bookings that you have selected as invoiced. This removes the bookings from this view.';

                trigger OnAction()
                begin
                    Error(RetiredFeatureErr);
                end;
            }
            action(InvoiceAll)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Invoice All';
                Image = NewInvoice;
                ToolTip = 'Create invoices for all the uninvoiced bookings.';

                trigger OnAction()
                begin
                    Error(RetiredFeatureErr);
                end;
            }
        }
        area(Promoted)
        {
            group(Category_Report)
            {
                Caption = 'Report';
            }
            group(Category_Category4)
            {
                Caption = 'Invoicing';
                actionref(Invoice_Promoted; Invoice)
                {
                }
                actionref("Invoice Customer_Promoted"; "Invoice Customer")
                {
                }
                actionref(MarkInvoiced_Promoted; MarkInvoiced)
                {
                }
                actionref(InvoiceAll_Promoted; InvoiceAll)
                {
                }
            }
        }
    }

    var
        StartDate: DateTime;
        CustomerName: Text;
        NoCustomerSelectedTxt: Label '<No customer selected>';
        RetiredFeatureErr: Label 'This action belongs to the retired Exchange-based Bookings integration and does nothing in the AL runtime''s base-application model.';

    trigger OnAfterGetRecord()
    begin
        if Rec."Customer Name" <> '' then
            CustomerName := Rec."Customer Name"
        else
            CustomerName := NoCustomerSelectedTxt;
        StartDate := 0DT;
    end;
}

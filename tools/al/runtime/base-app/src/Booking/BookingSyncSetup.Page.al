// Stand-in for page 6702 "Booking Sync. Setup" (ObsoleteState Pending, tag 28.0, as in BC): same controls and
// action names so that page extensions anchor as in BC; the actions of the retired feature raise an error.
namespace Microsoft.Booking;

page 6702 "Booking Sync. Setup"
{
    Caption = 'Booking Sync. Setup';
    DeleteAllowed = false;
    InsertAllowed = false;
    PageType = Card;
    SourceTable = "Booking Sync";
    ObsoleteReason = 'Booking sync is no longer part of Business Central 365.';
    ObsoleteState = Pending;
    ObsoleteTag = '28.0';

    layout
    {
        area(Content)
        {
            group(General)
            {
                Caption = 'General';
                field("Bookings Company"; Rec."Booking Mailbox Name")
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Bookings Company';
                    ToolTip = 'Specifies the Bookings company with which to synchronize customers and services.';
                }
                field(SyncUser; Rec."User ID")
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Synchronization User';
                    Editable = false;
                    ToolTip = 'Specifies the user on behalf of which to run the synchronization.';
                }
                field(Enabled; Rec.Enabled)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Enable Background Synchronization';
                    ToolTip = 'Specifies if background synchronization is enabled.';
                }
            }
            group(Synchronize)
            {
                Caption = 'Synchronize';
                field("Sync Customers"; Rec."Sync Customers")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies if Bookings customers are synchronized.';
                }
                field("Customer Templ. Code"; Rec."Customer Templ. Code")
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Default Customer Template';
                    ToolTip = 'Specifies the template to use when creating new customers in Business Central.';
                }
                field("Sync Services"; Rec."Sync Services")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies if Bookings services are synchronized.';
                }
                field("Item Template Code"; Rec."Item Template Code")
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Default Item Template';
                    ToolTip = 'Specifies the template to use when creating new service items in Business Central.';
                }
            }
        }
    }

    actions
    {
        area(Processing)
        {
            group(Process)
            {
                Caption = 'Process';
                action("Validate Exchange Connection")
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Validate Exchange Connection';
                    Image = ValidateEmailLoggingSetup;
                    ToolTip = 'Test that the provided exchange server connection works.';

                    trigger OnAction()
                    begin
                        Error(RetiredFeatureErr);
                    end;
                }
                action(SyncWithBookings)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Sync with Bookings';
                    Image = Refresh;
                    ToolTip = 'Synchronize changes in Business Central with your Bookings company.';

                    trigger OnAction()
                    begin
                        Error(RetiredFeatureErr);
                    end;
                }
                action(SetSyncUser)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Set Sync. User';
                    Image = User;
                    ToolTip = 'Set the synchronization user to be you.';

                    trigger OnAction()
                    begin
                        Error(RetiredFeatureErr);
                    end;
                }
                action("Invoice Appointments")
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Invoice Appointments';
                    Image = NewInvoice;
                    ToolTip = 'View Bookings appointments and create invoices for them.';

                    trigger OnAction()
                    begin
                        Page.Run(Page::"Booking Items");
                    end;
                }
            }
            group(Filter)
            {
                Caption = 'Filter';
                action(SetCustomerSyncFilter)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Set Customer Sync Filter';
                    Image = ContactFilter;
                    ToolTip = 'Set a filter to use when syncing customers.';

                    trigger OnAction()
                    begin
                        Error(RetiredFeatureErr);
                    end;
                }
                action(SetServiceSyncFilter)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Set Service Sync Filter';
                    Image = Filter;
                    ToolTip = 'Set a filter to use when syncing services.';

                    trigger OnAction()
                    begin
                        Error(RetiredFeatureErr);
                    end;
                }
            }
        }
        area(Promoted)
        {
            group(Category_Process)
            {
                Caption = 'Process';
                actionref("Invoice Appointments_Promoted"; "Invoice Appointments")
                {
                }
                actionref("Validate Exchange Connection_Promoted"; "Validate Exchange Connection")
                {
                }
                actionref(SyncWithBookings_Promoted; SyncWithBookings)
                {
                }
                actionref(SetSyncUser_Promoted; SetSyncUser)
                {
                }
            }
            group(Category_Report)
            {
                Caption = 'Report';
            }
            group(Category_Category4)
            {
                Caption = 'Navigate';
            }
            group(Category_Category5)
            {
                Caption = 'Filter';
                actionref(SetCustomerSyncFilter_Promoted; SetCustomerSyncFilter)
                {
                }
                actionref(SetServiceSyncFilter_Promoted; SetServiceSyncFilter)
                {
                }
            }
        }
    }

    var
        RetiredFeatureErr: Label 'This action belongs to the retired Exchange-based Bookings integration and does nothing in the AL runtime''s base-application model.';

    trigger OnOpenPage()
    begin
        if not Rec.Get() then begin
            Rec.Init();
            Rec."User ID" := CopyStr(UserId(), 1, MaxStrLen(Rec."User ID"));
            Rec.Insert();
        end;
    end;
}

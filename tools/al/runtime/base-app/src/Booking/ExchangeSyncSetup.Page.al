// Stand-in for page 6700 "Exchange Sync. Setup" (ObsoleteState Pending, tag 28.0, as in BC): same controls and action names
// so that page extensions anchor as in BC; the actions of the retired feature raise an error.
namespace Microsoft.CRM.Outlook;

using Microsoft.Booking;

page 6700 "Exchange Sync. Setup"
{
    ApplicationArea = Basic, Suite;
    Caption = 'Exchange Sync. Setup';
    InsertAllowed = false;
    PageType = Card;
    SourceTable = "Exchange Sync";
    ObsoleteReason = 'Contact sync is now moved to assisted setup experience with new Graph based implementation.';
    ObsoleteState = Pending;
    ObsoleteTag = '28.0';
    UsageCategory = None;

    layout
    {
        area(Content)
        {
            group(General)
            {
                Caption = 'General';
                field("User ID"; Rec."User ID")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the ID of the user who is synchronizing with Exchange.';
                }
                field(ExchangeAccountUserName; ExchangeAccountUserName)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Authentication Email';
                    Editable = false;
                    ExtendedDatatype = EMail;
                    ToolTip = 'Specifies the email account that is used to connect to Exchange.';
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
            }
            group(Navigate)
            {
                Caption = 'Navigate';
                action(SetupBookingSync)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Bookings Sync. Setup';
                    Image = BookingsLogo;
                    ObsoleteReason = 'Bookings is no longer part of Business Central 365.';
                    ObsoleteState = Pending;
                    ObsoleteTag = '28.0';
                    ToolTip = 'Open the Bookings Sync. Setup page.';

                    trigger OnAction()
                    begin
                        Page.RunModal(Page::"Booking Sync. Setup");
                    end;
                }
                action(SetupContactSync)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Contact Sync. Setup';
                    Image = ExportSalesPerson;
                    ToolTip = 'Open the Contact Sync. Setup page.';

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
                actionref("Validate Exchange Connection_Promoted"; "Validate Exchange Connection")
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
                actionref(SetupBookingSync_Promoted; SetupBookingSync)
                {
                    ObsoleteReason = 'Bookings is no longer part of Business Central 365.';
                    ObsoleteState = Pending;
                    ObsoleteTag = '28.0';
                }
                actionref(SetupContactSync_Promoted; SetupContactSync)
                {
                }
            }
        }
    }

    var
        ExchangeAccountUserName: Text[250];
        RetiredFeatureErr: Label 'This action belongs to the retired Exchange-based Bookings integration and does nothing in the AL runtime''s base-application model.';

    trigger OnOpenPage()
    begin
        if not Rec.Get(UserId()) then begin
            Rec.Init();
            Rec."User ID" := CopyStr(UserId(), 1, MaxStrLen(Rec."User ID"));
            Rec.Insert();
        end;
    end;
}

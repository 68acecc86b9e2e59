namespace Seed.BookingsInvoicing.Sync;

/// <summary>The records and requests that failed in sync runs, with the error that stopped each.</summary>
page 70470022 "BKI Sync Log Errors"
{
    Caption = 'Bookings Sync Errors';
    PageType = List;
    SourceTable = "BKI Sync Log Error";
    SourceTableView = sorting("Entry No.") order(descending);
    ApplicationArea = All;
    UsageCategory = None;
    Editable = false;

    layout
    {
        area(Content)
        {
            repeater(Errors)
            {
                field("Log Entry No."; Rec."Log Entry No.")
                {
                    ToolTip = 'Specifies the sync run the error belongs to.';
                }
                field(Entity; Rec.Entity)
                {
                    ToolTip = 'Specifies what failed: a customer, a service, an appointment, the staff list or the whole run.';
                }
                field("Record Key"; Rec."Record Key")
                {
                    ToolTip = 'Specifies which record or request failed (e.g. the appointment ID or the customer e-mail).';
                }
                field("Error Message"; Rec."Error Message")
                {
                    ToolTip = 'Specifies the error.';
                }
                field("Logged At"; Rec."Logged At")
                {
                    ToolTip = 'Specifies when the error happened.';
                }
            }
        }
    }

    actions
    {
        area(Processing)
        {
            action(ShowCallStack)
            {
                Caption = 'Show Error Details';
                ToolTip = 'Show the full error with its call stack, for support.';
                Image = ViewDetails;

                trigger OnAction()
                begin
                    Message(ErrorDetailsMsg, Rec."Error Message", Rec.GetCallStack());
                end;
            }
        }
    }

    var
        ErrorDetailsMsg: Label '%1\%2', Comment = '%1 = error message, %2 = call stack';
}

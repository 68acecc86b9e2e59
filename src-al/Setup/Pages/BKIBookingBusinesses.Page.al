namespace Seed.BookingsInvoicing.Setup;

/// <summary>
/// The Bookings businesses the app registration can see, read from Microsoft Graph. Used to pick the business to invoice.
/// </summary>
page 70470001 "BKI Booking Businesses"
{
    Caption = 'Bookings Businesses';
    PageType = List;
    SourceTable = "BKI Booking Business";
    SourceTableTemporary = true;
    SourceTableView = sorting("Sort Order");
    ApplicationArea = All;
    UsageCategory = None;
    Editable = false;
    InsertAllowed = false;
    DeleteAllowed = false;
    ModifyAllowed = false;

    layout
    {
        area(Content)
        {
            repeater(Businesses)
            {
                field("Display Name"; Rec."Display Name")
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies the name of the Bookings business.';
                }
                field("E-Mail"; Rec."E-Mail")
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies the e-mail address of the Bookings business.';
                }
                field("Time Zone"; Rec."Time Zone")
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies the time zone of the Bookings business.';
                }
                field("Currency Code"; Rec."Currency Code")
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies the currency of the prices of the Bookings business.';
                }
                field(Id; Rec.Id)
                {
                    ApplicationArea = All;
                    ToolTip = 'Specifies the ID of the Bookings business (the address of its mailbox).';
                }
                field(Phone; Rec.Phone)
                {
                    ApplicationArea = All;
                    Visible = false;
                    ToolTip = 'Specifies the phone number of the Bookings business.';
                }
                field("Details Error"; Rec."Details Error")
                {
                    ApplicationArea = All;
                    Visible = false;
                    ToolTip = 'Specifies why the details of this business could not be read.';
                }
            }
        }
    }

    actions
    {
        area(Processing)
        {
            action(LoadDetails)
            {
                ApplicationArea = All;
                Caption = 'Load Details';
                Image = Refresh;
                ToolTip = 'Read the e-mail address, time zone and currency of the selected business from Bookings.';

                trigger OnAction()
                var
                    BKIBusinessSelection: Codeunit "BKI Business Selection";
                begin
                    BKIBusinessSelection.TryLoadDetails(Rec);
                    Rec.Modify();
                    CurrPage.Update(false);
                end;
            }
        }
    }

    /// <summary>Fills the page with the businesses read from Graph.</summary>
    procedure SetBusinesses(var TempBookingBusiness: Record "BKI Booking Business" temporary)
    var
        CurrentId: Text[250];
    begin
        CurrentId := TempBookingBusiness.Id;
        Rec.Reset();
        Rec.DeleteAll();
        TempBookingBusiness.Reset();
        if TempBookingBusiness.FindSet() then
            repeat
                Rec := TempBookingBusiness;
                Rec.Insert();
            until TempBookingBusiness.Next() = 0;
        Rec.SetCurrentKey("Sort Order");
        if CurrentId <> '' then
            if Rec.Get(CurrentId) then
                exit;
        if Rec.FindFirst() then;
    end;

    /// <summary>Returns the business the user selected.</summary>
    procedure GetSelectedBusiness(var TempBookingBusiness: Record "BKI Booking Business" temporary)
    begin
        TempBookingBusiness := Rec;
    end;
}

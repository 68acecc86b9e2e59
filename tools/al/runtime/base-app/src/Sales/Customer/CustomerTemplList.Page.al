namespace Microsoft.Sales.Customer;

page 1381 "Customer Templ. List"
{
    ApplicationArea = Basic, Suite;
    Caption = 'Customer Templates';
    CardPageId = "Customer Templ. Card";
    Editable = false;
    PageType = List;
    SourceTable = "Customer Templ.";
    UsageCategory = Administration;

    layout
    {
        area(Content)
        {
            repeater(Control1)
            {
                field("Code"; Rec.Code)
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the code of the template.';
                }
                field(Description; Rec.Description)
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the description of the template.';
                }
                field("Contact Type"; Rec."Contact Type")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies whether customers created from the template are persons or companies.';
                }
            }
        }
    }
}

// Model of page 1383 "Item Templ. List".
namespace Microsoft.Inventory.Item;

page 1383 "Item Templ. List"
{
    ApplicationArea = Basic, Suite;
    Caption = 'Item Templates';
    CardPageId = "Item Templ. Card";
    Editable = false;
    PageType = List;
    SourceTable = "Item Templ.";
    UsageCategory = Administration;

    layout
    {
        area(Content)
        {
            repeater(Control1)
            {
                field(Code; Rec.Code)
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the code of the template.';
                }
                field(Description; Rec.Description)
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the description of the template.';
                }
                field(Type; Rec.Type)
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the item type of items created from the template.';
                }
            }
        }
    }
}

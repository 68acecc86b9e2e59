// Conformance: page objects the RT Pages tests drive (card, list, list part, page extension, notification actions).
table 50150 "RT Page Item"
{
    DataClassification = CustomerContent;

    fields
    {
        field(1; "No."; Code[20]) { }
        field(2; Description; Text[100])
        {
            trigger OnValidate()
            begin
                if Description = 'bad' then
                    Error('Description cannot be bad.');
                "Search Description" := UpperCase(Description);
            end;
        }
        field(3; "Search Description"; Code[100]) { }
        field(4; Quantity; Decimal) { }
        field(5; Blocked; Boolean) { }
        field(6; "Line Count"; Integer)
        {
            FieldClass = FlowField;
            CalcFormula = count("RT Page Line" where("Item No." = field("No.")));
            Editable = false;
        }
        field(7; Category; Option) { OptionMembers = " ",Service,Goods; }
    }
    keys
    {
        key(PK; "No.") { Clustered = true; }
        key(Desc; Description) { }
    }

    trigger OnInsert()
    begin
        if "No." = '' then
            "No." := 'AUTO';
    end;
}

table 50151 "RT Page Line"
{
    DataClassification = CustomerContent;

    fields
    {
        field(1; "Item No."; Code[20]) { }
        field(2; "Line No."; Integer) { }
        field(3; Text; Text[50]) { }
    }
    keys
    {
        key(PK; "Item No.", "Line No.") { Clustered = true; }
    }
}

page 50152 "RT Item Card"
{
    PageType = Card;
    SourceTable = "RT Page Item";
    Caption = 'RT Item Card';

    layout
    {
        area(Content)
        {
            group(General)
            {
                field("No."; Rec."No.") { }
                field(Description; Rec.Description)
                {
                    trigger OnValidate()
                    begin
                        ValidateCount += 1;
                        LastValidated := Rec.Description;
                    end;
                }
                field(Quantity; Rec.Quantity)
                {
                    Editable = not Rec.Blocked;
                }
                field(Blocked; Rec.Blocked) { }
                field("Line Count"; Rec."Line Count")
                {
                    trigger OnDrillDown()
                    begin
                        Message('Lines of %1', Rec."No.");
                    end;
                }
                field(Category; Rec.Category) { }
                field(Note; NoteText)
                {
                    Caption = 'Note';

                    trigger OnValidate()
                    begin
                        NoteValidated := NoteText;
                    end;
                }
                field(DoubleQty; Rec.Quantity * 2)
                {
                    Caption = 'Double Quantity';
                    AutoFormatType = 1;
                }
                field(ShownCount; ValidateCount)
                {
                    Caption = 'Validations';
                    Editable = false;
                }
            }
            part(Lines; "RT Item Lines")
            {
                SubPageLink = "Item No." = field("No.");
            }
        }
    }

    actions
    {
        area(Processing)
        {
            action(Bump)
            {
                Caption = 'Bump';

                trigger OnAction()
                begin
                    Rec.Quantity += 1;
                    Rec.Modify();
                    Message('Bumped %1', Rec."No.");
                end;
            }
            action(AskFirst)
            {
                trigger OnAction()
                begin
                    if Confirm('Block %1?', false, Rec."No.") then begin
                        Rec.Blocked := true;
                        Rec.Modify();
                    end;
                end;
            }
            action(Fail)
            {
                trigger OnAction()
                begin
                    Rec.Quantity := 999;
                    Rec.Modify();
                    Error('Action failed for %1.', Rec."No.");
                end;
            }
            action(OpenList)
            {
                RunObject = page "RT Item List";
                RunPageLink = "No." = field("No.");
            }
            action(Hidden)
            {
                Visible = false;
                Enabled = false;
            }
            action(Notify)
            {
                trigger OnAction()
                var
                    RTPageNotifier: Codeunit "RT Page Notifier";
                begin
                    RTPageNotifier.SendFor(Rec."No.");
                end;
            }
        }
    }

    trigger OnOpenPage()
    begin
        OpenCount += 1;
    end;

    trigger OnAfterGetRecord()
    begin
        AfterGetCount += 1;
        NoteText := 'Note for ' + Rec."No.";
    end;

    trigger OnNewRecord(BelowxRec: Boolean)
    begin
        Rec.Quantity := 7;
    end;

    trigger OnClosePage()
    begin
        ClosedNo := Rec."No.";
    end;

    var
        NoteText: Text;
        NoteValidated: Text;
        LastValidated: Text;
        ClosedNo: Code[20];
        ValidateCount: Integer;
        OpenCount: Integer;
        AfterGetCount: Integer;

    procedure GetNoteValidated(): Text
    begin
        exit(NoteValidated);
    end;

    procedure GetOpenCount(): Integer
    begin
        exit(OpenCount);
    end;

    procedure GetClosedNo(): Code[20]
    begin
        exit(ClosedNo);
    end;
}

page 50153 "RT Item List"
{
    PageType = List;
    SourceTable = "RT Page Item";
    SourceTableView = sorting(Description) order(descending) where(Blocked = const(false));
    Editable = false;
    CardPageId = "RT Item Card";

    layout
    {
        area(Content)
        {
            repeater(Items)
            {
                field("No."; Rec."No.") { }
                field(Description; Rec.Description) { }
                field(Quantity; Rec.Quantity)
                {
                    StyleExpr = QtyStyle;
                }
                field(Marker; MarkerText) { }
            }
        }
    }

    actions
    {
        area(Processing)
        {
            action(CountSelected)
            {
                trigger OnAction()
                var
                    Item: Record "RT Page Item";
                begin
                    CurrPage.SetSelectionFilter(Item);
                    Message('%1 selected', Item.Count());
                end;
            }
            action(CloseMe)
            {
                trigger OnAction()
                begin
                    CurrPage.Close();
                end;
            }
        }
    }

    trigger OnAfterGetRecord()
    begin
        MarkerText := '#' + Rec."No.";
        QtyStyle := 'Standard';
        if Rec.Quantity > 10 then
            QtyStyle := 'Attention';
    end;

    var
        MarkerText: Text;
        QtyStyle: Text;
        Picked: Code[20];

    procedure SetPicked(No: Code[20])
    begin
        Picked := No;
    end;

    procedure GetPicked(): Code[20]
    begin
        exit(Picked);
    end;
}

page 50154 "RT Item Lines"
{
    PageType = ListPart;
    SourceTable = "RT Page Line";

    layout
    {
        area(Content)
        {
            repeater(Lines)
            {
                field("Line No."; Rec."Line No.") { }
                field(Text; Rec.Text) { }
            }
        }
    }
}

pageextension 50155 "RT Item Card Ext" extends "RT Item Card"
{
    layout
    {
        addafter(Description)
        {
            field(ExtField; Rec."Search Description") { }
        }
        modify(Category)
        {
            Visible = false;
        }
    }
    actions
    {
        addlast(Processing)
        {
            action(ExtAction)
            {
                trigger OnAction()
                begin
                    Message('Extension action on %1', Rec."No.");
                end;
            }
        }
    }

    trigger OnOpenPage()
    begin
        ExtOpened := true;
    end;

    var
        ExtOpened: Boolean;

    procedure WasExtOpened(): Boolean
    begin
        exit(ExtOpened);
    end;
}

codeunit 50157 "RT Page Notifier"
{
    procedure SendFor(No: Code[20])
    var
        ItemNotification: Notification;
    begin
        ItemNotification.Message := StrSubstNo('Item %1 needs attention', No);
        ItemNotification.Scope := NotificationScope::LocalScope;
        ItemNotification.SetData('No', No);
        ItemNotification.AddAction('Block it', Codeunit::"RT Page Notifier", 'BlockFromNotification');
        ItemNotification.Send();
    end;

    procedure BlockFromNotification(ItemNotification: Notification)
    var
        Item: Record "RT Page Item";
    begin
        Item.Get(ItemNotification.GetData('No'));
        Item.Blocked := true;
        Item.Modify();
    end;
}

page 50159 "RT Item Delayed Card"
{
    PageType = Card;
    SourceTable = "RT Page Item";
    DelayedInsert = true;

    layout
    {
        area(Content)
        {
            field("No."; Rec."No.") { }
            field(Description; Rec.Description) { }
        }
    }
}

codeunit 50160 "RT Page Subscriber"
{
    EventSubscriberInstance = Manual;

    var
        Log: Text;

    procedure GetLog(): Text
    begin
        exit(Log);
    end;

    [EventSubscriber(ObjectType::Page, Page::"RT Item Card", 'OnOpenPageEvent', '', false, false)]
    local procedure OnOpenCard(var Rec: Record "RT Page Item")
    begin
        Log += 'open;';
    end;

    [EventSubscriber(ObjectType::Page, Page::"RT Item Card", 'OnAfterGetCurrRecordEvent', '', false, false)]
    local procedure OnCurrent(var Rec: Record "RT Page Item")
    begin
        Log += 'current ' + Rec."No." + ';';
    end;

    [EventSubscriber(ObjectType::Page, Page::"RT Item Card", 'OnBeforeValidateEvent', 'Description', false, false)]
    local procedure OnBeforeValidateDescription(var Rec: Record "RT Page Item"; var xRec: Record "RT Page Item")
    begin
        Log += 'before validate ' + xRec.Description + '->' + Rec.Description + ';';
    end;

    [EventSubscriber(ObjectType::Page, Page::"RT Item Card", 'OnAfterValidateEvent', 'Description', false, false)]
    local procedure OnAfterValidateDescription(var Rec: Record "RT Page Item"; var xRec: Record "RT Page Item")
    begin
        Log += 'after validate;';
    end;

    [EventSubscriber(ObjectType::Page, Page::"RT Item Card", 'OnAfterActionEvent', 'ExtAction', false, false)]
    local procedure OnAfterExtAction(var Rec: Record "RT Page Item")
    begin
        Log += 'after action ' + Rec."No." + ';';
    end;

    [EventSubscriber(ObjectType::Page, Page::"RT Item Card", 'OnModifyRecordEvent', '', false, false)]
    local procedure OnModifyRecord(var Rec: Record "RT Page Item"; var xRec: Record "RT Page Item"; var AllowModify: Boolean)
    begin
        if Rec.Description = 'refused' then
            AllowModify := false;
    end;
}

page 50161 "RT Quantity Dialog"
{
    PageType = StandardDialog;
    Caption = 'Enter a quantity';

    layout
    {
        area(Content)
        {
            field(QuantityToSet; NewQuantity)
            {
                Caption = 'Quantity';

                trigger OnValidate()
                begin
                    if NewQuantity < 0 then
                        Error('The quantity cannot be negative.');
                end;
            }
        }
    }

    var
        NewQuantity: Decimal;

    procedure GetQuantity(): Decimal
    begin
        exit(NewQuantity);
    end;
}

codeunit 50162 "RT Item Poster"
{
    TableNo = "RT Page Item";

    trigger OnRun()
    begin
        if not Find() then
            Error('There is nothing to post.');
        Rec.Description := 'posted';
        Rec.Modify();
    end;
}

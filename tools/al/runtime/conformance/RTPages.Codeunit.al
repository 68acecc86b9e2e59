// Conformance: pages, TestPage, page handlers and notifications (objects in RTPageObjects.al).
codeunit 50158 "RT Pages"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";
        LibraryVariableStorage: Codeunit "Library - Variable Storage";

    local procedure Initialize()
    var
        Item: Record "RT Page Item";
        Line: Record "RT Page Line";
    begin
        LibraryVariableStorage.Clear();
        Item.DeleteAll();
        Line.DeleteAll();
        CreateItem('A', 'Alpha', 5, false);
        CreateItem('B', 'Bravo', 12, false);
        CreateItem('C', 'Charlie', 1, true);
        CreateLine('A', 10, 'first of A');
        CreateLine('A', 20, 'second of A');
        CreateLine('B', 10, 'only of B');
    end;

    local procedure CreateItem(No: Code[20]; Description: Text[100]; Qty: Decimal; IsBlocked: Boolean)
    var
        Item: Record "RT Page Item";
    begin
        Item."No." := No;
        Item.Description := Description;
        Item.Quantity := Qty;
        Item.Blocked := IsBlocked;
        Item.Insert();
    end;

    local procedure CreateLine(ItemNo: Code[20]; LineNo: Integer; LineText: Text[50])
    var
        Line: Record "RT Page Line";
    begin
        Line."Item No." := ItemNo;
        Line."Line No." := LineNo;
        Line.Text := LineText;
        Line.Insert();
    end;

    [Test]
    procedure OpenEditShowsFirstRecordAndRunsTriggers()
    var
        Item: Record "RT Page Item";
        ItemCard: TestPage "RT Item Card";
    begin
        // Source: Microsoft Learn, "TestPage.OpenEdit() Method" and "OnAfterGetRecord (Page) Trigger" (the page opens on the first record; globals set in OnAfterGetRecord are shown)
        Initialize();
        ItemCard.OpenEdit();
        Assert.AreEqual('A', ItemCard."No.".Value(), 'first record by primary key');
        Assert.AreEqual('Note for A', ItemCard.Note.Value(), 'global set in OnAfterGetRecord');
        Assert.AreEqual(10, ItemCard.DoubleQty.AsDecimal(), 'expression source');
        // Source: Microsoft Learn, "AutoFormatType Property" (1 = amounts, shown with the amount precision of 2 decimals)
        Assert.AreEqual('10.00', ItemCard.DoubleQty.Value(), 'amount format');
        Assert.AreEqual(2, ItemCard."Line Count".AsInteger(), 'FlowField calculated for the page');
        // Source: Microsoft Learn, "TestPage.GetField(Integer) Method" (the field control of that table field number)
        Assert.AreEqual('Alpha', ItemCard.GetField(Item.FieldNo(Description)).Value(), 'GetField');
        ItemCard.Close();
    end;

    [Test]
    procedure SetValueValidatesTableThenControlAndSaves()
    var
        Item: Record "RT Page Item";
        ItemCard: TestPage "RT Item Card";
    begin
        // Source: Microsoft Learn, "OnValidate (Page Field) Trigger" (runs after the table field's OnValidate) and "TestField.SetValue(Any) Method"
        Initialize();
        ItemCard.OpenEdit();
        ItemCard.Description.SetValue('changed');
        Assert.AreEqual('1', ItemCard.ShownCount.Value(), 'control OnValidate ran once');
        ItemCard.Close();
        Item.Get('A');
        Assert.AreEqual('changed', Item.Description, 'saved');
        Assert.AreEqual('CHANGED', Item."Search Description", 'table OnValidate ran');
    end;

    [Test]
    procedure SetValueEvaluatesTextIntoTheFieldType()
    var
        Item: Record "RT Page Item";
        ItemCard: TestPage "RT Item Card";
    begin
        // Source: Microsoft Learn, "TestField.SetValue(Any) Method" (the value is entered as the user would type it)
        Initialize();
        ItemCard.OpenEdit();
        ItemCard.Quantity.SetValue('2.5');
        ItemCard.Blocked.SetValue(true);
        ItemCard.Category.SetValue('Goods');
        ItemCard.Close();
        Item.Get('A');
        Assert.AreEqual(2.5, Item.Quantity, 'decimal from text');
        Assert.IsTrue(Item.Blocked, 'boolean');
        Assert.AreEqual(Item.Category::Goods, Item.Category, 'option by name');
    end;

    [Test]
    procedure SetValueErrorHasTestValidationCode()
    var
        Item: Record "RT Page Item";
        ItemCard: TestPage "RT Item Card";
    begin
        // Source: microsoft/BCApps tests check Assert.ExpectedErrorCode('TestValidation') after asserterror <TestPage field>.SetValue(...)
        Initialize();
        ItemCard.OpenEdit();
        asserterror ItemCard.Description.SetValue('bad');
        Assert.ExpectedError('Description cannot be bad.');
        Assert.ExpectedErrorCode('TestValidation');
        Item.Get('A');
        Assert.AreEqual('Alpha', Item.Description, 'not saved');
    end;

    [Test]
    procedure SetValueOnGlobalRunsControlOnValidate()
    var
        ItemCard: TestPage "RT Item Card";
    begin
        // Source: Microsoft Learn, "OnValidate (Page Field) Trigger" (a field on a variable is validated by the control trigger)
        Initialize();
        ItemCard.OpenEdit();
        ItemCard.Note.SetValue('typed');
        Assert.AreEqual('Note for A', ItemCard.Note.Value(), 'OnAfterGetRecord runs again after the save and sets the note');
        ItemCard.Close();
    end;

    [Test]
    procedure OpenViewIsNotEditable()
    var
        ItemCard: TestPage "RT Item Card";
    begin
        // Source: Microsoft Learn, "TestPage.OpenView() Method" (the page opens in view mode) and "TestPage.Editable() Method"
        Initialize();
        ItemCard.OpenView();
        Assert.IsFalse(ItemCard.Editable(), 'view mode');
        Assert.IsFalse(ItemCard.Description.Editable(), 'field in view mode');
        asserterror ItemCard.Description.SetValue('x');
        ItemCard.Close();
    end;

    [Test]
    procedure EditableAndVisibleExpressions()
    var
        ItemCard: TestPage "RT Item Card";
    begin
        // Source: Microsoft Learn, "Editable Property" and "Visible Property" (expressions are evaluated for the current record; page extensions modify properties)
        Initialize();
        ItemCard.OpenEdit();
        Assert.IsTrue(ItemCard.Quantity.Editable(), 'A is not blocked');
        Assert.IsFalse(ItemCard.Category.Visible(), 'modify(Category) in the page extension');
        Assert.IsFalse(ItemCard.DoubleQty.Editable(), 'an expression is not editable');
        Assert.IsFalse(ItemCard."Line Count".Editable(), 'a FlowField is not editable');
        ItemCard.GoToKey('C');
        Assert.IsFalse(ItemCard.Quantity.Editable(), 'C is blocked');
        Assert.IsFalse(ItemCard.Hidden.Visible(), 'action Visible = false');
        Assert.IsFalse(ItemCard.Hidden.Enabled(), 'action Enabled = false');
        ItemCard.Close();
    end;

    [Test]
    procedure ListUsesSourceTableView()
    var
        ItemList: TestPage "RT Item List";
    begin
        // Source: Microsoft Learn, "SourceTableView Property" (key, order and filters of the page's records)
        Initialize();
        ItemList.OpenView();
        Assert.AreEqual('B', ItemList."No.".Value(), 'descending by Description: Bravo first');
        Assert.IsTrue(ItemList.Next(), 'second record');
        Assert.AreEqual('A', ItemList."No.".Value(), 'then Alpha');
        Assert.IsFalse(ItemList.Next(), 'C is filtered out (Blocked)');
        Assert.IsTrue(ItemList.First(), 'first');
        Assert.AreEqual('#B', ItemList.Marker.Value(), 'OnAfterGetRecord of the current row');
        Assert.IsTrue(ItemList.Last(), 'last');
        Assert.AreEqual('A', ItemList."No.".Value(), 'last is Alpha');
        Assert.IsTrue(ItemList.Previous(), 'previous');
        Assert.AreEqual('B', ItemList."No.".Value(), 'previous is Bravo');
        ItemList.Close();
    end;

    [Test]
    procedure GoToRecordAndGoToKeyRespectThePageFilters()
    var
        Item: Record "RT Page Item";
        ItemList: TestPage "RT Item List";
    begin
        // Source: Microsoft Learn, "TestPage.GoToRecord(Record) Method" and "TestPage.GoToKey([Any,...]) Method" (false when the record is not on the page)
        Initialize();
        ItemList.OpenView();
        Item.Get('A');
        Assert.IsTrue(ItemList.GoToRecord(Item), 'A is listed');
        Assert.AreEqual('Alpha', ItemList.Description.Value(), 'on A');
        Item.Get('C');
        Assert.IsFalse(ItemList.GoToRecord(Item), 'C is filtered out');
        Assert.IsFalse(ItemList.GoToKey('C'), 'C is filtered out by key too');
        Assert.IsTrue(ItemList.GoToKey('B'), 'B by key');
        ItemList.Close();
    end;

    [Test]
    procedure FilterSetFilterLimitsTheRecords()
    var
        ItemList: TestPage "RT Item List";
    begin
        // Source: Microsoft Learn, "TestFilter.SetFilter(Any, Text) Method" and "TestFilter.GetFilter(Any) Method"
        Initialize();
        ItemList.OpenView();
        ItemList.Filter.SetFilter(Description, 'A*');
        Assert.AreEqual('A*', ItemList.Filter.GetFilter(Description), 'filter text');
        Assert.AreEqual('A', ItemList."No.".Value(), 'on the only match');
        Assert.IsFalse(ItemList.Next(), 'one record');
        ItemList.Close();
    end;

    [Test]
    procedure ActionInvokeRunsOnAction()
    var
        Item: Record "RT Page Item";
        ItemCard: TestPage "RT Item Card";
    begin
        // Source: Microsoft Learn, "TestAction.Invoke() Method" (runs the action's OnAction trigger on the current record)
        Initialize();
        ItemCard.OpenEdit();
        ItemCard.GoToKey('B');
        asserterror ItemCard.Bump.Invoke();
        Assert.ExpectedError('Unhandled UI');
        Item.Get('B');
        Assert.AreEqual(12, Item.Quantity, 'rolled back with the error');
    end;

    [Test]
    [HandlerFunctions('BumpedMessageHandler')]
    procedure ActionMessageGoesToHandlerAndPageRereadsTheRecord()
    var
        ItemCard: TestPage "RT Item Card";
    begin
        // Source: Microsoft Learn, "TestAction.Invoke() Method" and "MessageHandler attribute"
        Initialize();
        ItemCard.OpenEdit();
        ItemCard.GoToKey('B');
        LibraryVariableStorage.Enqueue('Bumped B');
        ItemCard.Bump.Invoke();
        Assert.AreEqual(13, ItemCard.Quantity.AsDecimal(), 'the page shows the modified record');
        ItemCard.Close();
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('ExtMessageHandler')]
    procedure PageExtensionActionAndTrigger()
    var
        ItemCard: TestPage "RT Item Card";
    begin
        // Source: Microsoft Learn, "Page extension object" (added actions run; extension triggers run after the page's)
        Initialize();
        ItemCard.OpenEdit();
        LibraryVariableStorage.Enqueue('Extension action on A');
        ItemCard.ExtAction.Invoke();
        Assert.AreEqual('', ItemCard.ExtField.Value(), 'extension field shows its source');
        ItemCard.Close();
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    procedure RunObjectWithRunPageLinkOpensTrappedPage()
    var
        ItemCard: TestPage "RT Item Card";
        ItemList: TestPage "RT Item List";
    begin
        // Source: Microsoft Learn, "TestPage.Trap() Method" and "RunPageLink Property" (the page run by the action is filtered on the current record)
        Initialize();
        ItemCard.OpenEdit();
        ItemCard.GoToKey('B');
        ItemList.Trap();
        ItemCard.OpenList.Invoke();
        Assert.AreEqual('B', ItemList."No.".Value(), 'linked record');
        Assert.IsFalse(ItemList.Next(), 'only the linked record');
        ItemList.Close();
        ItemCard.Close();
    end;

    [Test]
    procedure PartShowsLinkedLines()
    var
        ItemCard: TestPage "RT Item Card";
    begin
        // Source: Microsoft Learn, "SubPageLink Property" (the part shows the records linked to the current record)
        Initialize();
        ItemCard.OpenEdit();
        Assert.AreEqual('first of A', ItemCard.Lines.Text.Value(), 'first line of A');
        Assert.IsTrue(ItemCard.Lines.Next(), 'second line of A');
        Assert.AreEqual('second of A', ItemCard.Lines.Text.Value(), 'second line');
        Assert.IsFalse(ItemCard.Lines.Next(), 'two lines');
        ItemCard.GoToKey('B');
        Assert.AreEqual('only of B', ItemCard.Lines.Text.Value(), 'the part follows the current record');
        ItemCard.Close();
    end;

    [Test]
    procedure OpenNewRunsOnNewRecordAndInsertsOnClose()
    var
        Item: Record "RT Page Item";
        ItemCard: TestPage "RT Item Card";
    begin
        // Source: Microsoft Learn, "TestPage.OpenNew() Method" and "OnNewRecord (Page) Trigger"
        Initialize();
        ItemCard.OpenNew();
        Assert.AreEqual(7, ItemCard.Quantity.AsDecimal(), 'default from OnNewRecord');
        ItemCard."No.".SetValue('N1');
        ItemCard.Description.SetValue('New one');
        ItemCard.Close();
        Item.Get('N1');
        Assert.AreEqual('New one', Item.Description, 'inserted and modified');
        Assert.AreEqual(7, Item.Quantity, 'default kept');
    end;

    [Test]
    [HandlerFunctions('ExtMessageHandler')]
    procedure PageTriggerEventsReachSubscribers()
    var
        Item: Record "RT Page Item";
        RTPageSubscriber: Codeunit "RT Page Subscriber";
        ItemCard: TestPage "RT Item Card";
    begin
        // Source: Microsoft Learn, "Page and page extension trigger events" (OnOpenPageEvent, OnAfterGetCurrRecordEvent, OnBefore/OnAfterValidateEvent with the control, OnAfterActionEvent with the action, OnModifyRecordEvent with AllowModify)
        Initialize();
        BindSubscription(RTPageSubscriber);
        ItemCard.OpenEdit();
        ItemCard.Description.SetValue('New');
        LibraryVariableStorage.Enqueue('Extension action on A');
        ItemCard.ExtAction.Invoke();
        ItemCard.Description.SetValue('refused');
        ItemCard.Close();
        UnbindSubscription(RTPageSubscriber);
        Assert.IsTrue(RTPageSubscriber.GetLog().StartsWith('open;current A;before validate Alpha->New;after validate;'), 'open, current record, validate events: ' + RTPageSubscriber.GetLog());
        Assert.IsTrue(RTPageSubscriber.GetLog().Contains('after action A;'), 'action event: ' + RTPageSubscriber.GetLog());
        Assert.IsTrue(RTPageSubscriber.GetLog().Contains('before validate New->refused;after validate;'), 'xRec is the record before the change: ' + RTPageSubscriber.GetLog());
        Item.Get('A');
        Assert.AreEqual('New', Item.Description, 'AllowModify = false kept the stored record');
    end;

    [Test]
    procedure DelayedInsertWaitsUntilTheUserLeavesTheRecord()
    var
        Item: Record "RT Page Item";
        DelayedCard: TestPage "RT Item Delayed Card";
        ItemCard: TestPage "RT Item Card";
    begin
        // Source: Microsoft Learn, "DelayedInsert Property" (the record is inserted when the user leaves it, not after the first field)
        Initialize();
        DelayedCard.OpenNew();
        DelayedCard."No.".SetValue('D1');
        DelayedCard.Description.SetValue('Delayed');
        Assert.IsFalse(Item.Get('D1'), 'not inserted while the user is on the record');
        DelayedCard.Close();
        Assert.IsTrue(Item.Get('D1'), 'inserted on close');
        ItemCard.OpenNew();
        ItemCard."No.".SetValue('N2');
        Assert.IsTrue(Item.Get('N2'), 'without DelayedInsert the record is inserted after the first field');
        ItemCard.Close();
    end;

    [Test]
    [HandlerFunctions('ListPageHandler')]
    procedure PageRunGoesToPageHandler()
    var
        Item: Record "RT Page Item";
    begin
        // Source: Microsoft Learn, "PageHandler attribute" (Page.Run in a test goes to the handler with a TestPage of that page)
        Initialize();
        Item.SetRange("No.", 'A');
        LibraryVariableStorage.Enqueue('A');
        Page.Run(Page::"RT Item List", Item);
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('LookupOKHandler')]
    procedure RunModalInLookupModeReturnsLookupOK()
    var
        Item: Record "RT Page Item";
        ItemList: Page "RT Item List";
    begin
        // Source: Microsoft Learn, "Page.RunModal() Method" (LookupOK when the user chooses OK in a lookup window) and "ModalPageHandler attribute"
        Initialize();
        ItemList.SetPicked('X');
        ItemList.LookupMode(true);
        Assert.IsTrue(ItemList.RunModal() = Action::LookupOK, 'LookupOK');
        ItemList.GetRecord(Item);
        Assert.AreEqual('A', Item."No.", 'GetRecord returns the record the handler moved to');
        Assert.AreEqual('X', ItemList.GetPicked(), 'the same page instance');
    end;

    [Test]
    [HandlerFunctions('CancelHandler')]
    procedure RunModalCancel()
    begin
        // Source: Microsoft Learn, "Page.RunModal() Method" (Cancel when the user chooses Cancel)
        Initialize();
        Assert.IsTrue(Page.RunModal(Page::"RT Item Card") = Action::Cancel, 'Cancel');
    end;

    [Test]
    [HandlerFunctions('LookupOKHandler')]
    procedure StaticRunModalReturnsTheChosenRecord()
    var
        Item: Record "RT Page Item";
    begin
        // Source: Microsoft Learn, "Page.RunModal(Integer [, var Record] [, Any]) Method" (the record the user selected is returned in Record)
        Initialize();
        Item.Get('B');
        Assert.IsTrue(Page.RunModal(Page::"RT Item List", Item) = Action::LookupOK, 'LookupOK');
        Assert.AreEqual('A', Item."No.", 'the chosen record');
    end;

    [Test]
    procedure UnhandledModalPageFails()
    begin
        // Source: microsoft/BCApps tests expect Assert.ExpectedError('Unhandled UI: ModalPage 456') for a modal page run without a ModalPageHandler
        Initialize();
        asserterror Page.RunModal(Page::"RT Item Card");
        Assert.ExpectedError('Unhandled UI: ModalPage 50152');
    end;

    [Test]
    [HandlerFunctions('NotificationHandler')]
    procedure NotificationGoesToSendNotificationHandler()
    var
        Item: Record "RT Page Item";
        ItemCard: TestPage "RT Item Card";
    begin
        // Source: Microsoft Learn, "SendNotificationHandler attribute" (the handler receives the notification; its actions can be called with it)
        Initialize();
        ItemCard.OpenEdit();
        ItemCard.Notify.Invoke();
        ItemCard.Close();
        Assert.AreEqual('Item A needs attention', LibraryVariableStorage.DequeueText(), 'message');
        Item.Get('A');
        Assert.IsTrue(Item.Blocked, 'the handler ran the notification action');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    procedure UnhandledNotificationFails()
    var
        RTPageNotifier: Codeunit "RT Page Notifier";
    begin
        // Source: Microsoft Learn, "SendNotificationHandler attribute" (Notification.Send in a test session needs the handler)
        Initialize();
        asserterror RTPageNotifier.SendFor('A');
        Assert.ExpectedError('Unhandled UI');
    end;

    [Test]
    [HandlerFunctions('RecallHandler')]
    procedure RecallGoesToRecallNotificationHandler()
    var
        ItemNotification: Notification;
    begin
        // Source: Microsoft Learn, "RecallNotificationHandler attribute"
        Initialize();
        ItemNotification.Id := CreateGuid();
        ItemNotification.Message := 'to recall';
        ItemNotification.Recall();
        Assert.AreEqual('to recall', LibraryVariableStorage.DequeueText(), 'recalled');
    end;

    [Test]
    procedure NotificationDataAndActions()
    var
        ItemNotification: Notification;
    begin
        // Source: Microsoft Learn, "Notification data type" (SetData/GetData/HasData, Message, Scope)
        ItemNotification.Message := 'hello';
        ItemNotification.Scope := NotificationScope::LocalScope;
        ItemNotification.SetData('Key', 'Value');
        Assert.IsTrue(ItemNotification.HasData('Key'), 'HasData');
        Assert.IsFalse(ItemNotification.HasData('Other'), 'no Other');
        Assert.AreEqual('Value', ItemNotification.GetData('Key'), 'GetData');
        Assert.AreEqual('hello', ItemNotification.Message, 'Message');
        Assert.IsTrue(ItemNotification.Scope = NotificationScope::LocalScope, 'Scope');
    end;

    [Test]
    [HandlerFunctions('QuantityDialogHandler')]
    procedure DialogPageWithoutSourceTable()
    var
        QuantityDialog: Page "RT Quantity Dialog";
    begin
        // Source: Microsoft Learn, "Page.RunModal() Method" (a StandardDialog closed with OK returns Action::OK; the page variable keeps its values)
        LibraryVariableStorage.Clear();
        LibraryVariableStorage.Enqueue('-1');
        LibraryVariableStorage.Enqueue('4.5');
        Assert.IsTrue(QuantityDialog.RunModal() = Action::OK, 'OK');
        Assert.AreEqual(4.5, QuantityDialog.GetQuantity(), 'the value entered in the handler');
        LibraryVariableStorage.AssertEmpty();
    end;

    [ModalPageHandler]
    procedure QuantityDialogHandler(var QuantityDialog: TestPage "RT Quantity Dialog")
    begin
        asserterror QuantityDialog.QuantityToSet.SetValue(LibraryVariableStorage.DequeueText());
        Assert.ExpectedError('The quantity cannot be negative.');
        QuantityDialog.QuantityToSet.SetValue(LibraryVariableStorage.DequeueText());
        QuantityDialog.OK().Invoke();
    end;

    [Test]
    procedure TableNoCodeunitCallsRecordMethodsUnqualified()
    var
        Item: Record "RT Page Item";
    begin
        // Source: microsoft/BCApps codeunit 81 "Sales-Post (Yes/No)" (OnRun of a TableNo codeunit calls Find() on its Rec without "Rec.")
        Initialize();
        Item.Get('A');
        Codeunit.Run(Codeunit::"RT Item Poster", Item);
        Assert.AreEqual('posted', Item.Description, 'Rec comes back to the caller');
        Item."No." := 'ZZ';
        asserterror Codeunit.Run(Codeunit::"RT Item Poster", Item);
        Assert.ExpectedError('There is nothing to post.');
    end;

    [Test]
    [HandlerFunctions('UrlHandler')]
    procedure HyperlinkGoesToHyperlinkHandler()
    begin
        // Source: Microsoft Learn, "HyperlinkHandler attribute" (Hyperlink in a test goes to the handler with the URL)
        LibraryVariableStorage.Clear();
        Hyperlink('https://example.com/consent?x=1');
        Assert.AreEqual('https://example.com/consent?x=1', LibraryVariableStorage.DequeueText(), 'url');
    end;

    [HyperlinkHandler]
    procedure UrlHandler(Url: Text[1024])
    begin
        LibraryVariableStorage.Enqueue(Url);
    end;

    [MessageHandler]
    procedure BumpedMessageHandler(Msg: Text[1024])
    begin
        Assert.AreEqual(LibraryVariableStorage.DequeueText(), Msg, 'message');
    end;

    [MessageHandler]
    procedure ExtMessageHandler(Msg: Text[1024])
    begin
        Assert.AreEqual(LibraryVariableStorage.DequeueText(), Msg, 'message');
    end;

    [PageHandler]
    procedure ListPageHandler(var ItemList: TestPage "RT Item List")
    begin
        Assert.AreEqual(LibraryVariableStorage.DequeueText(), ItemList."No.".Value(), 'the page shows the filtered record');
        Assert.IsFalse(ItemList.Next(), 'only A');
    end;

    [ModalPageHandler]
    procedure LookupOKHandler(var ItemList: TestPage "RT Item List")
    begin
        ItemList.GoToKey('A');
        ItemList.OK().Invoke();
    end;

    [ModalPageHandler]
    procedure CancelHandler(var ItemCard: TestPage "RT Item Card")
    begin
        ItemCard.Cancel().Invoke();
    end;

    [SendNotificationHandler]
    procedure NotificationHandler(var ItemNotification: Notification): Boolean
    var
        RTPageNotifier: Codeunit "RT Page Notifier";
    begin
        LibraryVariableStorage.Enqueue(ItemNotification.Message);
        RTPageNotifier.BlockFromNotification(ItemNotification);
        exit(true);
    end;

    [RecallNotificationHandler]
    procedure RecallHandler(var ItemNotification: Notification): Boolean
    begin
        LibraryVariableStorage.Enqueue(ItemNotification.Message);
        exit(true);
    end;
}

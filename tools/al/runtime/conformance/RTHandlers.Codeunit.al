// Conformance: UI handler functions in test codeunits.
codeunit 50108 "RT Handlers"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";
        LibraryVariableStorage: Codeunit "Library - Variable Storage";
        MessageCount: Integer;

    [Test]
    [HandlerFunctions('MessageHandler')]
    procedure MessageGoesToHandler()
    begin
        // Source: Microsoft Learn, "MessageHandler attribute" (the handler receives the formatted message)
        LibraryVariableStorage.Enqueue('Posted 3 invoices');
        Message('Posted %1 invoices', 3);
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('CountingMessageHandler')]
    procedure HandlerRunsForEveryMessage()
    begin
        // Source: Microsoft Learn, "MessageHandler attribute" (one handler answers every Message in the test)
        MessageCount := 0;
        Message('one');
        Message('two');
        Assert.AreEqual(2, MessageCount, 'two messages');
    end;

    [Test]
    [HandlerFunctions('ConfirmYesHandler')]
    procedure ConfirmHandlerReplyYes()
    begin
        // Source: Microsoft Learn, "ConfirmHandler attribute" (the handler sets the reply)
        Assert.IsTrue(Confirm('Do you want to continue?'), 'yes');
    end;

    [Test]
    [HandlerFunctions('ConfirmNoHandler')]
    procedure ConfirmHandlerReplyNo()
    begin
        // Source: Microsoft Learn, "ConfirmHandler attribute"
        Assert.IsFalse(Confirm('Delete %1?', true, 'X'), 'no');
    end;

    [Test]
    [HandlerFunctions('StrMenuHandler')]
    procedure StrMenuHandlerChoosesOption()
    begin
        // Source: Microsoft Learn, "StrMenuHandler attribute" (the handler sets the choice)
        Assert.AreEqual(2, StrMenu('Ship,Invoice,Ship and Invoice', 1, 'Choose'), 'choice 2');
    end;

    [Test]
    [HandlerFunctions('MessageHandler,ConfirmYesHandler')]
    procedure SeveralHandlersOnOneTest()
    begin
        // Source: Microsoft Learn, "HandlerFunctions attribute" (a comma-separated list of handlers)
        LibraryVariableStorage.Enqueue('done');
        if Confirm('Go?') then
            Message('done');
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    procedure MessageWithoutHandlerFails()
    begin
        // Source: Microsoft Learn, "Testing the application" (an unhandled UI call fails the test)
        asserterror Message('nobody listens');
        Assert.ExpectedError('Unhandled UI');
    end;

    [Test]
    [HandlerFunctions('FailingConfirmHandler')]
    procedure ErrorInHandlerReachesCaller()
    begin
        // Source: Microsoft Learn, "ConfirmHandler attribute" (an error in a handler is raised where the dialog was called)
        asserterror Confirm('Proceed?');
        Assert.ExpectedError('handler refused');
    end;

    [MessageHandler]
    procedure MessageHandler(Msg: Text[1024])
    begin
        Assert.AreEqual(LibraryVariableStorage.DequeueText(), Msg, 'message text');
    end;

    [MessageHandler]
    procedure CountingMessageHandler(Msg: Text[1024])
    begin
        MessageCount += 1;
    end;

    [ConfirmHandler]
    procedure ConfirmYesHandler(Question: Text[1024]; var Reply: Boolean)
    begin
        Reply := true;
    end;

    [ConfirmHandler]
    procedure ConfirmNoHandler(Question: Text[1024]; var Reply: Boolean)
    begin
        Assert.AreEqual('Delete X?', Question, 'question formatted');
        Reply := false;
    end;

    [ConfirmHandler]
    procedure FailingConfirmHandler(Question: Text[1024]; var Reply: Boolean)
    begin
        Error('handler refused');
    end;

    [StrMenuHandler]
    procedure StrMenuHandler(Options: Text[1024]; var Choice: Integer; Instruction: Text[1024])
    begin
        Assert.AreEqual('Choose', Instruction, 'instruction');
        Choice := 2;
    end;
}

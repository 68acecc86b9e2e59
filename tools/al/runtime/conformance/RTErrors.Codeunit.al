// Conformance: errors, asserterror, transactions, Codeunit.Run isolation, TryFunction, last error.
codeunit 50106 "RT Errors"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";

    local procedure Clean()
    var
        Cust: Record "RT Customer";
    begin
        Cust.DeleteAll();
        Commit();
    end;

    local procedure Exists(No: Code[20]): Boolean
    var
        Cust: Record "RT Customer";
    begin
        exit(Cust.Get(No));
    end;

    local procedure InsertCustomer(No: Code[20])
    var
        Cust: Record "RT Customer";
    begin
        Cust."No." := No;
        Cust.Insert();
    end;

    [Test]
    procedure ErrorMessageWithPlaceholders()
    begin
        // Source: Microsoft Learn, "System.Error(Text [, Any,...]) Method" (placeholders like StrSubstNo)
        asserterror Error('Invoice %1 failed: %2', 'INV1', 'no lines');
        Assert.AreEqual('Invoice INV1 failed: no lines', GetLastErrorText(), 'message');
    end;

    [Test]
    procedure AsserterrorRollsBackItsWrites()
    begin
        // Source: Microsoft Learn, "AssertError statement" (the changes made inside are rolled back)
        Clean();
        asserterror begin
            InsertCustomer('X1');
            Error('stop');
        end;
        Assert.IsFalse(Exists('X1'), 'rolled back');
    end;

    [Test]
    procedure WritesBeforeAsserterrorStay()
    begin
        // Source: BCApps tests insert setup data, then use asserterror, then verify the data
        Clean();
        InsertCustomer('KEEP');
        asserterror Error('stop');
        Assert.IsTrue(Exists('KEEP'), 'earlier write kept');
    end;

    [Test]
    procedure AsserterrorWithoutErrorFails()
    begin
        // Source: Microsoft Learn, "AssertError statement" (an error is raised when no error occurs)
        asserterror asserterror Assert.IsTrue(true, '');
        Assert.ExpectedError('An error was expected inside an asserterror statement.');
    end;

    [Test]
    procedure ClearLastErrorEmptiesText()
    begin
        // Source: Microsoft Learn, "System.ClearLastError() Method"
        asserterror Error('x');
        ClearLastError();
        Assert.AreEqual('', GetLastErrorText(), 'cleared');
    end;

    [Test]
    procedure LastErrorCodeOfErrorIsDialog()
    begin
        // Source: BCApps "Library Assert" (DialogCodeTok: errors raised by Error() have code Dialog)
        asserterror Error('x');
        Assert.ExpectedErrorCode('Dialog');
    end;

    [Test]
    procedure LastErrorCallStackNamesProcedures()
    begin
        // Source: Microsoft Learn, "System.GetLastErrorCallStack() Method"
        asserterror FailDeep();
        Assert.IsTrue(StrPos(GetLastErrorCallStack(), 'FailInner') > 0, 'inner procedure listed');
        Assert.IsTrue(StrPos(GetLastErrorCallStack(), 'FailDeep') > 0, 'outer procedure listed');
    end;

    local procedure FailDeep()
    begin
        FailInner();
    end;

    local procedure FailInner()
    begin
        Error('deep');
    end;

    [Test]
    procedure ErrorInfoMessage()
    var
        Info: ErrorInfo;
    begin
        // Source: Microsoft Learn, "ErrorInfo data type" (Error(ErrorInfo) raises the message)
        Info.Message('Structured failure');
        asserterror Error(Info);
        Assert.ExpectedError('Structured failure');
    end;

    [Test]
    procedure ErrorInfoCreate()
    begin
        // Source: Microsoft Learn, "ErrorInfo.Create([Text]) Method"
        asserterror Error(ErrorInfo.Create('Created info'));
        Assert.ExpectedError('Created info');
    end;

    [Test]
    procedure CodeunitRunReturnsFalseAndRollsBack()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Codeunit.Run(Integer [, var Record]) Method" (with a return value, errors are trapped and changes rolled back)
        Clean();
        Cust."No." := 'R1';
        Assert.IsFalse(Codeunit.Run(Codeunit::"RT Failing Run", Cust), 'returns false');
        Assert.IsFalse(Exists('R1'), 'insert rolled back');
        Assert.AreEqual('OnRun failed for R1', GetLastErrorText(), 'error kept');
    end;

    [Test]
    procedure CodeunitRunReturnsTrueAndKeepsWrites()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Codeunit.Run(Integer [, var Record]) Method"
        Clean();
        Cust."No." := 'R2';
        Assert.IsTrue(Codeunit.Run(Codeunit::"RT Good Run", Cust), 'returns true');
        Assert.IsTrue(Exists('R2'), 'kept');
        Assert.AreEqual('Inserted by OnRun', Cust.Name, 'var record updated');
    end;

    [Test]
    procedure CodeunitRunWithoutReturnValuePropagates()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Codeunit.Run(Integer [, var Record]) Method" (without a return value the error is raised)
        Clean();
        Cust."No." := 'R3';
        asserterror Codeunit.Run(Codeunit::"RT Failing Run", Cust);
        Assert.ExpectedError('OnRun failed for R3');
    end;

    [Test]
    procedure CodeunitRunInWriteTransactionFails()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Codeunit.Run(Integer [, var Record]) Method" (return value not allowed while a write transaction is open)
        Clean();
        InsertCustomer('PENDING');
        Cust."No." := 'R4';
        asserterror if Codeunit.Run(Codeunit::"RT Good Run", Cust) then;
        Assert.ExpectedError('Codeunit.Run is allowed in write transactions only if the return value is not used');
    end;

    [Test]
    procedure CodeunitVariableRun()
    var
        Cust: Record "RT Customer";
        Runner: Codeunit "RT Failing Run";
    begin
        // Source: Microsoft Learn, "Codeunit.Run([var Record]) Method" (instance form)
        Clean();
        Cust."No." := 'R5';
        Assert.IsFalse(Runner.Run(Cust), 'false');
    end;

    [Test]
    procedure CommitInsideRunSurvivesLaterError()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "System.Commit() Method" (committed changes are not rolled back by a later error)
        Clean();
        Cust."No." := 'R6';
        Assert.IsFalse(Codeunit.Run(Codeunit::"RT Commit Then Fail", Cust), 'failed');
        Assert.IsTrue(Exists('R6'), 'committed part kept');
        Assert.IsFalse(Exists('R6-2'), 'uncommitted part rolled back');
    end;

    [Test]
    procedure TryFunctionReturnsFalse()
    begin
        // Source: Microsoft Learn, "Handling errors using try methods" (a try method returns false on error)
        Assert.IsFalse(TryFail(), 'false');
        Assert.AreEqual('try failed', GetLastErrorText(), 'error text kept');
    end;

    [Test]
    procedure TryFunctionReturnsTrue()
    begin
        // Source: Microsoft Learn, "Handling errors using try methods"
        Assert.IsTrue(TryOk(), 'true');
    end;

    [Test]
    procedure TryFunctionDoesNotRollBack()
    begin
        // Source: Microsoft Learn, "Handling errors using try methods" (changes made in a try method are not rolled back)
        Clean();
        if TryInsertAndFail('TRY1') then;
        Assert.IsTrue(Exists('TRY1'), 'insert kept');
    end;

    [Test]
    procedure TryFunctionWithoutReturnValuePropagates()
    begin
        // Source: Microsoft Learn, "Handling errors using try methods" (without using the return value, errors are raised)
        asserterror TryFail();
        Assert.ExpectedError('try failed');
    end;

    [TryFunction]
    local procedure TryFail()
    begin
        Error('try failed');
    end;

    [TryFunction]
    local procedure TryOk()
    begin
    end;

    [TryFunction]
    local procedure TryInsertAndFail(No: Code[20])
    begin
        InsertCustomer(No);
        Error('after insert');
    end;

    [Test]
    procedure ErrorInTriggerPropagates()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Validate(Any [, Any]) Method" (an error in OnValidate stops the caller)
        asserterror Cust.Validate("Country Code", 'NOWHERE');
        Assert.ExpectedError('RT Country');
    end;

    [Test]
    procedure ExpectedErrorMatchesSubstring()
    begin
        // Source: BCApps "Library Assert".ExpectedError (passes when the expected text is contained)
        asserterror Error('The quick brown fox');
        Assert.ExpectedError('quick brown');
    end;

    [Test]
    procedure NestedAsserterror()
    begin
        // Source: Microsoft Learn, "AssertError statement" (asserterror can wrap a statement that itself uses asserterror)
        asserterror begin
            asserterror Error('inner');
            Error('outer');
        end;
        Assert.ExpectedError('outer');
    end;

    [Test]
    procedure ErrorStopsExecution()
    var
        Reached: Boolean;
    begin
        // Source: Microsoft Learn, "System.Error(Text [, Any,...]) Method" (execution stops at Error)
        asserterror begin
            Error('stop');
            Reached := true;
        end;
        Assert.IsFalse(Reached, 'statement after Error not run');
    end;
}

// Stand-in for Microsoft's "Library Assert" (app dd0be2ea-f733-4d65-bb34-a28f4624fb14, codeunit 130002).
// Same object ID, name, namespace and public signatures; the failure texts keep Microsoft's wording because
// tests match on them. Our own implementation for the Bookings Invoicing AL runtime.
namespace System.TestLibraries.Utilities;

codeunit 130002 "Library Assert"
{
    Access = Public;

    var
        IsTrueFailedErr: Label 'Assert.IsTrue failed. %1', Locked = true;
        IsFalseFailedErr: Label 'Assert.IsFalse failed. %1', Locked = true;
        AreEqualFailedErr: Label 'Assert.AreEqual failed. Expected:<%1> (%2). Actual:<%3> (%4). %5.', Locked = true;
        AreNotEqualFailedErr: Label 'Assert.AreNotEqual failed. Expected any value except:<%1> (%2). Actual:<%3> (%4). %5.', Locked = true;
        AreNearlyEqualFailedErr: Label 'Assert.AreNearlyEqual failed. Expected a difference no greater than <%1> between expected value <%2> and actual value <%3>. %4', Locked = true;
        AreNotNearlyEqualFailedErr: Label 'Assert.AreNotNearlyEqual failed. Expected a difference greater than <%1> between expected value <%2> and actual value <%3>. %4', Locked = true;
        FailFailedErr: Label 'Assert.Fail failed. %1', Locked = true;
        TableIsEmptyErr: Label 'Assert.TableIsEmpty failed. Table <%1> with filter <%2> must not contain records.', Locked = true;
        TableIsNotEmptyErr: Label 'Assert.TableIsNotEmpty failed. Table <%1> with filter <%2> must contain records.', Locked = true;
        KnownFailureErr: Label 'Known failure: see VSTF Bug #%1.', Locked = true;
        ExpectedErrorFailedErr: Label 'Assert.ExpectedError failed. Expected: %1. Actual: %2.', Locked = true;
        ExpectedErrorCodeFailedErr: Label 'Assert.ExpectedErrorCode failed. Expected: %1. Actual: %2. Actual error message: %3.', Locked = true;
        ExpectedMessageFailedErr: Label 'Assert.ExpectedMessage failed. Expected: %1. Actual: %2.', Locked = true;
        ExpectedConfirmFailedErr: Label 'Assert.ExpectedConfirm failed. Expected: %1. Actual: %2.', Locked = true;
        ExpectedStrMenuInstructionFailedErr: Label 'Assert.ExpectedStrMenu failed. Expected instruction: %1. Actual instruction: %2.', Locked = true;
        ExpectedStrMenuOptionsFailedErr: Label 'Assert.ExpectedStrMenu failed. Expected options: %1. Actual options: %2.', Locked = true;
        RecordCountErr: Label 'Assert.RecordCount failed. Expected number of %1 entries: %2. Actual: %3.', Locked = true;
        UnsupportedTypeErr: Label 'Equality assertions only support Boolean, Option, Integer, BigInteger, Decimal, Code, Text, Date, DateFormula, Time, Duration, and DateTime values. Current value:%1.', Locked = true;
        ErrorHasNotBeenThrownErr: Label 'The error has not been thrown.';
        DictionaryDifferentSizeErr: Label 'Sizes of dictionaries do not match. Expected: %1, Actual: %2.', Locked = true;
        MissingKeyErr: Label 'Key %1 is missing from the actual dictionary.', Locked = true;
        DifferentKeyValueErr: Label 'Values for key %1 do not match. Expected: %2. Actual: %3.', Locked = true;
        ExpectedTestFieldFailedErr: Label 'Assert.ExpectedError failed. Could not find the value: %1 in the raised error text: %2.', Locked = true;
        WrongErrorCodeErr: Label 'Assert.ExpectedErrorCode failed. Error code raised: %1. Actual error message: %2.', Comment = '%1 - Error code that was raised. %2 - Error message reported.', Locked = true;
        VerifyFailureErr: Label 'Expected error %1 actual %2', Locked = true;
        RecordNotFoundCodeTok: Label 'DB:RecordNotFound', Locked = true;
        RecordExistsCodeTok: Label 'DB:RecordExists', Locked = true;
        NothingInsideFilterCodeTok: Label 'DB:NothingInsideFilter', Locked = true;
        PrimRecordNotFoundCodeTok: Label 'DB:PrimRecordNotFound', Locked = true;
        NoFilterCodeTok: Label 'DB:NoFilter', Locked = true;
        TestValidationCodeTok: Label 'TestValidation', Locked = true;
        TableErrorStrCodeTok: Label 'NCLCSRTS:TableErrorStr', Locked = true;
        TestWrappedCodeTok: Label 'TestWrapped', Locked = true;
        TestWrappedNotFoundCodeTok: Label 'TestWrapped:CSideRecordNotFound', Locked = true;
        TestFieldCodeTok: Label 'TestField', Locked = true;
        DialogCodeTok: Label 'Dialog', Locked = true;
        BooleanTypeTok: Label 'Boolean', Locked = true;
        IntegerTypeTok: Label 'Integer', Locked = true;
        BigIntegerTypeTok: Label 'BigInteger', Locked = true;
        DecimalTypeTok: Label 'Decimal', Locked = true;
        TextTypeTok: Label 'Text', Locked = true;
        DateTypeTok: Label 'Date', Locked = true;
        TimeTypeTok: Label 'Time', Locked = true;
        DurationTypeTok: Label 'Duration', Locked = true;
        DateTimeTypeTok: Label 'DateTime', Locked = true;
        DateFormulaTypeTok: Label 'DateFormula', Locked = true;
        GuidTypeTok: Label 'GUID', Locked = true;
        RecordIdTypeTok: Label 'RecordID', Locked = true;

    /// <summary>Fails with "Assert.IsTrue failed. Msg" unless Condition is true.</summary>
    procedure IsTrue(Condition: Boolean; Msg: Text)
    begin
        if Condition then
            exit;
        Error(IsTrueFailedErr, Msg);
    end;

    /// <summary>Fails with "Assert.IsFalse failed. Msg" unless Condition is false.</summary>
    procedure IsFalse(Condition: Boolean; Msg: Text)
    begin
        if not Condition then
            exit;
        Error(IsFalseFailedErr, Msg);
    end;

    /// <summary>Numbers compare by value across Integer/Decimal/Char; other values by type class and Format(v, 0, 2).</summary>
    procedure AreEqual(ExpectedVariant: Variant; ActualVariant: Variant; Msg: Text)
    begin
        if ValuesEqual(ExpectedVariant, ActualVariant) then
            exit;
        Error(AreEqualFailedErr, ExpectedVariant, TypeNameOf(ExpectedVariant), ActualVariant, TypeNameOf(ActualVariant), Msg);
    end;

    procedure AreEqual(Expected: Dictionary of [Text, Text]; Actual: Dictionary of [Text, Text])
    var
        KeyText: Text;
        ExpectedValue: Text;
        ActualValue: Text;
    begin
        if Expected.Count() <> Actual.Count() then
            Error(DictionaryDifferentSizeErr, Expected.Count(), Actual.Count());
        foreach KeyText in Expected.Keys() do begin
            if not Actual.Get(KeyText, ActualValue) then
                Error(MissingKeyErr, KeyText);
            ExpectedValue := Expected.Get(KeyText);
            if ExpectedValue <> ActualValue then
                Error(DifferentKeyValueErr, KeyText, ExpectedValue, ActualValue);
        end;
    end;

    /// <summary>Compares two DateTime values including milliseconds (format 1).</summary>
    procedure AreEqualDateTime(Expected: DateTime; Actual: DateTime; Msg: Text)
    begin
        if Format(Expected, 0, 1) = Format(Actual, 0, 1) then
            exit;
        Error(AreEqualFailedErr, Format(Expected, 0, 1), DateTimeTypeTok, Format(Actual, 0, 1), DateTimeTypeTok, Msg);
    end;

    /// <summary>Passes when the two values are less than Delta apart.</summary>
    procedure AreEqualDateTime(Expected: DateTime; Actual: DateTime; Delta: Duration; Msg: Text)
    begin
        if Expected < Actual then begin
            if (Actual - Expected) < Delta then
                exit;
        end else
            if (Expected - Actual) < Delta then
                exit;
        Error(AreEqualFailedErr, Format(Expected, 0, 1), DateTimeTypeTok, Format(Actual, 0, 1), DateTimeTypeTok, Msg);
    end;

    procedure AreNotEqual(ExpectedVariant: Variant; ActualVariant: Variant; Msg: Text)
    begin
        if not ValuesEqual(ExpectedVariant, ActualVariant) then
            exit;
        Error(AreNotEqualFailedErr, ExpectedVariant, TypeNameOf(ExpectedVariant), ActualVariant, TypeNameOf(ActualVariant), Msg);
    end;

    procedure AreNearlyEqual(Expected: Decimal; Actual: Decimal; Delta: Decimal; Msg: Text)
    begin
        if Abs(Expected - Actual) <= Abs(Delta) then
            exit;
        Error(AreNearlyEqualFailedErr, Delta, Expected, Actual, Msg);
    end;

    procedure AreNotNearlyEqual(Expected: Decimal; Actual: Decimal; Delta: Decimal; Msg: Text)
    begin
        if Abs(Expected - Actual) > Abs(Delta) then
            exit;
        Error(AreNotNearlyEqualFailedErr, Delta, Expected, Actual, Msg);
    end;

    procedure Fail(Msg: Text)
    begin
        Error(FailFailedErr, Msg);
    end;

    /// <summary>Fails when the record (with its filters) finds any row.</summary>
    procedure RecordIsEmpty(RecVariant: Variant)
    var
        RecRef: RecordRef;
    begin
        RecRef.GetTable(RecVariant);
        CheckEmpty(RecRef);
    end;

    /// <summary>Fails when the record (with its filters) finds no row.</summary>
    procedure RecordIsNotEmpty(RecVariant: Variant)
    var
        RecRef: RecordRef;
    begin
        RecRef.GetTable(RecVariant);
        CheckNotEmpty(RecRef);
    end;

    procedure TableIsEmpty(TableNo: Integer)
    var
        RecRef: RecordRef;
    begin
        RecRef.Open(TableNo);
        CheckEmpty(RecRef);
        RecRef.Close();
    end;

    procedure TableIsNotEmpty(TableNo: Integer)
    var
        RecRef: RecordRef;
    begin
        RecRef.Open(TableNo);
        CheckNotEmpty(RecRef);
        RecRef.Close();
    end;

    /// <summary>Fails unless the record (with its filters) counts exactly ExpectedCount rows.</summary>
    procedure RecordCount(RecVariant: Variant; ExpectedCount: Integer)
    var
        RecRef: RecordRef;
        ActualCount: Integer;
    begin
        RecRef.GetTable(RecVariant);
        ActualCount := RecRef.Count();
        if ActualCount <> ExpectedCount then
            Error(RecordCountErr, RecRef.Caption(), ExpectedCount, ActualCount);
        RecRef.Close();
    end;

    procedure KnownFailure(Expected: Text; WorkItemNo: Integer)
    begin
        ExpectedError(Expected);
        Error(KnownFailureErr, WorkItemNo);
    end;

    /// <summary>
    /// Checks the last error (after asserterror) contains Expected. With Expected = '' it only checks that an error was raised.
    /// </summary>
    procedure ExpectedError(Expected: Text)
    var
        LastError: Text;
    begin
        LastError := GetLastErrorText();
        if (LastError = '') and (Expected = '') then begin
            if GetLastErrorCallStack() = '' then
                Error(ErrorHasNotBeenThrownErr);
            exit;
        end;
        if StrPos(LastError, Expected) = 0 then
            Error(ExpectedErrorFailedErr, Expected, LastError);
    end;

    /// <summary>Checks the last error code (e.g. 'Dialog', 'DB:RecordNotFound', 'TestField') contains Expected.</summary>
    procedure ExpectedErrorCode(Expected: Text)
    var
        LastCode: Text;
    begin
        LastCode := GetLastErrorCode();
        if StrPos(LastCode, Expected) = 0 then
            Error(ExpectedErrorCodeFailedErr, Expected, LastCode, GetLastErrorText());
    end;

    procedure ExpectedMessage(Expected: Text; Actual: Text)
    begin
        CheckDialogText(Expected, Actual, ExpectedMessageFailedErr);
    end;

    procedure ExpectedConfirm(Expected: Text; Actual: Text)
    begin
        CheckDialogText(Expected, Actual, ExpectedConfirmFailedErr);
    end;

    procedure ExpectedStrMenu(ExpectedInstruction: Text; ExpectedOptions: Text; ActualInstruction: Text; ActualOptions: Text)
    begin
        CheckDialogText(ExpectedInstruction, ActualInstruction, ExpectedStrMenuInstructionFailedErr);
        CheckDialogText(ExpectedOptions, ActualOptions, ExpectedStrMenuOptionsFailedErr);
    end;

    procedure ExpectedTestFieldError(FieldCaptionTested: Text; ExpectedValue: Text)
    begin
        ExpectedTestFieldError(FieldCaptionTested, ExpectedValue, '', '');
    end;

    /// <summary>Checks the last error is a TestField/validation error mentioning the given captions and values.</summary>
    procedure ExpectedTestFieldError(FieldCaptionTested: Text; ExpectedValue: Text; ActualValue: Text; TableCaptionTested: Text)
    var
        LastError: Text;
        LastCode: Text;
    begin
        LastError := GetLastErrorText();
        if LastError = '' then
            if GetLastErrorCallStack() = '' then
                Error(ErrorHasNotBeenThrownErr);

        LastCode := GetLastErrorCode();
        if not (LastCode.Contains(TestValidationCodeTok) or (LastCode = TableErrorStrCodeTok) or (LastCode = TestWrappedCodeTok) or
                LastCode.Contains(TestFieldCodeTok) or LastCode.Contains(DialogCodeTok))
        then
            Error(WrongErrorCodeErr, LastCode, LastError);

        ExpectedTestFieldMessage(LastError, FieldCaptionTested, ExpectedValue, ActualValue, TableCaptionTested);
    end;

    procedure ExpectedTestFieldMessage(LastErrorText: Text; FieldCaptionTested: Text; ExpectedValue: Text; ActualValue: Text; TableCaptionTested: Text)
    begin
        CheckContained(LastErrorText, ExpectedValue);
        CheckContained(LastErrorText, ActualValue);
        CheckContained(LastErrorText, FieldCaptionTested);
        CheckContained(LastErrorText, TableCaptionTested);
    end;

    procedure ExpectedErrorCannotFind(TableID: Integer)
    begin
        ExpectedErrorCannotFind(TableID, '');
    end;

    /// <summary>Checks the last error is a "record not found" error for the table (and, if given, the record text).</summary>
    procedure ExpectedErrorCannotFind(TableID: Integer; RecordIndentificationText: Text)
    var
        LastError: Text;
        LastCode: Text;
    begin
        LastError := GetLastErrorText();
        if LastError = '' then
            if GetLastErrorCallStack() = '' then
                Error(ErrorHasNotBeenThrownErr);

        LastCode := GetLastErrorCode();
        if (LastCode <> RecordNotFoundCodeTok) and (LastCode <> PrimRecordNotFoundCodeTok) and
           (LastCode <> TestWrappedNotFoundCodeTok) and (not LastCode.Contains(TestValidationCodeTok))
        then
            Error(WrongErrorCodeErr, LastCode, LastError);

        ExpectedMessageCannotFind(LastError, TableID, RecordIndentificationText);
    end;

    procedure ExpectedMessageCannotFind(LastErrorText: Text; TableID: Integer; RecordIndentificationText: Text)
    var
        RecRef: RecordRef;
        TableCaptionText: Text;
    begin
        // Microsoft reads the caption from AllObjWithCaption; RecordRef.Caption gives the same text.
        RecRef.Open(TableID);
        TableCaptionText := RecRef.Caption();
        RecRef.Close();
        CheckContained(LastErrorText, TableCaptionText);
        if RecordIndentificationText <> '' then
            if StrPos(LastErrorText, RecordIndentificationText) = 0 then
                Error(ExpectedTestFieldFailedErr, TableCaptionText, LastErrorText);
    end;

    procedure AssertRecordNotFound()
    begin
        CheckLastErrorCode(RecordNotFoundCodeTok);
    end;

    procedure AssertRecordAlreadyExists()
    begin
        CheckLastErrorCode(RecordExistsCodeTok);
    end;

    procedure AssertNothingInsideFilter()
    begin
        CheckLastErrorCode(NothingInsideFilterCodeTok);
    end;

    procedure AssertNoFilter()
    begin
        CheckLastErrorCode(NoFilterCodeTok);
    end;

    procedure AssertPrimRecordNotFound()
    begin
        CheckLastErrorCode(PrimRecordNotFoundCodeTok);
    end;

    local procedure CheckEmpty(var RecRef: RecordRef)
    begin
        if not RecRef.IsEmpty() then
            Error(TableIsEmptyErr, RecRef.Caption(), RecRef.GetFilters());
    end;

    local procedure CheckNotEmpty(var RecRef: RecordRef)
    begin
        if RecRef.IsEmpty() then
            Error(TableIsNotEmptyErr, RecRef.Caption(), RecRef.GetFilters());
    end;

    local procedure CheckDialogText(Expected: Text; Actual: Text; FailureText: Text)
    begin
        if Expected = Actual then
            exit;
        if StrPos(Actual, Expected) = 0 then
            Error(FailureText, Expected, Actual);
    end;

    local procedure CheckContained(LastErrorText: Text; Part: Text)
    begin
        if Part = '' then
            exit;
        if StrPos(LastErrorText, Part) = 0 then
            Error(ExpectedTestFieldFailedErr, Part, LastErrorText);
    end;

    local procedure CheckLastErrorCode(ExpectedCode: Text)
    var
        ActualCode: Text;
    begin
        ActualCode := GetLastErrorCode();
        IsTrue(ActualCode = ExpectedCode, StrSubstNo(VerifyFailureErr, ExpectedCode, ActualCode));
        ClearLastError();
    end;

    local procedure ValuesEqual(Left: Variant; Right: Variant): Boolean
    var
        LeftNumber: Decimal;
        RightNumber: Decimal;
    begin
        if IsNumber(Left) and IsNumber(Right) then begin
            LeftNumber := Left;
            RightNumber := Right;
            exit(LeftNumber = RightNumber);
        end;
        if TypeNameOf(Left) <> TypeNameOf(Right) then
            exit(false);
        exit(Format(Left, 0, 2) = Format(Right, 0, 2));
    end;

    local procedure IsNumber(Value: Variant): Boolean
    begin
        exit(Value.IsDecimal() or Value.IsInteger() or Value.IsChar());
    end;

    // Type class names as Format(Field.Type) prints them; Option/Byte count as Integer, Code/Char as Text.
    local procedure TypeNameOf(Value: Variant): Text
    begin
        case true of
            Value.IsBoolean():
                exit(BooleanTypeTok);
            Value.IsOption(), Value.IsInteger(), Value.IsByte():
                exit(IntegerTypeTok);
            Value.IsBigInteger():
                exit(BigIntegerTypeTok);
            Value.IsDecimal():
                exit(DecimalTypeTok);
            Value.IsText(), Value.IsCode(), Value.IsChar(), Value.IsTextConstant():
                exit(TextTypeTok);
            Value.IsDate():
                exit(DateTypeTok);
            Value.IsTime():
                exit(TimeTypeTok);
            Value.IsDuration():
                exit(DurationTypeTok);
            Value.IsDateTime():
                exit(DateTimeTypeTok);
            Value.IsDateFormula():
                exit(DateFormulaTypeTok);
            Value.IsGuid():
                exit(GuidTypeTok);
            Value.IsRecordId():
                exit(RecordIdTypeTok);
        end;
        Error(UnsupportedTypeErr, UnsupportedTypeName(Value));
    end;

    local procedure UnsupportedTypeName(Value: Variant): Text
    begin
        case true of
            Value.IsRecord():
                exit('Record');
            Value.IsRecordRef():
                exit('RecordRef');
            Value.IsFieldRef():
                exit('FieldRef');
            Value.IsCodeunit():
                exit('Codeunit');
        end;
        exit('Unsupported Type');
    end;
}

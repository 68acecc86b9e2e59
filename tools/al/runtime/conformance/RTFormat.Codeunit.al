// Conformance: Format and Evaluate in en-US and in standard format 9 (XML).
codeunit 50102 "RT Format"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";

    [Test]
    procedure FormatIntegerUsesThousandsSeparator()
    begin
        // Source: Microsoft Learn, "System.Format(Any [, Integer] [, Integer]) Method" (standard format 0, en-US)
        Assert.AreEqual('1,234,567', Format(1234567), 'integer');
        Assert.AreEqual('-42', Format(-42), 'negative');
    end;

    [Test]
    procedure FormatDecimalShowsSignificantDecimals()
    begin
        // Source: Microsoft Learn, "Format Property" (standard format 0 for Decimal: <Sign><Integer Thousand><Decimals>)
        Assert.AreEqual('1,234.5', Format(1234.5), 'decimal');
        Assert.AreEqual('-0.25', Format(-0.25), 'negative fraction');
        Assert.AreEqual('3', Format(3.0), 'whole decimal');
    end;

    [Test]
    procedure FormatDecimalXml()
    begin
        // Source: Microsoft Learn, "Format Property" (format 9: XML, no thousands separator, '.' decimal point)
        Assert.AreEqual('1234567.89', Format(1234567.89, 0, 9), 'xml decimal');
    end;

    [Test]
    procedure FormatIntegerXml()
    begin
        // Source: Microsoft Learn, "Format Property" (format 9 for Integer)
        Assert.AreEqual('1234567', Format(1234567, 0, 9), 'xml integer');
    end;

    [Test]
    procedure FormatBoolean()
    begin
        // Source: Microsoft Learn, "Format Property" (Boolean: Yes/No; XML: true/false)
        Assert.AreEqual('Yes', Format(true), 'yes');
        Assert.AreEqual('No', Format(false), 'no');
        Assert.AreEqual('true', Format(true, 0, 9), 'xml true');
        Assert.AreEqual('false', Format(false, 0, 9), 'xml false');
    end;

    [Test]
    procedure FormatDateEnUs()
    begin
        // Source: Microsoft Learn, "System.ClosingDate(Date) Method" (example output 04/04/14 in en-US)
        Assert.AreEqual('04/04/14', Format(20140404D), 'date');
    end;

    [Test]
    procedure FormatClosingDateHasPrefix()
    begin
        // Source: Microsoft Learn, "System.ClosingDate(Date) Method" (the closing date shows as C04/04/14)
        Assert.AreEqual('C04/04/14', Format(ClosingDate(20140404D)), 'closing date');
    end;

    [Test]
    procedure FormatDateXml()
    begin
        // Source: Microsoft Learn, "Format Property" (format 9 date: YYYY-MM-DD)
        Assert.AreEqual('2026-01-25', Format(20260125D, 0, 9), 'xml date');
    end;

    [Test]
    procedure FormatUndefinedDateIsEmpty()
    begin
        // Source: Microsoft Learn, "Date data type" (0D is the undefined date, shown blank)
        Assert.AreEqual('', Format(0D), 'blank');
    end;

    [Test]
    procedure FormatTimeXml()
    begin
        // Source: Microsoft Learn, "Format Property" (format 9 time: hh:mm:ss)
        Assert.AreEqual('10:15:30', Format(101530T, 0, 9), 'xml time');
    end;

    [Test]
    procedure FormatDateTimeXml()
    var
        DT: DateTime;
    begin
        // Source: Microsoft Learn, "Format Property" (format 9 DateTime: ISO 8601 in UTC)
        DT := CreateDateTime(20260125D, 101500T);
        Assert.AreEqual('2026-01-25T10:15:00Z', Format(DT, 0, 9), 'xml datetime');
    end;

    [Test]
    procedure FormatWithPrecisionAttribute()
    begin
        // Source: Microsoft Learn, "Format Property" (<Precision,2:2> forces two decimals)
        Assert.AreEqual('12.50', Format(12.5, 0, '<Precision,2:2><Standard Format,0>'), 'two decimals');
        Assert.AreEqual('1,234.00', Format(1234, 0, '<Precision,2:2><Standard Format,0>'), 'integer with decimals');
    end;

    [Test]
    procedure FormatPrecisionRoundsExtraDecimals()
    begin
        // Source: Microsoft Learn, "Format Property" (<Precision,0:2> shows at most two decimals)
        Assert.AreEqual('2.35', Format(2.346, 0, '<Precision,0:2><Standard Format,0>'), 'max two');
    end;

    [Test]
    procedure FormatCustomDateFields()
    begin
        // Source: Microsoft Learn, "Format Property" (<Year4>, <Month,2>, <Day,2> fields)
        Assert.AreEqual('2026-01-05', Format(20260105D, 0, '<Year4>-<Month,2>-<Day,2>'), 'custom date');
        Assert.AreEqual('5.1.26', Format(20260105D, 0, '<Day>.<Month>.<Year>'), 'short fields');
    end;

    [Test]
    procedure FormatCustomMonthText()
    begin
        // Source: Microsoft Learn, "Format Property" (<Month Text> and <Day Text>)
        Assert.AreEqual('Monday, January 5', Format(20260105D, 0, '<Day Text>, <Month Text> <Day>'), 'texts');
    end;

    [Test]
    procedure FormatCustomIntegerPadding()
    begin
        // Source: Microsoft Learn, "Format Property" (<Integer,N> with <Filler Character,0>)
        Assert.AreEqual('00042', Format(42, 0, '<Integer,5><Filler Character,0>'), 'padded');
    end;

    [Test]
    procedure FormatText()
    begin
        // Source: Microsoft Learn, "System.Format(Any [, Integer] [, Integer]) Method" (text is returned as is)
        Assert.AreEqual('abc', Format('abc'), 'text');
    end;

    [Test]
    procedure FormatOptionUsesMemberName()
    var
        Color: Option Red,Green,Blue;
    begin
        // Source: Microsoft Learn, "Option data type" (Format returns the option's text)
        Color := Color::Green;
        Assert.AreEqual('Green', Format(Color), 'option');
        Assert.AreEqual(1, Color, 'ordinal');
    end;

    [Test]
    procedure FormatGuidHasBracesUppercase()
    var
        G: Guid;
    begin
        // Source: Microsoft Learn, "Guid data type" (format {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX})
        Evaluate(G, '5d2b6a64-7c1e-4a43-9d8e-0c1b9a3b7a01');
        Assert.AreEqual('{5D2B6A64-7C1E-4A43-9D8E-0C1B9A3B7A01}', Format(G), 'guid');
    end;

    [Test]
    procedure NullGuid()
    var
        G: Guid;
    begin
        // Source: Microsoft Learn, "System.IsNullGuid(Guid) Method"
        Assert.IsTrue(IsNullGuid(G), 'new guid is null');
        G := CreateGuid();
        Assert.IsFalse(IsNullGuid(G), 'created guid');
    end;

    [Test]
    procedure EvaluateInteger()
    var
        I: Integer;
    begin
        // Source: Microsoft Learn, "System.Evaluate(var Any, Text [, Integer]) Method"
        Assert.IsTrue(Evaluate(I, '42'), 'ok');
        Assert.AreEqual(42, I, 'value');
    end;

    [Test]
    procedure EvaluateInvalidReturnsFalse()
    var
        I: Integer;
    begin
        // Source: Microsoft Learn, "System.Evaluate(var Any, Text [, Integer]) Method" (returns false if not valid)
        I := 7;
        Assert.IsFalse(Evaluate(I, 'abc'), 'not a number');
        Assert.AreEqual(7, I, 'unchanged');
    end;

    [Test]
    procedure EvaluateInvalidWithoutReturnValueFails()
    var
        I: Integer;
    begin
        // Source: Microsoft Learn, "System.Evaluate(var Any, Text [, Integer]) Method" (runtime error when the return value is not used)
        asserterror Evaluate(I, 'abc');
        Assert.AreNotEqual('', GetLastErrorText(), 'error raised');
    end;

    [Test]
    procedure EvaluateDecimalEnUs()
    var
        D: Decimal;
    begin
        // Source: Microsoft Learn, "System.Evaluate(var Any, Text [, Integer]) Method" (culture format, en-US)
        Assert.IsTrue(Evaluate(D, '1,234.5'), 'ok');
        Assert.AreEqual(1234.5, D, 'value');
    end;

    [Test]
    procedure EvaluateDecimalXml()
    var
        D: Decimal;
    begin
        // Source: Microsoft Learn, "System.Evaluate(var Any, Text [, Integer]) Method" (format 9 is XML)
        Assert.IsTrue(Evaluate(D, '-0.125', 9), 'ok');
        Assert.AreEqual(-0.125, D, 'value');
    end;

    [Test]
    procedure EvaluateBoolean()
    var
        B: Boolean;
    begin
        // Source: Microsoft Learn, "System.Evaluate(var Any, Text [, Integer]) Method" (Boolean from Yes/No and true/false)
        Assert.IsTrue(Evaluate(B, 'Yes'), 'yes ok');
        Assert.IsTrue(B, 'yes');
        Assert.IsTrue(Evaluate(B, 'false', 9), 'false ok');
        Assert.IsFalse(B, 'false');
    end;

    [Test]
    procedure EvaluateDateXml()
    var
        D: Date;
    begin
        // Source: Microsoft Learn, "System.Evaluate(var Any, Text [, Integer]) Method" (format 9 date)
        Assert.IsTrue(Evaluate(D, '2026-01-25', 9), 'ok');
        Assert.AreEqual(20260125D, D, 'value');
    end;

    [Test]
    procedure EvaluateDateEnUs()
    var
        D: Date;
    begin
        // Source: Microsoft Learn, "System.Evaluate(var Any, Text [, Integer]) Method" (en-US MM/DD/YY)
        Assert.IsTrue(Evaluate(D, '01/25/26'), 'ok');
        Assert.AreEqual(20260125D, D, 'value');
    end;

    [Test]
    procedure EvaluateInvalidDateReturnsFalse()
    var
        D: Date;
    begin
        // Source: Microsoft Learn, "System.Evaluate(var Any, Text [, Integer]) Method"
        Assert.IsFalse(Evaluate(D, '2026-02-30', 9), 'no 30 February');
    end;

    [Test]
    procedure EvaluateTimeXml()
    var
        T: Time;
    begin
        // Source: Microsoft Learn, "System.Evaluate(var Any, Text [, Integer]) Method" (format 9 time)
        Assert.IsTrue(Evaluate(T, '13:45:10', 9), 'ok');
        Assert.AreEqual(134510T, T, 'value');
    end;

    [Test]
    procedure EvaluateDateTimeXmlRoundTrip()
    var
        DT: DateTime;
    begin
        // Source: Microsoft Learn, "System.Evaluate(var Any, Text [, Integer]) Method" (ISO 8601 with offset)
        Assert.IsTrue(Evaluate(DT, '2026-01-25T12:15:00+02:00', 9), 'ok');
        Assert.AreEqual('2026-01-25T10:15:00Z', Format(DT, 0, 9), 'normalised to UTC');
    end;

    [Test]
    procedure EvaluateDateFormula()
    var
        DF: DateFormula;
    begin
        // Source: Microsoft Learn, "DateFormula data type" (Evaluate sets a date formula from text)
        Assert.IsTrue(Evaluate(DF, '<1M+CM>'), 'ok');
        Assert.AreEqual(20260331D, CalcDate(DF, 20260215D), 'applied');
    end;

    [Test]
    procedure EvaluateOptionByName()
    var
        Color: Option Red,Green,Blue;
    begin
        // Source: Microsoft Learn, "System.Evaluate(var Any, Text [, Integer]) Method" (option from its text)
        Assert.IsTrue(Evaluate(Color, 'Blue'), 'ok');
        Assert.AreEqual(2, Color, 'Blue is 2');
    end;

    [Test]
    procedure EvaluateGuid()
    var
        G: Guid;
    begin
        // Source: Microsoft Learn, "Guid data type"
        Assert.IsTrue(Evaluate(G, '{5D2B6A64-7C1E-4A43-9D8E-0C1B9A3B7A01}'), 'ok');
        Assert.IsFalse(IsNullGuid(G), 'set');
    end;

    [Test]
    procedure EvaluateCodeKeepsText()
    var
        T: Text;
    begin
        // Source: Microsoft Learn, "System.Evaluate(var Any, Text [, Integer]) Method" (Text target takes the string)
        Assert.IsTrue(Evaluate(T, 'free text'), 'ok');
        Assert.AreEqual('free text', T, 'value');
    end;
}

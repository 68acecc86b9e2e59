// Conformance: Text, Code and the text built-ins.
codeunit 50101 "RT Text"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";

    [Test]
    procedure CopyStrTakesPositionAndLength()
    begin
        // Source: Microsoft Learn, "Text.CopyStr(Text, Integer [, Integer]) Method"
        Assert.AreEqual('CD', CopyStr('ABCDEFG', 3, 2), 'CopyStr');
    end;

    [Test]
    procedure CopyStrWithoutLengthTakesRest()
    begin
        // Source: Microsoft Learn, "Text.CopyStr(Text, Integer [, Integer]) Method" (Length omitted: to the end)
        Assert.AreEqual('EFG', CopyStr('ABCDEFG', 5), 'CopyStr rest');
    end;

    [Test]
    procedure CopyStrPastEndIsEmpty()
    begin
        // Source: Microsoft Learn, "Text.CopyStr(Text, Integer [, Integer]) Method" (Position beyond the string: empty)
        Assert.AreEqual('', CopyStr('ABC', 10), 'past end');
        Assert.AreEqual('BC', CopyStr('ABC', 2, 100), 'length beyond end');
    end;

    [Test]
    procedure CopyStrTruncatesToTargetLength()
    var
        Short: Text[3];
    begin
        // Source: BCApps code uses CopyStr(X, 1, MaxStrLen(Target)) to fit a value into a field
        Short := CopyStr('ABCDEF', 1, MaxStrLen(Short));
        Assert.AreEqual('ABC', Short, 'fits');
    end;

    [Test]
    procedure MaxStrLenOfDeclaredText()
    var
        T30: Text[30];
        C20: Code[20];
    begin
        // Source: Microsoft Learn, "Text.MaxStrLen(Text) Method"
        Assert.AreEqual(30, MaxStrLen(T30), 'Text[30]');
        Assert.AreEqual(20, MaxStrLen(C20), 'Code[20]');
    end;

    [Test]
    procedure TextOverflowFails()
    var
        T5: Text[5];
    begin
        // Source: Microsoft Learn, "Text data type" (assigning a longer value to Text[N] is an error)
        asserterror T5 := 'ABCDEF';
        Assert.ExpectedError('The length of the string is 6, but it must be less than or equal to 5 characters.');
    end;

    [Test]
    procedure CodeIsUppercasedAndTrimmed()
    var
        C: Code[10];
    begin
        // Source: Microsoft Learn, "Code data type" (converted to uppercase; leading and trailing spaces removed)
        C := '  abc d  ';
        Assert.AreEqual('ABC D', C, 'Code value');
    end;

    [Test]
    procedure CodeOverflowFails()
    var
        C: Code[3];
    begin
        // Source: Microsoft Learn, "Code data type" (maximum length)
        asserterror C := 'abcd';
        Assert.ExpectedError('must be less than or equal to 3 characters');
    end;

    [Test]
    procedure StrLenCountsCharacters()
    begin
        // Source: Microsoft Learn, "Text.StrLen(Text) Method"
        Assert.AreEqual(5, StrLen('Hello'), 'StrLen');
        Assert.AreEqual(0, StrLen(''), 'empty');
    end;

    [Test]
    procedure StrPosFindsFirstOccurrence()
    begin
        // Source: Microsoft Learn, "Text.StrPos(Text, Text) Method" (1-based, 0 when not found)
        Assert.AreEqual(2, StrPos('ABCABC', 'BC'), 'found');
        Assert.AreEqual(0, StrPos('ABC', 'X'), 'not found');
    end;

    [Test]
    procedure UpperAndLowerCase()
    begin
        // Source: Microsoft Learn, "Text.UpperCase(Text) Method" and "Text.LowerCase(Text) Method"
        Assert.AreEqual('ABC1', UpperCase('aBc1'), 'upper');
        Assert.AreEqual('abc1', LowerCase('aBC1'), 'lower');
    end;

    [Test]
    procedure DelChrLeadingAndTrailingSpaces()
    begin
        // Source: Microsoft Learn, "Text.DelChr(Text [, Text] [, Text]) Method" ('<>' with default space)
        Assert.AreEqual('A B', DelChr('  A B  ', '<>'), 'trim spaces');
    end;

    [Test]
    procedure DelChrAllOccurrences()
    begin
        // Source: Microsoft Learn, "Text.DelChr(Text [, Text] [, Text]) Method" ('=' removes every occurrence)
        Assert.AreEqual('ABC', DelChr('A-B-C', '=', '-'), 'remove dashes');
        Assert.AreEqual('Hllo', DelChr('Hello', '=', 'e'), 'remove e');
    end;

    [Test]
    procedure DelChrLeadingOnly()
    begin
        // Source: Microsoft Learn, "Text.DelChr(Text [, Text] [, Text]) Method" ('<' leading only)
        Assert.AreEqual('Axx', DelChr('xxAxx', '<', 'x'), 'leading');
        Assert.AreEqual('xxA', DelChr('xxAxx', '>', 'x'), 'trailing');
    end;

    [Test]
    procedure DelChrDefaultRemovesAllSpaces()
    begin
        // Source: Microsoft Learn, "Text.DelChr(Text [, Text] [, Text]) Method" (defaults: '=' and space)
        Assert.AreEqual('ABC', DelChr(' A B C '), 'all spaces');
    end;

    [Test]
    procedure IncStrIncrementsKeepingWidth()
    begin
        // Source: Microsoft Learn, "Text.IncStr(Text) Method" (number series use it, e.g. 'INV0009' -> 'INV0010')
        Assert.AreEqual('INV0010', IncStr('INV0009'), 'keeps width');
    end;

    [Test]
    procedure IncStrGrowsWhenAllNines()
    begin
        // Source: Microsoft Learn, "Text.IncStr(Text) Method"
        Assert.AreEqual('A100', IncStr('A99'), 'grows');
    end;

    [Test]
    procedure IncStrUsesLastNumber()
    begin
        // Source: Microsoft Learn, "Text.IncStr(Text) Method" (the rightmost number is incremented)
        Assert.AreEqual('S-01-100-X', IncStr('S-01-099-X'), 'rightmost number');
    end;

    [Test]
    procedure IncStrWithoutNumberIsEmpty()
    begin
        // Source: Microsoft Learn, "Text.IncStr(Text) Method" (no number: empty string)
        Assert.AreEqual('', IncStr('ABC'), 'no digits');
    end;

    [Test]
    procedure PadStrPadsAndTruncates()
    begin
        // Source: Microsoft Learn, "Text.PadStr(Text, Integer [, Text]) Method"
        Assert.AreEqual('AB***', PadStr('AB', 5, '*'), 'pad');
        Assert.AreEqual('ABC', PadStr('ABCDEF', 3), 'truncate');
        Assert.AreEqual('AB   ', PadStr('AB', 5), 'space fill');
    end;

    [Test]
    procedure SelectStrPicksCommaPart()
    begin
        // Source: Microsoft Learn, "Text.SelectStr(Integer, Text) Method"
        Assert.AreEqual('Blue', SelectStr(2, 'Red,Blue,Green'), 'second');
    end;

    [Test]
    procedure SelectStrOutOfRangeFails()
    begin
        // Source: Microsoft Learn, "Text.SelectStr(Integer, Text) Method" (error when Number is out of range)
        asserterror SelectStr(4, 'Red,Blue,Green');
        Assert.AreNotEqual('', GetLastErrorText(), 'an error was raised');
    end;

    [Test]
    procedure ConvertStrMapsCharacters()
    begin
        // Source: Microsoft Learn, "Text.ConvertStr(Text, Text, Text) Method"
        Assert.AreEqual('XYCD', ConvertStr('ABCD', 'AB', 'XY'), 'convert');
    end;

    [Test]
    procedure ConvertStrNeedsEqualLengths()
    begin
        // Source: Microsoft Learn, "Text.ConvertStr(Text, Text, Text) Method" (FromCharacters and ToCharacters same length)
        asserterror ConvertStr('ABCD', 'AB', 'X');
        Assert.AreNotEqual('', GetLastErrorText(), 'an error was raised');
    end;

    [Test]
    procedure StrSubstNoReplacesPlaceholders()
    begin
        // Source: Microsoft Learn, "System.StrSubstNo(Text [, Any,...]) Method" (values formatted as Format does: 1,001)
        Assert.AreEqual('Invoice 1,001 for 10000', StrSubstNo('Invoice %1 for %2', 1001, '10000'), 'substitution');
    end;

    [Test]
    procedure StrSubstNoFormatsValues()
    begin
        // Source: Microsoft Learn, "System.StrSubstNo(Text [, Any,...]) Method" (values are formatted as by Format)
        Assert.AreEqual('Total: 1,234.5 on 01/25/26', StrSubstNo('Total: %1 on %2', 1234.5, 20260125D), 'formats');
    end;

    [Test]
    procedure StrSubstNoRepeatsPlaceholder()
    begin
        // Source: Microsoft Learn, "System.StrSubstNo(Text [, Any,...]) Method" (a placeholder may appear twice)
        Assert.AreEqual('a-a', StrSubstNo('%1-%1', 'a'), 'repeat');
    end;

    [Test]
    procedure TextComparisonIsCaseSensitive()
    begin
        // Source: Microsoft Learn, "Relational operators" (text comparison is case-sensitive)
        Assert.IsFalse('abc' = 'ABC', 'case differs');
        Assert.IsTrue('abc' = 'abc', 'same');
    end;

    [Test]
    procedure TextConcatenation()
    var
        T: Text;
    begin
        // Source: Microsoft Learn, "Arithmetic operators" (+ concatenates text)
        T := 'Book';
        T += 'ings';
        Assert.AreEqual('Bookings', T, 'concat');
    end;

    [Test]
    procedure TextContainsStartsEnds()
    var
        T: Text;
    begin
        // Source: Microsoft Learn, "Text.Contains(Text) Method", "Text.StartsWith", "Text.EndsWith"
        T := 'Bookings Invoicing';
        Assert.IsTrue(T.Contains('Invo'), 'contains');
        Assert.IsTrue(T.StartsWith('Book'), 'starts');
        Assert.IsTrue(T.EndsWith('cing'), 'ends');
        Assert.IsFalse(T.Contains('invo'), 'case-sensitive');
    end;

    [Test]
    procedure TextIndexOf()
    var
        T: Text;
    begin
        // Source: Microsoft Learn, "Text.IndexOf(Text [, Integer]) Method" (1-based, 0 when not found)
        T := 'abcabc';
        Assert.AreEqual(2, T.IndexOf('b'), 'first');
        Assert.AreEqual(5, T.IndexOf('b', 3), 'from position');
        Assert.AreEqual(5, T.LastIndexOf('b'), 'last');
        Assert.AreEqual(0, T.IndexOf('z'), 'missing');
    end;

    [Test]
    procedure TextReplace()
    var
        T: Text;
    begin
        // Source: Microsoft Learn, "Text.Replace(Text, Text) Method" (every occurrence)
        T := 'a-b-c';
        Assert.AreEqual('a+b+c', T.Replace('-', '+'), 'replace');
    end;

    [Test]
    procedure TextSplit()
    var
        T: Text;
        Parts: List of [Text];
    begin
        // Source: Microsoft Learn, "Text.Split([Text,...]) Method"
        T := 'a,b,,c';
        Parts := T.Split(',');
        Assert.AreEqual(4, Parts.Count(), 'count');
        Assert.AreEqual('', Parts.Get(3), 'empty part kept');
        Assert.AreEqual('c', Parts.Get(4), 'last');
    end;

    [Test]
    procedure TextSubstring()
    var
        T: Text;
    begin
        // Source: Microsoft Learn, "Text.Substring(Integer [, Integer]) Method"
        T := 'Bookings';
        Assert.AreEqual('king', T.Substring(4, 4), 'sub');
        Assert.AreEqual('ings', T.Substring(5), 'rest');
    end;

    [Test]
    procedure TextSubstringOutOfRangeFails()
    var
        T: Text;
    begin
        // Source: Microsoft Learn, "Text.Substring(Integer [, Integer]) Method" (error when out of range)
        T := 'abc';
        asserterror T := T.Substring(2, 5);
        Assert.AreNotEqual('', GetLastErrorText(), 'an error was raised');
    end;

    [Test]
    procedure TextTrimAndPad()
    var
        T: Text;
    begin
        // Source: Microsoft Learn, "Text.Trim() Method", "Text.PadLeft(Integer [, Char]) Method"
        T := '  x  ';
        Assert.AreEqual('x', T.Trim(), 'trim');
        Assert.AreEqual('x  ', T.TrimStart(), 'trim start');
        T := '7';
        Assert.AreEqual('007', T.PadLeft(3, '0'), 'pad left');
        Assert.AreEqual('7..', T.PadRight(3, '.'), 'pad right');
    end;

    [Test]
    procedure TextToUpperToLower()
    var
        T: Text;
    begin
        // Source: Microsoft Learn, "Text.ToUpper() Method" and "Text.ToLower() Method"
        T := 'MiXeD';
        Assert.AreEqual('MIXED', T.ToUpper(), 'upper');
        Assert.AreEqual('mixed', T.ToLower(), 'lower');
    end;

    [Test]
    procedure TextRemove()
    var
        T: Text;
    begin
        // Source: Microsoft Learn, "Text.Remove(Integer [, Integer]) Method"
        T := 'abcdef';
        Assert.AreEqual('aef', T.Remove(2, 3), 'remove');
    end;

    [Test]
    procedure TextBuilderAppends()
    var
        TB: TextBuilder;
    begin
        // Source: Microsoft Learn, "TextBuilder Data Type"
        TB.Append('a');
        TB.Append('b');
        TB.Append('c');
        Assert.AreEqual('abc', TB.ToText(), 'appended');
        Assert.AreEqual(3, TB.Length(), 'length');
    end;

    [Test]
    procedure TextBuilderAppendLineUsesCrLf()
    var
        TB: TextBuilder;
        Lf: Text[1];
        Cr: Text[1];
    begin
        // Source: Microsoft Learn, "TextBuilder.AppendLine([Text]) Method" (adds the default line terminator)
        TB.AppendLine('x');
        Cr[1] := 13;
        Lf[1] := 10;
        Assert.AreEqual('x' + Cr + Lf, TB.ToText(), 'CRLF');
    end;

    [Test]
    procedure TextIndexingGivesChar()
    var
        T: Text;
        C: Char;
    begin
        // Source: Microsoft Learn, "Char data type" (a text can be indexed to read one character)
        T := 'ABC';
        C := T[2];
        Assert.AreEqual(66, C, 'B is 66');
    end;

    [Test]
    procedure LabelIsText()
    var
        Greeting: Label 'Hello %1', Locked = true;
    begin
        // Source: Microsoft Learn, "Label data type" (a label is a text constant usable with StrSubstNo)
        Assert.AreEqual('Hello World', StrSubstNo(Greeting, 'World'), 'label');
    end;
}

// Conformance: Integer, BigInteger and Decimal arithmetic and rounding.
codeunit 50100 "RT Numbers"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";

    [Test]
    procedure DecimalAdditionIsExact()
    var
        d: Decimal;
        i: Integer;
    begin
        // Source: Microsoft Learn, "Decimal data type" (decimal numbers are stored exactly, up to 28-29 digits)
        for i := 1 to 10 do
            d += 0.1;
        Assert.AreEqual(1, d, 'ten times 0.1');
    end;

    [Test]
    procedure DecimalKeepsTwentyEightDigits()
    var
        d: Decimal;
    begin
        // Source: Microsoft Learn, "Decimal data type" (precision of 28-29 significant digits)
        d := 1 / 3;
        Assert.AreEqual('0.3333333333333333333333333333', Format(d, 0, 9), '1/3 to 28 places');
    end;

    [Test]
    procedure DivisionAlwaysGivesDecimal()
    var
        d: Decimal;
    begin
        // Source: Microsoft Learn, "Arithmetic operators" (the / operator returns Decimal)
        d := 7 / 2;
        Assert.AreEqual(3.5, d, '7 / 2');
    end;

    [Test]
    procedure IntegerDivTruncates()
    begin
        // Source: Microsoft Learn, "Arithmetic operators" (div is integer division)
        Assert.AreEqual(3, 7 div 2, '7 div 2');
        Assert.AreEqual(-3, -7 div 2, '-7 div 2 truncates toward zero');
    end;

    [Test]
    procedure ModKeepsSignOfDividend()
    begin
        // Source: Microsoft Learn, "Arithmetic operators" (mod is the remainder of integer division)
        Assert.AreEqual(1, 7 mod 3, '7 mod 3');
        Assert.AreEqual(-1, -7 mod 3, '-7 mod 3');
    end;

    [Test]
    procedure DivisionByZeroFails()
    var
        d: Decimal;
        z: Decimal;
    begin
        // Source: Microsoft Learn, "Arithmetic operators" (division by zero raises an error)
        asserterror d := 1 / z;
        Assert.ExpectedError('divide by zero');
    end;

    [Test]
    procedure IntegerOverflowFails()
    var
        i: Integer;
    begin
        // Source: Microsoft Learn, "Integer data type" (range -2,147,483,647 to 2,147,483,647)
        i := 2147483647;
        asserterror i := i + 1;
        Assert.ExpectedError('overflow');
    end;

    [Test]
    procedure BigIntegerHoldsLargeValues()
    var
        b: BigInteger;
    begin
        // Source: Microsoft Learn, "BigInteger data type" (64-bit integer)
        b := 2147483647;
        b := b * 1000;
        Assert.AreEqual('2147483647000', Format(b, 0, 9), 'BigInteger product');
    end;

    [Test]
    procedure RoundDefaultPrecisionIsHundredths()
    begin
        // Source: Microsoft Learn, "System.Round(Decimal [, Decimal] [, Text]) Method" (default precision 0.01)
        Assert.AreEqual(1234.57, Round(1234.56789), 'Round default');
    end;

    [Test]
    procedure RoundNearestToThousandths()
    begin
        // Source: Microsoft Learn, "System.Round(Decimal [, Decimal] [, Text]) Method" (example 1234.56789)
        Assert.AreEqual(1234.568, Round(1234.56789, 0.001, '='), 'nearest 0.001');
    end;

    [Test]
    procedure RoundUpToHundred()
    begin
        // Source: Microsoft Learn, "System.Round(Decimal [, Decimal] [, Text]) Method" ('>' rounds up)
        Assert.AreEqual(1300, Round(1234.56789, 100, '>'), 'up to 100');
    end;

    [Test]
    procedure RoundDownToTen()
    begin
        // Source: Microsoft Learn, "System.Round(Decimal [, Decimal] [, Text]) Method" ('<' rounds down)
        Assert.AreEqual(1230, Round(1234.56789, 10, '<'), 'down to 10');
    end;

    [Test]
    procedure RoundHalfGoesAwayFromZero()
    begin
        // Source: Microsoft Learn, "System.Round(Decimal [, Decimal] [, Text]) Method" ('=' rounds .5 up in magnitude)
        Assert.AreEqual(3, Round(2.5, 1), '2.5');
        Assert.AreEqual(-3, Round(-2.5, 1), '-2.5');
    end;

    [Test]
    procedure RoundNegativeUpIsTowardPositive()
    begin
        // Source: Microsoft Learn, "System.Round(Decimal [, Decimal] [, Text]) Method" ('>' rounds up, i.e. toward +infinity)
        Assert.AreEqual(-1234.5, Round(-1234.56789, 0.1, '>'), 'negative up');
        Assert.AreEqual(-1234.6, Round(-1234.56789, 0.1, '<'), 'negative down');
    end;

    [Test]
    procedure RoundToFiveCents()
    begin
        // Source: Microsoft Learn, "System.Round(Decimal [, Decimal] [, Text]) Method" (any precision, e.g. 0.05)
        Assert.AreEqual(1.05, Round(1.04, 0.05), 'nearest 0.05');
        Assert.AreEqual(1.1, Round(1.08, 0.05), 'nearest 0.05 up');
    end;

    [Test]
    procedure RoundInvalidDirectionFails()
    begin
        // Source: Microsoft Learn, "System.Round(Decimal [, Decimal] [, Text]) Method" (direction is '=', '>' or '<')
        asserterror Round(1.5, 1, 'x');
        Assert.ExpectedError('direction');
    end;

    [Test]
    procedure AbsOfDecimalAndInteger()
    begin
        // Source: Microsoft Learn, "System.Abs(Decimal) Method"
        Assert.AreEqual(12.5, Abs(-12.5), 'decimal');
        Assert.AreEqual(7, Abs(-7), 'integer');
    end;

    [Test]
    procedure PowerOfIntegers()
    begin
        // Source: Microsoft Learn, "System.Power(Decimal, Decimal) Method"
        Assert.AreEqual(1024, Power(2, 10), '2^10');
        Assert.AreEqual(1.21, Power(1.1, 2), '1.1^2 exact');
    end;

    [Test]
    procedure RandomStaysInRange()
    var
        i: Integer;
        r: Integer;
    begin
        // Source: Microsoft Learn, "System.Random(Integer) Method" (a number between 1 and MaxNumber)
        for i := 1 to 200 do begin
            r := Random(6);
            Assert.IsTrue((r >= 1) and (r <= 6), 'between 1 and 6');
        end;
    end;

    [Test]
    procedure RandomizeMakesSequenceRepeatable()
    var
        a: Integer;
        b: Integer;
    begin
        // Source: Microsoft Learn, "System.Randomize([Integer]) Method" (same seed gives the same sequence)
        Randomize(42);
        a := Random(1000000);
        Randomize(42);
        b := Random(1000000);
        Assert.AreEqual(a, b, 'same seed');
    end;

    [Test]
    procedure IntegerPromotesToDecimal()
    var
        d: Decimal;
        i: Integer;
    begin
        // Source: Microsoft Learn, "Arithmetic operators" (Integer and Decimal give Decimal)
        i := 3;
        d := i * 1.5;
        Assert.AreEqual(4.5, d, '3 * 1.5');
    end;

    [Test]
    procedure DecimalComparisonIgnoresScale()
    begin
        // Source: Microsoft Learn, "Relational operators" (numeric comparison by value)
        Assert.IsTrue(1.10 = 1.1, '1.10 = 1.1');
        Assert.IsTrue(2.5 > 2, '2.5 > 2');
    end;

    [Test]
    procedure UnaryMinusAndCompoundAssignment()
    var
        d: Decimal;
    begin
        // Source: Microsoft Learn, "Assignment statements" (+=, -=, *=, /=)
        d := 10;
        d -= 2.5;
        d *= 2;
        d /= 5;
        Assert.AreEqual(3, d, 'compound');
        Assert.AreEqual(-3, -d, 'negation');
    end;

    [Test]
    procedure DecimalMultiplicationIsExact()
    begin
        // Source: Microsoft Learn, "Decimal data type" (exact decimal arithmetic)
        Assert.AreEqual(0.0001, 0.01 * 0.01, 'product of hundredths');
        Assert.AreEqual(333.33, 3 * 111.11, 'line amount');
    end;

    [Test]
    procedure IntegerDivByZeroFails()
    var
        i: Integer;
        z: Integer;
    begin
        // Source: Microsoft Learn, "Arithmetic operators" (division by zero raises an error)
        asserterror i := 5 div z;
        Assert.ExpectedError('divide by zero');
    end;

    [Test]
    procedure DecimalToIntegerAssignmentRounds()
    var
        i: Integer;
        d: Decimal;
    begin
        // Source: Microsoft Learn, "Integer data type" (a Decimal assigned to an Integer is converted)
        d := 4;
        i := d;
        Assert.AreEqual(4, i, 'whole decimal to integer');
    end;
}

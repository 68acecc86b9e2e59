// Conformance: statements, procedures, parameters, codeunit instances, interfaces, enums, collections.
codeunit 50107 "RT Language"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";
        GlobalCounter: Integer;

    [Test]
    procedure VarParameterChangesCaller()
    var
        i: Integer;
    begin
        // Source: Microsoft Learn, "Parameters" (var passes by reference)
        i := 1;
        AddOne(i);
        Assert.AreEqual(2, i, 'changed');
    end;

    [Test]
    procedure ValueParameterIsCopy()
    var
        i: Integer;
    begin
        // Source: Microsoft Learn, "Parameters" (without var, the callee gets a copy)
        i := 1;
        AddOneByValue(i);
        Assert.AreEqual(1, i, 'unchanged');
    end;

    local procedure AddOne(var i: Integer)
    begin
        i += 1;
    end;

    local procedure AddOneByValue(i: Integer)
    begin
        i += 1;
    end;

    [Test]
    procedure VarParameterConvertsOnWriteBack()
    var
        T: Text[10];
    begin
        // Source: Microsoft Learn, "Parameters" (var text parameters write back to the caller's variable)
        SetText(T);
        Assert.AreEqual('set', T, 'written back');
    end;

    local procedure SetText(var T: Text[10])
    begin
        T := 'set';
    end;

    [Test]
    procedure ExitWithValue()
    begin
        // Source: Microsoft Learn, "Exit statement" (exit(value) returns the value)
        Assert.AreEqual(6, Factorial(3), '3!');
        Assert.AreEqual(3628800, Factorial(10), '10!');
    end;

    local procedure Factorial(n: Integer): Integer
    begin
        if n <= 1 then
            exit(1);
        exit(n * Factorial(n - 1));
    end;

    [Test]
    procedure NamedReturnValue()
    begin
        // Source: Microsoft Learn, "Procedures" (a named return value is returned at the end)
        Assert.AreEqual('named', NamedResult(), 'named return');
    end;

    local procedure NamedResult() Result: Text
    begin
        Result := 'named';
    end;

    [Test]
    procedure ExitWithoutValueKeepsNamedResult()
    begin
        // Source: Microsoft Learn, "Exit statement" (exit without a value returns the current return variable)
        Assert.AreEqual(5, EarlyExit(), 'early');
    end;

    local procedure EarlyExit() Result: Integer
    begin
        Result := 5;
        exit;
    end;

    [Test]
    procedure DefaultReturnValue()
    begin
        // Source: Microsoft Learn, "Procedures" (a return value not set is the type's default)
        Assert.AreEqual(0, NoExit(), 'default 0');
    end;

    local procedure NoExit(): Integer
    begin
    end;

    [Test]
    procedure GlobalsPersistInInstance()
    begin
        // Source: Microsoft Learn, "Variables" (global variables live as long as the codeunit instance)
        GlobalCounter := 0;
        BumpGlobal();
        BumpGlobal();
        Assert.AreEqual(2, GlobalCounter, 'global');
    end;

    local procedure BumpGlobal()
    begin
        GlobalCounter += 1;
    end;

    [Test]
    procedure CodeunitInstancesAreSeparate()
    var
        A: Codeunit "RT Plain Counter";
        B: Codeunit "RT Plain Counter";
    begin
        // Source: Microsoft Learn, "Codeunit object" (each variable is its own instance)
        A.Increment();
        A.Increment();
        Assert.AreEqual(1, B.Increment(), 'B has its own state');
        Assert.AreEqual(3, A.Increment(), 'A kept its state');
    end;

    [Test]
    procedure SingleInstanceSharesState()
    var
        A: Codeunit "RT Counter";
        B: Codeunit "RT Counter";
        First: Integer;
    begin
        // Source: Microsoft Learn, "SingleInstance Property" (one instance per session)
        First := A.Increment();
        Assert.AreEqual(First + 1, B.Increment(), 'shared');
    end;

    [Test]
    procedure ClearCodeunitGivesNewInstance()
    var
        A: Codeunit "RT Plain Counter";
    begin
        // Source: Microsoft Learn, "System.Clear(var Any) Method" (a cleared codeunit variable starts fresh)
        A.Increment();
        Clear(A);
        Assert.AreEqual(1, A.Increment(), 'fresh');
    end;

    [Test]
    procedure ThisCallsOwnProcedures()
    var
        S: Codeunit "RT Self Caller";
    begin
        // Source: Microsoft Learn, "this keyword" (refers to the current codeunit instance)
        Assert.AreEqual(2, S.Outer(), 'two calls via this');
    end;

    [Test]
    procedure InterfaceDispatch()
    var
        Square: Codeunit "RT Square";
        Shape: Interface "RT Shape";
    begin
        // Source: Microsoft Learn, "Interfaces in AL" (calls go to the assigned implementation)
        Shape := Square;
        Assert.AreEqual(9, Shape.Area(3), 'square area');
        Assert.AreEqual('Square', Shape.Name(), 'name');
    end;

    [Test]
    procedure InterfaceVarParametersWriteBack()
    var
        Half: Codeunit "RT Half Splitter";
        Splitter: Interface "RT Splitter";
        A: Decimal;
        B: Decimal;
    begin
        // Source: Microsoft Learn, "Interfaces in AL" (interface procedures take var parameters like any procedure)
        Splitter := Half;
        Splitter.Split(5, A, B);
        Assert.AreEqual(2.5, A, 'first');
        Assert.AreEqual(2.5, B, 'second');
    end;

    [Test]
    procedure InterfaceFromEnumValue()
    var
        Shape: Interface "RT Shape";
        Kind: Enum "RT Shape Kind";
    begin
        // Source: Microsoft Learn, "Extensible enums" (an enum value selects its interface implementation)
        Kind := Kind::Circle;
        Shape := Kind;
        Assert.AreEqual('Circle', Shape.Name(), 'implementation of Circle');
    end;

    [Test]
    procedure InterfaceDefaultImplementation()
    var
        Shape: Interface "RT Shape";
        Kind: Enum "RT Shape Kind";
    begin
        // Source: Microsoft Learn, "DefaultImplementation Property" (used by values without Implementation)
        Kind := Kind::Other;
        Shape := Kind;
        Assert.AreEqual('Square', Shape.Name(), 'default');
    end;

    [Test]
    procedure UnassignedInterfaceFails()
    var
        Shape: Interface "RT Shape";
    begin
        // Source: Microsoft Learn, "Interfaces in AL" (an interface variable must be assigned before use)
        asserterror Shape.Name();
        Assert.AreNotEqual('', GetLastErrorText(), 'error');
    end;

    [Test]
    procedure EnumOrdinalAndNames()
    var
        Kind: Enum "RT Shape Kind";
    begin
        // Source: Microsoft Learn, "Enum data type" (AsInteger, FromInteger, Names, Ordinals)
        Kind := Kind::Circle;
        Assert.AreEqual(1, Kind.AsInteger(), 'ordinal');
        Kind := "RT Shape Kind".FromInteger(2);
        Assert.AreEqual('Other', Format(Kind), 'from integer');
        Assert.AreEqual(3, Kind.Names().Count(), 'names');
    end;

    [Test]
    procedure EnumComparison()
    var
        Kind: Enum "RT Shape Kind";
    begin
        // Source: Microsoft Learn, "Enum data type" (values compare by ordinal)
        Kind := Kind::Square;
        Assert.IsTrue(Kind = Kind::Square, 'equal');
        Assert.IsTrue(Kind <> Kind::Circle, 'not equal');
    end;

    [Test]
    procedure CaseWithValuesRangesAndElse()
    begin
        // Source: Microsoft Learn, "Case statement" (values, ranges and else)
        Assert.AreEqual('one', Classify(1), '1');
        Assert.AreEqual('few', Classify(3), '3');
        Assert.AreEqual('few', Classify(5), '5');
        Assert.AreEqual('many', Classify(50), '50');
    end;

    local procedure Classify(n: Integer): Text
    begin
        case n of
            1:
                exit('one');
            2 .. 4, 5:
                exit('few');
            else
                exit('many');
        end;
    end;

    [Test]
    procedure CaseTrue()
    var
        n: Integer;
        Result: Text;
    begin
        // Source: Microsoft Learn, "Case statement" (case true of: first true branch runs)
        n := 15;
        case true of
            n < 10:
                Result := 'small';
            n < 20:
                Result := 'medium';
            else
                Result := 'large';
        end;
        Assert.AreEqual('medium', Result, 'case true');
    end;

    [Test]
    procedure CaseOnOption()
    var
        Color: Option Red,Green,Blue;
        Result: Text;
    begin
        // Source: Microsoft Learn, "Case statement" (option values as branch labels)
        Color := Color::Blue;
        case Color of
            Color::Red:
                Result := 'r';
            Color::Blue:
                Result := 'b';
        end;
        Assert.AreEqual('b', Result, 'blue');
    end;

    [Test]
    procedure ForDownto()
    var
        i: Integer;
        T: Text;
    begin
        // Source: Microsoft Learn, "For statement" (downto counts down)
        for i := 3 downto 1 do
            T += Format(i);
        Assert.AreEqual('321', T, 'downto');
    end;

    [Test]
    procedure ForWithEmptyRangeRunsNothing()
    var
        i: Integer;
        n: Integer;
    begin
        // Source: Microsoft Learn, "For statement" (start greater than end: no iterations)
        for i := 5 to 1 do
            n += 1;
        Assert.AreEqual(0, n, 'none');
    end;

    [Test]
    procedure WhileAndRepeat()
    var
        i: Integer;
        n: Integer;
    begin
        // Source: Microsoft Learn, "While statement" and "Repeat statement" (repeat runs at least once)
        while i < 5 do
            i += 2;
        Assert.AreEqual(6, i, 'while');
        repeat
            n += 1;
        until true;
        Assert.AreEqual(1, n, 'repeat once');
    end;

    [Test]
    procedure BreakLeavesLoop()
    var
        i: Integer;
        Last: Integer;
    begin
        // Source: Microsoft Learn, "Break statement"
        for i := 1 to 10 do begin
            Last := i;
            if i = 4 then
                break;
        end;
        Assert.AreEqual(4, Last, 'stopped at 4');
    end;

    [Test]
    procedure ForeachOverList()
    var
        L: List of [Integer];
        i: Integer;
        Sum: Integer;
    begin
        // Source: Microsoft Learn, "Foreach statement"
        L.Add(1);
        L.Add(2);
        L.Add(3);
        foreach i in L do
            Sum += i;
        Assert.AreEqual(6, Sum, 'sum');
    end;

    [Test]
    procedure InOperatorWithSetAndRange()
    var
        n: Integer;
    begin
        // Source: Microsoft Learn, "Relational operators" (in tests set membership, ranges allowed)
        n := 7;
        Assert.IsTrue(n in [1, 5 .. 8], 'in range');
        Assert.IsFalse(n in [1, 2, 3], 'not in');
    end;

    [Test]
    procedure BooleanOperators()
    begin
        // Source: Microsoft Learn, "Boolean operators" (not, and, or, xor)
        Assert.IsTrue(true xor false, 'xor');
        Assert.IsFalse(true xor true, 'xor both');
        Assert.IsTrue(not false, 'not');
        Assert.IsTrue((1 < 2) and (2 < 3), 'and');
        Assert.IsTrue((1 > 2) or (2 < 3), 'or');
    end;

    [Test]
    procedure ArrayVariables()
    var
        A: array[3] of Integer;
        M: array[2, 2] of Text;
        i: Integer;
        Sum: Integer;
    begin
        // Source: Microsoft Learn, "Array data type" (1-based, multi-dimensional)
        for i := 1 to 3 do
            A[i] := i * 10;
        for i := 1 to 3 do
            Sum += A[i];
        M[2, 1] := 'x';
        Assert.AreEqual(60, Sum, 'sum');
        Assert.AreEqual('x', M[2, 1], 'matrix');
        Assert.AreEqual('', M[1, 2], 'default');
    end;

    [Test]
    procedure ArrayIndexOutOfBoundsFails()
    var
        A: array[3] of Integer;
        i: Integer;
    begin
        // Source: Microsoft Learn, "Array data type" (index outside the bounds is an error)
        i := 4;
        asserterror A[i] := 1;
        Assert.AreNotEqual('', GetLastErrorText(), 'error');
    end;

    [Test]
    procedure ListOperations()
    var
        L: List of [Text];
    begin
        // Source: Microsoft Learn, "List data type" (Add, Get, Count, Contains, IndexOf, Insert, RemoveAt, Set)
        L.Add('a');
        L.Add('c');
        L.Insert(2, 'b');
        Assert.AreEqual(3, L.Count(), 'count');
        Assert.AreEqual('b', L.Get(2), 'inserted');
        Assert.IsTrue(L.Contains('c'), 'contains');
        Assert.AreEqual(3, L.IndexOf('c'), 'index');
        L.RemoveAt(1);
        L.Set(1, 'B');
        Assert.AreEqual('B', L.Get(1), 'set');
        Assert.AreEqual(2, L.Count(), 'after remove');
    end;

    [Test]
    procedure ListGetOutOfRangeFails()
    var
        L: List of [Integer];
    begin
        // Source: Microsoft Learn, "List.Get(Integer) Method" (an index outside the list is an error)
        L.Add(1);
        asserterror L.Get(2);
        Assert.AreNotEqual('', GetLastErrorText(), 'error');
    end;

    [Test]
    procedure ListRemoveByValue()
    var
        L: List of [Integer];
    begin
        // Source: Microsoft Learn, "List.Remove(T) Method" (removes the first occurrence, returns whether found)
        L.Add(5);
        L.Add(6);
        L.Add(5);
        Assert.IsTrue(L.Remove(5), 'removed');
        Assert.AreEqual(2, L.Count(), 'count');
        Assert.AreEqual(6, L.Get(1), 'first occurrence gone');
        Assert.IsFalse(L.Remove(9), 'missing');
    end;

    [Test]
    procedure ListIsReferenceType()
    var
        A: List of [Integer];
        B: List of [Integer];
    begin
        // Source: Microsoft Learn, "List data type" (a reference type: assignment shares the list)
        B := A;
        A.Add(1);
        Assert.AreEqual(1, B.Count(), 'shared');
    end;

    [Test]
    procedure DictionaryOperations()
    var
        D: Dictionary of [Code[20], Decimal];
        V: Decimal;
    begin
        // Source: Microsoft Learn, "Dictionary data type" (Add, Get, ContainsKey, Set, Remove, Count)
        D.Add('A', 1.5);
        D.Add('B', 2);
        Assert.IsTrue(D.ContainsKey('A'), 'contains');
        Assert.AreEqual(1.5, D.Get('A'), 'get');
        D.Set('A', 3);
        Assert.IsTrue(D.Get('A', V), 'get with var');
        Assert.AreEqual(3, V, 'set value');
        Assert.IsTrue(D.Remove('B'), 'removed');
        Assert.AreEqual(1, D.Count(), 'count');
    end;

    [Test]
    procedure DictionaryAddDuplicateFails()
    var
        D: Dictionary of [Text, Integer];
    begin
        // Source: Microsoft Learn, "Dictionary.Add(TKey, TValue) Method" (error if the key exists)
        D.Add('k', 1);
        asserterror D.Add('k', 2);
        Assert.AreNotEqual('', GetLastErrorText(), 'error');
    end;

    [Test]
    procedure DictionaryGetMissingFails()
    var
        D: Dictionary of [Text, Integer];
    begin
        // Source: Microsoft Learn, "Dictionary.Get(TKey) Method" (error if the key is missing)
        asserterror D.Get('missing');
        Assert.AreNotEqual('', GetLastErrorText(), 'error');
    end;

    [Test]
    procedure DictionaryKeysAndValues()
    var
        D: Dictionary of [Text, Integer];
        K: Text;
        Keys: Text;
    begin
        // Source: Microsoft Learn, "Dictionary.Keys() Method" (keys in insertion order)
        D.Add('x', 1);
        D.Add('y', 2);
        foreach K in D.Keys() do
            Keys += K;
        Assert.AreEqual('xy', Keys, 'keys');
        Assert.AreEqual(2, D.Values().Get(2), 'values');
    end;

    [Test]
    procedure VariantHoldsValues()
    var
        V: Variant;
        I: Integer;
    begin
        // Source: Microsoft Learn, "Variant data type" (IsInteger, IsText, IsDecimal, IsDate...)
        V := 5;
        Assert.IsTrue(V.IsInteger(), 'integer');
        I := V;
        Assert.AreEqual(5, I, 'value back');
        V := 'abc';
        Assert.IsTrue(V.IsText(), 'text');
        V := 1.5;
        Assert.IsTrue(V.IsDecimal(), 'decimal');
        V := 20260101D;
        Assert.IsTrue(V.IsDate(), 'date');
    end;

    [Test]
    procedure CharArithmetic()
    var
        C: Char;
    begin
        // Source: Microsoft Learn, "Char data type" (a character is a number that can be computed with)
        C := 'A';
        C := C + 2;
        Assert.AreEqual(67, C, 'C is 67');
        Assert.AreEqual('C', Format(C), 'formats as the character');
    end;

    [Test]
    procedure OptionVariableAssignment()
    var
        Color: Option Red,Green,Blue;
    begin
        // Source: Microsoft Learn, "Option data type" (ordinal values starting at 0)
        Color := 2;
        Assert.IsTrue(Color = Color::Blue, 'blue');
        Assert.AreEqual(0, Color::Red, 'first ordinal');
    end;

    [Test]
    procedure OverloadsByParameterCount()
    begin
        // Source: Microsoft Learn, "Method overloading" (procedures with the same name and different parameters)
        Assert.AreEqual('one', Over(1), 'one parameter');
        Assert.AreEqual('two', Over(1, 2), 'two parameters');
    end;

    local procedure Over(a: Integer): Text
    begin
        exit('one');
    end;

    local procedure Over(a: Integer; b: Integer): Text
    begin
        exit('two');
    end;

    [Test]
    procedure ParameterlessCallWithoutParentheses()
    begin
        // Source: Microsoft Learn, "Calling methods" (parentheses may be omitted when there are no arguments)
        GlobalCounter := 0;
        BumpGlobal;
        Assert.AreEqual(1, GlobalCounter, 'called');
    end;

    [Test]
    procedure IntegerToDecimalParameter()
    begin
        // Source: Microsoft Learn, "Parameters" (an Integer argument converts to a Decimal parameter)
        Assert.AreEqual(2.5, Half(5), 'converted');
    end;

    local procedure Half(d: Decimal): Decimal
    begin
        exit(d / 2);
    end;

    [Test]
    procedure TextToCodeParameterIsUppercased()
    begin
        // Source: Microsoft Learn, "Code data type" (assignment to Code uppercases, parameters included)
        Assert.AreEqual('ABC', Echo('abc'), 'upper');
    end;

    local procedure Echo(c: Code[10]): Code[10]
    begin
        exit(c);
    end;

    [Test]
    procedure ClearResetsSimpleVariables()
    var
        I: Integer;
        T: Text;
        D: Date;
        L: List of [Integer];
    begin
        // Source: Microsoft Learn, "System.Clear(var Any) Method"
        I := 5;
        T := 'x';
        D := 20260101D;
        L.Add(1);
        Clear(I);
        Clear(T);
        Clear(D);
        Clear(L);
        Assert.AreEqual(0, I, 'integer');
        Assert.AreEqual('', T, 'text');
        Assert.AreEqual(0D, D, 'date');
        Assert.AreEqual(0, L.Count(), 'list');
    end;
}

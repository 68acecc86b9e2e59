// Conformance: reading records: FindFirst/FindLast/FindSet/Find, Next, keys and sort order, Count/IsEmpty, marks.
codeunit 50116 "RT Record Reads"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";
        Fixture: Codeunit "RT Record Fixture";

    [Test]
    procedure FindFirstAndLastUsePrimaryKeyOrder()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.FindFirst() Method" (first record in the current key)
        Fixture.Clean();
        Fixture.NewCustomer('B', 'x', '');
        Fixture.NewCustomer('A', 'y', '');
        Fixture.NewCustomer('C', 'z', '');
        Cust.FindFirst();
        Assert.AreEqual('A', Cust."No.", 'first');
        Cust.FindLast();
        Assert.AreEqual('C', Cust."No.", 'last');
    end;

    [Test]
    procedure FindFirstWithNoRecordsFails()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.FindFirst() Method" (error when nothing is found and no return value)
        Fixture.Clean();
        asserterror Cust.FindFirst();
        Assert.ExpectedError('There is no RT Customer within the filter.');
    end;

    [Test]
    procedure FindFirstWithNoRecordsErrorCode()
    var
        Cust: Record "RT Customer";
    begin
        // Source: BCApps "Library Assert".AssertNothingInsideFilter checks GetLastErrorCode = DB:NothingInsideFilter
        Fixture.Clean();
        asserterror Cust.FindFirst();
        Assert.AssertNothingInsideFilter();
    end;

    [Test]
    procedure FindSetNextLoopVisitsAllInOrder()
    var
        Entry: Record "RT Entry";
        Total: Decimal;
        Visited: Text;
    begin
        // Source: Microsoft Learn, "Record.Next([Integer]) Method" (repeat ... until Next() = 0)
        Fixture.Clean();
        Fixture.NewEntry('C1', 20260103D, 3, true);
        Fixture.NewEntry('C1', 20260101D, 1, true);
        Fixture.NewEntry('C1', 20260102D, 2, true);
        if Entry.FindSet() then
            repeat
                Total += Entry.Amount;
                Visited += Format(Entry.Amount);
            until Entry.Next() = 0;
        Assert.AreEqual(6, Total, 'sum');
        Assert.AreEqual('312', Visited, 'entry number (insertion) order');
    end;

    [Test]
    procedure SetCurrentKeyChangesOrder()
    var
        Entry: Record "RT Entry";
        Visited: Text;
    begin
        // Source: Microsoft Learn, "Record.SetCurrentKey(Any [, Any,...]) Method"
        Fixture.Clean();
        Fixture.NewEntry('C1', 20260103D, 3, true);
        Fixture.NewEntry('C1', 20260101D, 1, true);
        Fixture.NewEntry('C1', 20260102D, 2, true);
        Entry.SetCurrentKey("Customer No.", "Posting Date");
        if Entry.FindSet() then
            repeat
                Visited += Format(Entry.Amount);
            until Entry.Next() = 0;
        Assert.AreEqual('123', Visited, 'by posting date');
    end;

    [Test]
    procedure AscendingFalseReverses()
    var
        Cust: Record "RT Customer";
        Visited: Text;
    begin
        // Source: Microsoft Learn, "Record.Ascending([Boolean]) Method"
        Fixture.Clean();
        Fixture.NewCustomer('A', '', '');
        Fixture.NewCustomer('B', '', '');
        Fixture.NewCustomer('C', '', '');
        Cust.Ascending(false);
        if Cust.FindSet() then
            repeat
                Visited += Cust."No.";
            until Cust.Next() = 0;
        Assert.AreEqual('CBA', Visited, 'descending');
    end;

    [Test]
    procedure SecondaryKeyTiesBrokenByPrimaryKey()
    var
        Cust: Record "RT Customer";
        Visited: Text;
    begin
        // Source: Microsoft Learn, "Table keys" (the primary key is appended to every secondary key)
        Fixture.Clean();
        Fixture.NewCustomer('B', 'Same', 'X');
        Fixture.NewCustomer('A', 'Same', 'X');
        Fixture.NewCustomer('C', 'Other', 'X');
        Cust.SetCurrentKey(City, Name);
        if Cust.FindSet() then
            repeat
                Visited += Cust."No.";
            until Cust.Next() = 0;
        Assert.AreEqual('CAB', Visited, 'Other, then Same by No.');
    end;

    [Test]
    procedure NextReturnsZeroAtEnd()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Next([Integer]) Method" (returns the number of records moved)
        Fixture.Clean();
        Fixture.NewCustomer('A', '', '');
        Cust.FindFirst();
        Assert.AreEqual(0, Cust.Next(), 'no more');
        Assert.AreEqual('A', Cust."No.", 'stays on last');
    end;

    [Test]
    procedure NextWithStepsAndBackwards()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Next([Integer]) Method" (Steps may be negative)
        Fixture.Clean();
        Fixture.NewCustomer('A', '', '');
        Fixture.NewCustomer('B', '', '');
        Fixture.NewCustomer('C', '', '');
        Fixture.NewCustomer('D', '', '');
        Cust.FindFirst();
        Assert.AreEqual(2, Cust.Next(2), 'two steps');
        Assert.AreEqual('C', Cust."No.", 'at C');
        Assert.AreEqual(-1, Cust.Next(-1), 'one back');
        Assert.AreEqual('B', Cust."No.", 'at B');
        Assert.AreEqual(2, Cust.Next(5), 'only two left');
    end;

    [Test]
    procedure FindWithWhich()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Find([Text]) Method" ('-', '+', '=', '>', '<')
        Fixture.Clean();
        Fixture.NewCustomer('A', '', '');
        Fixture.NewCustomer('B', '', '');
        Fixture.NewCustomer('C', '', '');
        Assert.IsTrue(Cust.Find('+'), 'last');
        Assert.AreEqual('C', Cust."No.", 'C');
        Cust."No." := 'B';
        Assert.IsTrue(Cust.Find('='), 'exact');
        Assert.IsTrue(Cust.Find('>'), 'next');
        Assert.AreEqual('C', Cust."No.", 'after B');
        Cust."No." := 'BB';
        Assert.IsTrue(Cust.Find('<'), 'before BB');
        Assert.AreEqual('B', Cust."No.", 'B');
    end;

    [Test]
    procedure FindRespectsFilters()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.FindFirst() Method" (within the filters)
        Fixture.Clean();
        Fixture.NewEntry('C1', 20260101D, 1, false);
        Fixture.NewEntry('C2', 20260102D, 2, true);
        Entry.SetRange(Open, true);
        Entry.FindFirst();
        Assert.AreEqual('C2', Entry."Customer No.", 'first open');
    end;

    [Test]
    procedure CountAndIsEmpty()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Count() Method" and "Record.IsEmpty() Method"
        Fixture.Clean();
        Assert.IsTrue(Cust.IsEmpty(), 'empty');
        Fixture.NewCustomer('A', '', '');
        Fixture.NewCustomer('B', '', '');
        Assert.AreEqual(2, Cust.Count(), 'two');
        Assert.IsFalse(Cust.IsEmpty(), 'not empty');
    end;

    [Test]
    procedure MarksAndMarkedOnly()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.Mark([Boolean]) Method" and "Record.MarkedOnly([Boolean]) Method"
        Fixture.Clean();
        Fixture.NewCustomer('A', '', '');
        Fixture.NewCustomer('B', '', '');
        Fixture.NewCustomer('C', '', '');
        Cust.Get('A');
        Cust.Mark(true);
        Cust.Get('C');
        Cust.Mark(true);
        Cust.MarkedOnly(true);
        Assert.AreEqual(2, Cust.Count(), 'two marked');
        Cust.FindLast();
        Assert.AreEqual('C', Cust."No.", 'last marked');
        Assert.IsTrue(Cust.Mark(), 'C is marked');
    end;

    [Test]
    procedure NextAfterDeletingCurrentContinues()
    var
        Cust: Record "RT Customer";
        Visited: Text;
    begin
        // Source: BCApps loops delete the current record and continue with Next (position is kept by key)
        Fixture.Clean();
        Fixture.NewCustomer('A', '', '');
        Fixture.NewCustomer('B', '', '');
        Fixture.NewCustomer('C', '', '');
        if Cust.FindSet() then
            repeat
                Visited += Cust."No.";
                if Cust."No." = 'B' then
                    Cust.Delete();
            until Cust.Next() = 0;
        Assert.AreEqual('ABC', Visited, 'all visited');
        Assert.AreEqual(2, Cust.Count(), 'B deleted');
    end;

    [Test]
    procedure AssertRecordCountWithFilters()
    var
        Entry: Record "RT Entry";
    begin
        // Source: BCApps "Library Assert".RecordCount (counts the records within the filters)
        Fixture.Clean();
        Fixture.NewEntry('C1', 20260101D, 1, true);
        Fixture.NewEntry('C2', 20260101D, 1, true);
        Entry.SetRange("Customer No.", 'C1');
        Assert.RecordCount(Entry, 1);
        Assert.RecordIsNotEmpty(Entry);
    end;
}

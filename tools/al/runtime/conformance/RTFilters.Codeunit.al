// Conformance: SetRange/SetFilter and the filter expression language.
codeunit 50104 "RT Filters"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";

    local procedure Seed()
    var
        Entry: Record "RT Entry";
        Cust: Record "RT Customer";
        i: Integer;
    begin
        Entry.DeleteAll();
        Cust.DeleteAll();
        for i := 1 to 20 do begin
            Entry.Init();
            Entry."Entry No." := i;
            Entry."Customer No." := 'C' + Format(i mod 3);
            Entry."Posting Date" := DMY2Date(i, 1, 2026);
            Entry.Amount := i * 10.5;
            Entry.Open := i mod 2 = 0;
            Entry.Description := 'Entry ' + Format(i);
            Entry.Insert();
        end;
        AddCustomer('C1', 'Alpha', Cust.Status::Open);
        AddCustomer('C2', 'beta', Cust.Status::Released);
        AddCustomer('C10', 'Gamma|Delta', Cust.Status::Closed);
        AddCustomer('D1', '', Cust.Status::Open);
    end;

    local procedure AddCustomer(No: Code[20]; Name: Text[50]; Status: Option)
    var
        Cust: Record "RT Customer";
    begin
        Cust.Init();
        Cust."No." := No;
        Cust.Name := Name;
        Cust.Status := Status;
        Cust.Insert();
    end;

    [Test]
    procedure SetRangeSingleValue()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.SetRange(Any [, Any] [, Any]) Method" (one value: equality)
        Seed();
        Entry.SetRange("Customer No.", 'C1');
        Assert.AreEqual(7, Entry.Count(), 'entries of C1');
    end;

    [Test]
    procedure SetRangeFromTo()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.SetRange(Any [, Any] [, Any]) Method" (inclusive range)
        Seed();
        Entry.SetRange("Entry No.", 5, 9);
        Assert.AreEqual(5, Entry.Count(), '5..9');
    end;

    [Test]
    procedure SetRangeWithoutValuesRemovesFilter()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.SetRange(Any [, Any] [, Any]) Method" (no values: removes the filter)
        Seed();
        Entry.SetRange("Entry No.", 5, 9);
        Entry.SetRange("Entry No.");
        Assert.AreEqual(20, Entry.Count(), 'all');
    end;

    [Test]
    procedure SetRangeReplacesPreviousFilter()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.SetRange(Any [, Any] [, Any]) Method" (replaces the field's filter)
        Seed();
        Entry.SetRange("Entry No.", 1, 3);
        Entry.SetRange("Entry No.", 10, 20);
        Assert.AreEqual(11, Entry.Count(), 'second range wins');
    end;

    [Test]
    procedure SetFilterRange()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Entering Criteria in Filters" (10..20)
        Seed();
        Entry.SetFilter("Entry No.", '10..15');
        Assert.AreEqual(6, Entry.Count(), '10..15');
    end;

    [Test]
    procedure SetFilterOpenRanges()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Entering Criteria in Filters" (..x and x..)
        Seed();
        Entry.SetFilter("Entry No.", '..4');
        Assert.AreEqual(4, Entry.Count(), '..4');
        Entry.SetFilter("Entry No.", '17..');
        Assert.AreEqual(4, Entry.Count(), '17..');
    end;

    [Test]
    procedure SetFilterOr()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Entering Criteria in Filters" (| means or)
        Seed();
        Entry.SetFilter("Entry No.", '1|5|7');
        Assert.AreEqual(3, Entry.Count(), '1|5|7');
    end;

    [Test]
    procedure SetFilterAnd()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Entering Criteria in Filters" (& means and)
        Seed();
        Entry.SetFilter("Entry No.", '>=5&<=7');
        Assert.AreEqual(3, Entry.Count(), '>=5&<=7');
    end;

    [Test]
    procedure SetFilterNotEqual()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Entering Criteria in Filters" (<> not equal)
        Seed();
        Entry.SetFilter("Customer No.", '<>C1');
        Assert.AreEqual(13, Entry.Count(), 'not C1');
    end;

    [Test]
    procedure SetFilterComparisons()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Entering Criteria in Filters" (<, <=, >, >=)
        Seed();
        Entry.SetFilter("Entry No.", '<3');
        Assert.AreEqual(2, Entry.Count(), '<3');
        Entry.SetFilter("Entry No.", '>18');
        Assert.AreEqual(2, Entry.Count(), '>18');
    end;

    [Test]
    procedure SetFilterParentheses()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Entering Criteria in Filters" (parentheses group expressions)
        Seed();
        Entry.SetFilter("Entry No.", '(1..5|10)&<>3');
        Assert.AreEqual(5, Entry.Count(), '1,2,4,5,10');
    end;

    [Test]
    procedure SetFilterWildcardStar()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Entering Criteria in Filters" (* matches any characters)
        Seed();
        Cust.SetFilter("No.", 'C1*');
        Assert.AreEqual(2, Cust.Count(), 'C1 and C10');
    end;

    [Test]
    procedure SetFilterWildcardQuestionMark()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Entering Criteria in Filters" (? matches one character)
        Seed();
        Cust.SetFilter("No.", 'C?');
        Assert.AreEqual(2, Cust.Count(), 'C1 and C2');
    end;

    [Test]
    procedure TextFilterIsCaseSensitive()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Entering Criteria in Filters" (@ makes a filter case-insensitive, so plain filters are not)
        Seed();
        Cust.SetFilter(Name, 'Beta');
        Assert.AreEqual(0, Cust.Count(), 'case differs');
    end;

    [Test]
    procedure AtMakesFilterCaseInsensitive()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Entering Criteria in Filters" (@ ignores case)
        Seed();
        Cust.SetFilter(Name, '@Beta');
        Assert.AreEqual(1, Cust.Count(), '@Beta');
        Cust.SetFilter(Name, '@*A*');
        Assert.AreEqual(3, Cust.Count(), 'contains a, any case');
    end;

    [Test]
    procedure CodeFilterValueIsUppercased()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Code data type" (Code values are uppercase, so a filter value is converted too)
        Seed();
        Cust.SetFilter("No.", 'c2');
        Assert.AreEqual(1, Cust.Count(), 'c2 finds C2');
    end;

    [Test]
    procedure EmptyValueFilter()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Entering Criteria in Filters" ('' is the empty value)
        Seed();
        Cust.SetFilter(Name, '''''');
        Assert.AreEqual(1, Cust.Count(), 'blank name');
        Cust.SetFilter(Name, '<>''''');
        Assert.AreEqual(3, Cust.Count(), 'non-blank names');
    end;

    [Test]
    procedure SetRangeEmptyText()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.SetRange(Any [, Any] [, Any]) Method" (a blank value filters for blank)
        Seed();
        Cust.SetRange(Name, '');
        Assert.AreEqual(1, Cust.Count(), 'blank');
    end;

    [Test]
    procedure PlaceholderValueIsLiteral()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.SetFilter(Any, Text [, Any,...]) Method" (%1 values are not parsed as operators)
        Seed();
        Cust.SetFilter(Name, '%1', 'Gamma|Delta');
        Assert.AreEqual(1, Cust.Count(), 'literal |');
    end;

    [Test]
    procedure PlaceholdersInRange()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.SetFilter(Any, Text [, Any,...]) Method" (%1..%2)
        Seed();
        Entry.SetFilter("Entry No.", '%1..%2', 3, 6);
        Assert.AreEqual(4, Entry.Count(), '3..6');
    end;

    [Test]
    procedure SetRangeValueWithOperatorCharactersIsLiteral()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.SetRange(Any [, Any] [, Any]) Method" (values are not filter expressions)
        Seed();
        Cust.SetRange(Name, 'Gamma|Delta');
        Assert.AreEqual(1, Cust.Count(), 'SetRange with |');
    end;

    [Test]
    procedure OptionFilterByName()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Entering Criteria in Filters" (option fields filter by their values' names)
        Seed();
        Cust.SetFilter(Status, 'Released|Closed');
        Assert.AreEqual(2, Cust.Count(), 'two statuses');
    end;

    [Test]
    procedure OptionSetRange()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.SetRange(Any [, Any] [, Any]) Method" (option value)
        Seed();
        Cust.SetRange(Status, Cust.Status::Open);
        Assert.AreEqual(2, Cust.Count(), 'open');
    end;

    [Test]
    procedure BooleanFilter()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Entering Criteria in Filters" (Boolean filters with Yes/No)
        Seed();
        Entry.SetFilter(Open, 'Yes');
        Assert.AreEqual(10, Entry.Count(), 'open entries');
        Entry.SetRange(Open, false);
        Assert.AreEqual(10, Entry.Count(), 'closed entries');
    end;

    [Test]
    procedure DateFilterRange()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Entering Criteria in Filters" (date ranges)
        Seed();
        Entry.SetFilter("Posting Date", '01/05/26..01/07/26');
        Assert.AreEqual(3, Entry.Count(), 'three days');
    end;

    [Test]
    procedure DateSetRange()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.SetRange(Any [, Any] [, Any]) Method" (date bounds)
        Seed();
        Entry.SetRange("Posting Date", 20260110D, 20260131D);
        Assert.AreEqual(11, Entry.Count(), '10..20 January');
    end;

    [Test]
    procedure DecimalFilter()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Entering Criteria in Filters" (numeric comparison)
        Seed();
        Entry.SetFilter(Amount, '>%1', 200);
        Assert.AreEqual(1, Entry.Count(), 'over 200');
        Entry.SetFilter(Amount, '>=199.5');
        Assert.AreEqual(2, Entry.Count(), 'at least 199.5');
    end;

    [Test]
    procedure FiltersOnTwoFieldsCombine()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.SetFilter(Any, Text [, Any,...]) Method" (filters on different fields are combined)
        Seed();
        Entry.SetRange("Customer No.", 'C0');
        Entry.SetRange(Open, true);
        Assert.AreEqual(3, Entry.Count(), 'C0 and open');
    end;

    [Test]
    procedure InvalidFilterValueFails()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.SetFilter(Any, Text [, Any,...]) Method" (value must fit the field type)
        asserterror Entry.SetFilter("Entry No.", 'abc');
        Assert.AreNotEqual('', GetLastErrorText(), 'error');
    end;

    [Test]
    procedure GetFilterAfterSetRange()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.GetFilter(Any) Method"
        Entry.SetRange("Entry No.", 1, 5);
        Assert.AreEqual('1..5', Entry.GetFilter("Entry No."), 'range text');
        Entry.SetRange("Customer No.", 'C1');
        Assert.AreEqual('C1', Entry.GetFilter("Customer No."), 'value text');
    end;

    [Test]
    procedure GetFilterAfterSetFilterSubstitutes()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.GetFilter(Any) Method" (returns the filter with values filled in)
        Entry.SetFilter("Entry No.", '>%1&<>%2', 3, 7);
        Assert.AreEqual('>3&<>7', Entry.GetFilter("Entry No."), 'substituted');
    end;

    [Test]
    procedure GetFilterWithoutFilterIsEmpty()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.GetFilter(Any) Method" (empty when no filter)
        Assert.AreEqual('', Entry.GetFilter(Amount), 'none');
    end;

    [Test]
    procedure GetFiltersListsCaptions()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.GetFilters() Method" (field caption: filter, separated by commas)
        Cust.SetRange("No.", 'C1');
        Cust.SetFilter(Name, 'A*');
        Assert.AreEqual('No.: C1, Name: A*', Cust.GetFilters(), 'filters text');
    end;

    [Test]
    procedure GetRangeMinMax()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.GetRangeMin(Any) Method" and "Record.GetRangeMax(Any) Method"
        Entry.SetRange("Posting Date", 20260101D, 20260131D);
        Assert.AreEqual(20260101D, Entry.GetRangeMin("Posting Date"), 'min');
        Assert.AreEqual(20260131D, Entry.GetRangeMax("Posting Date"), 'max');
    end;

    [Test]
    procedure ResetRemovesFilters()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.Reset() Method"
        Seed();
        Entry.SetRange("Customer No.", 'C1');
        Entry.Reset();
        Assert.AreEqual(20, Entry.Count(), 'all again');
        Assert.AreEqual('', Entry.GetFilters(), 'no filters');
    end;

    [Test]
    procedure FilterGroupsCombine()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.FilterGroup([Integer]) Method" (filters in all groups apply together)
        Seed();
        Entry.FilterGroup(2);
        Entry.SetRange("Customer No.", 'C1');
        Entry.FilterGroup(0);
        Entry.SetRange(Open, true);
        Assert.AreEqual(3, Entry.Count(), 'both groups');
        Assert.AreEqual('', Entry.GetFilter("Customer No."), 'group 0 has no customer filter');
    end;

    [Test]
    procedure SameFieldInTwoFilterGroups()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.FilterGroup([Integer]) Method" (a field can be filtered in several groups)
        Seed();
        Entry.FilterGroup(1);
        Entry.SetRange("Entry No.", 1, 10);
        Entry.FilterGroup(0);
        Entry.SetRange("Entry No.", 5, 15);
        Assert.AreEqual(6, Entry.Count(), 'intersection 5..10');
    end;

    [Test]
    procedure CopyFiltersCopiesAllFilters()
    var
        Entry: Record "RT Entry";
        Entry2: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.CopyFilters(Record) Method"
        Seed();
        Entry.SetRange("Customer No.", 'C2');
        Entry2.CopyFilters(Entry);
        Assert.AreEqual(Entry.Count(), Entry2.Count(), 'same count');
        Assert.AreEqual('C2', Entry2.GetFilter("Customer No."), 'same filter');
    end;

    [Test]
    procedure CopyFilterCopiesOneField()
    var
        Entry: Record "RT Entry";
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.CopyFilter(Any, Any) Method"
        Seed();
        Entry.SetFilter("Customer No.", 'C1|C2');
        Entry.CopyFilter("Customer No.", Cust."No.");
        Assert.AreEqual(2, Cust.Count(), 'C1|C2 customers');
    end;

    [Test]
    procedure StarAloneMatchesEverything()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Entering Criteria in Filters" (* matches any characters, including none)
        Seed();
        Cust.SetFilter(Name, '*');
        Assert.AreEqual(4, Cust.Count(), 'all names, blank included');
    end;

    [Test]
    procedure FilterOnEnumField()
    var
        Cust: Record "RT Customer";
    begin
        // Source: Microsoft Learn, "Record.SetRange(Any [, Any] [, Any]) Method" (enum values)
        Seed();
        Cust.Get('C1');
        Cust.Kind := Cust.Kind::Company;
        Cust.Modify();
        Cust.Reset();
        Cust.SetRange(Kind, Cust.Kind::Company);
        Assert.AreEqual(1, Cust.Count(), 'one company');
    end;

    [Test]
    procedure IsEmptyHonoursFilters()
    var
        Entry: Record "RT Entry";
    begin
        // Source: Microsoft Learn, "Record.IsEmpty() Method"
        Seed();
        Entry.SetRange("Customer No.", 'NONE');
        Assert.IsTrue(Entry.IsEmpty(), 'no entries');
        Entry.SetRange("Customer No.", 'C1');
        Assert.IsFalse(Entry.IsEmpty(), 'has entries');
    end;
}

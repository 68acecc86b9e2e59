// Tests of the test-library stand-ins (Library Assert, Any, Library - Variable Storage, Library - Random).
// Expected texts are Microsoft's (src/Tools/Test Framework/Test Libraries in microsoft/BCApps).
namespace Seed.BookingsInvoicing.Runtime.Tests;

using Microsoft.Inventory.Item;
using Microsoft.Sales.Document;
using Microsoft.Sales.History;
using System.TestLibraries.Utilities;

codeunit 130917 "Test Library Tests"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";

    [Test]
    procedure AreEqualComparesNumbersByValueAndOthersByType()
    begin
        Assert.AreEqual(2, 2.0, 'integer and decimal with the same value are equal');
        Assert.AreEqual('abc', 'abc', 'same text');
        asserterror Assert.AreEqual('1', 1, 'text and integer');
        Assert.ExpectedError('Assert.AreEqual failed. Expected:<1> (Text). Actual:<1> (Integer). text and integer.');
        asserterror Assert.AreNotEqual(5, 5, 'same');
        Assert.ExpectedError('Assert.AreNotEqual failed. Expected any value except:<5> (Integer). Actual:<5> (Integer). same.');
    end;

    [Test]
    procedure IsTrueIsFalseFailTexts()
    begin
        asserterror Assert.IsTrue(false, 'must hold');
        Assert.ExpectedError('Assert.IsTrue failed. must hold');
        asserterror Assert.IsFalse(true, 'must not hold');
        Assert.ExpectedError('Assert.IsFalse failed. must not hold');
        asserterror Assert.Fail('stop');
        Assert.ExpectedError('Assert.Fail failed. stop');
    end;

    [Test]
    procedure AreNearlyEqualUsesAbsoluteDelta()
    begin
        Assert.AreNearlyEqual(10, 10.4, 0.5, 'within delta');
        Assert.AreNearlyEqual(10, 9.6, -0.5, 'negative delta counts as its absolute value');
        asserterror Assert.AreNearlyEqual(10, 11, 0.5, 'too far');
        Assert.ExpectedError('Assert.AreNearlyEqual failed. Expected a difference no greater than <0.5> between expected value <10> and actual value <11>. too far');
    end;

    [Test]
    procedure ExpectedErrorChecksSubstring()
    begin
        asserterror Error('Something went wrong: code 42.');
        Assert.ExpectedError('code 42');
        asserterror Error('Another error.');
        asserterror Assert.ExpectedError('not in the text');
        Assert.ExpectedError('Assert.ExpectedError failed. Expected: not in the text. Actual: Another error..');
    end;

    [Test]
    procedure AnyIsReproducibleWithSeed()
    var
        Any1: Codeunit Any;
        Any2: Codeunit Any;
        FirstRun: List of [Integer];
        i: Integer;
    begin
        // Randomize seeds the session's generator, so the two sequences are drawn one after the other.
        Any1.SetSeed(7);
        for i := 1 to 5 do
            FirstRun.Add(Any1.IntegerInRange(1000));
        Any2.SetSeed(7);
        for i := 1 to 5 do
            Assert.AreEqual(FirstRun.Get(i), Any2.IntegerInRange(1000), 'same seed, same sequence');
        Assert.AreEqual(7, Any1.GetSeed(), 'seed');
    end;

    [Test]
    procedure AnyValuesStayInRange()
    var
        Any: Codeunit Any;
        Value: Integer;
        DecimalValue: Decimal;
        Email: Text;
        i: Integer;
    begin
        // The three-argument DecimalInRange overloads differ only in parameter types, which the runtime does not
        // resolve yet (see base-app README, runtime gaps); the two-argument form is unambiguous.
        for i := 1 to 20 do begin
            Value := Any.IntegerInRange(3, 6);
            Assert.IsTrue((Value >= 3) and (Value <= 6), 'integer in [3, 6]');
            DecimalValue := Any.DecimalInRange(3, 2);
            Assert.IsTrue((DecimalValue > 0) and (DecimalValue <= 3), 'decimal in (0, 3]');
            Assert.AreEqual(DecimalValue, Round(DecimalValue, 0.01), 'two decimals');
        end;
        Assert.AreEqual(12, StrLen(Any.AlphanumericText(12)), 'alphanumeric length');
        Email := Any.AlphabeticText(8);
        Assert.AreEqual(8, StrLen(Email), 'alphabetic length');
        Assert.AreEqual('', DelChr(Email, '=', 'abcdefghijklmnopqrstuvwxyz'), 'only lower-case letters');
    end;

    [Test]
    procedure AnyEmailShape()
    var
        Any: Codeunit Any;
        Email: Text;
    begin
        Email := Any.Email(5, 4);
        Assert.AreEqual(5 + 1 + 4 + 1 + 3, StrLen(Email), 'local@domain.tld lengths');
        Assert.AreEqual(6, StrPos(Email, '@'), '@ after the local part');
        Assert.AreEqual('.', CopyStr(Email, 11, 1), 'dot before the top-level domain');
    end;

    [Test]
    procedure VariableStorageIsFifoAndChecksEmpty()
    var
        Storage: Codeunit "Library - Variable Storage";
        ExpectedDate: Date;
    begin
        ExpectedDate := WorkDate();
        Storage.Enqueue('first');
        Storage.Enqueue(2);
        Storage.Enqueue(ExpectedDate);
        Storage.Enqueue(true);
        Assert.AreEqual(4, Storage.Length(), 'length');
        Assert.AreEqual('first', Storage.PeekText(1), 'peek does not remove');
        Assert.AreEqual('first', Storage.DequeueText(), 'first in, first out');
        Assert.AreEqual(2, Storage.DequeueInteger(), 'integer');
        Assert.AreEqual(ExpectedDate, Storage.DequeueDate(), 'date');
        Assert.IsTrue(Storage.DequeueBoolean(), 'boolean');
        Storage.AssertEmpty();
        asserterror Storage.DequeueText();
        Assert.ExpectedError('Assert.IsTrue failed. Queue underflow.');
    end;

    [Test]
    procedure VariableStorageAssertEmptyFailsAndClears()
    var
        Storage: Codeunit "Library - Variable Storage";
    begin
        Storage.Enqueue('left over');
        asserterror Storage.AssertEmpty();
        Assert.ExpectedError('Assert.AreEqual failed. Expected:<0> (Integer). Actual:<1> (Integer). Queue is not empty..');
        Assert.AreEqual(0, Storage.Length(), 'cleared by AssertEmpty');
    end;

    [Test]
    procedure VariableStorageOverflowsAfter25()
    var
        Storage: Codeunit "Library - Variable Storage";
        i: Integer;
    begin
        for i := 1 to 25 do
            Storage.Enqueue(i);
        Storage.AssertFull();
        asserterror Storage.Enqueue(26);
        Assert.ExpectedError('Assert.IsFalse failed. Queue overflow.');
        Storage.Clear();
        Assert.AreEqual(0, Storage.Length(), 'cleared');
    end;

    [Test]
    procedure LibraryRandomRanges()
    var
        LibraryRandom: Codeunit "Library - Random";
        Value: Integer;
        DecimalValue: Decimal;
        i: Integer;
    begin
        LibraryRandom.SetSeed(3);
        for i := 1 to 20 do begin
            Value := LibraryRandom.RandIntInRange(10, 12);
            Assert.IsTrue((Value >= 10) and (Value <= 12), 'RandIntInRange');
            DecimalValue := LibraryRandom.RandDec(100, 2);
            Assert.IsTrue((DecimalValue > 0) and (DecimalValue <= 100), 'RandDec in (0, 100]');
        end;
        Assert.AreEqual(1, LibraryRandom.RandInt(0), 'RandInt below 1 gives 1');
        Assert.AreEqual(WorkDate(), LibraryRandom.RandDate(0), 'RandDate(0) is the work date');
        Assert.AreEqual(6, StrLen(LibraryRandom.RandText(6)), 'RandText length');
    end;
}

codeunit 130918 "Test Library Sales Tests"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";
        LibrarySales: Codeunit "Library - Sales";
        LibraryInventory: Codeunit "Library - Inventory";
        LibraryUtility: Codeunit "Library - Utility";

    [Test]
    procedure CreateAndPostSalesInvoice()
    var
        SalesHeader: Record "Sales Header";
        SalesInvoiceHeader: Record "Sales Invoice Header";
        PostedNo: Code[20];
    begin
        // [GIVEN] an invoice with one random item line from the libraries
        LibrarySales.CreateSalesInvoice(SalesHeader);
        Assert.AreNotEqual('', SalesHeader."Sell-to Customer No.", 'customer created');
        Assert.AreNotEqual('', SalesHeader."External Document No.", 'external document no.');
        // [WHEN] it is posted [THEN] the posted invoice exists
        PostedNo := LibrarySales.PostSalesDocument(SalesHeader, true, true);
        Assert.IsTrue(SalesInvoiceHeader.Get(PostedNo), 'posted invoice');
    end;

    [Test]
    procedure ServiceItemAndUnits()
    var
        Item: Record Item;
        ItemUnitOfMeasure: Record "Item Unit of Measure";
    begin
        LibraryInventory.CreateServiceTypeItem(Item);
        Assert.IsTrue(Item.Type = Item.Type::Service, 'service type');
        Assert.AreEqual('PCS', Item."Base Unit of Measure", 'base unit');
        LibraryInventory.CreateItemUnitOfMeasureCode(ItemUnitOfMeasure, Item."No.", 8);
        Assert.AreEqual(8, ItemUnitOfMeasure."Qty. per Unit of Measure", 'quantity per unit');
        Assert.AreEqual('GU', CopyStr(LibraryUtility.GenerateGUID(), 1, 2), 'GUID series');
    end;
}

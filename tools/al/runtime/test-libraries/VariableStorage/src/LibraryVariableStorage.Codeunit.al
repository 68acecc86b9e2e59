// Stand-in for Microsoft's "Library - Variable Storage" (app 5095f467-0a01-4b99-99d1-9ff1237d286f, codeunit 131004).
// Same object ID, name, namespace and public signatures: a first-in first-out queue of at most 25 values,
// used to pass expectations into UI handlers. Failures go through "Library Assert" with Microsoft's texts
// ("Assert.IsFalse failed. Queue overflow.", "Assert.IsTrue failed. Queue underflow.", ...).
namespace System.TestLibraries.Utilities;

codeunit 131004 "Library - Variable Storage"
{
    Access = Public;

    var
        Assert: Codeunit "Library Assert";
        Slots: array[25] of Variant;
        HeadIndex: Integer;
        TailIndex: Integer;
        ItemCount: Integer;
        AssertEmptyErr: Label 'Queue is not empty.';
        AssertFullErr: Label 'Queue is empty.';
        OverflowErr: Label 'Queue overflow.';
        UnderflowErr: Label 'Queue underflow.';
        OutOfBoundsErr: Label 'Index out of bounds.';

    /// <summary>Fails when values are left in the queue; empties the queue first so the next test starts clean.</summary>
    procedure AssertEmpty()
    var
        LeftOver: Integer;
    begin
        LeftOver := ItemCount;
        if LeftOver = 0 then
            exit;
        ResetQueue();
        Assert.AreEqual(0, LeftOver, AssertEmptyErr);
    end;

    procedure AssertFull()
    begin
        Assert.AreEqual(MaxLength(), ItemCount, AssertFullErr);
    end;

    procedure AssertNotOverflow()
    begin
        Assert.IsFalse(ItemCount + 1 > MaxLength(), OverflowErr);
    end;

    procedure AssertNotUnderflow()
    begin
        Assert.IsTrue(ItemCount > 0, UnderflowErr);
    end;

    procedure AssertPeekAvailable(Index: Integer)
    begin
        Assert.IsTrue(Index > 0, OutOfBoundsErr);
        Assert.IsTrue(Index <= ItemCount, OutOfBoundsErr);
    end;

    procedure Clear()
    begin
        ResetQueue();
    end;

    /// <summary>Removes and returns the oldest value.</summary>
    procedure Dequeue(var Variant: Variant)
    begin
        AssertNotUnderflow();
        HeadIndex := NextSlot(HeadIndex);
        Variant := Slots[HeadIndex];
        ItemCount -= 1;
    end;

    /// <summary>Returns the value at position Index (1 = oldest) without removing it.</summary>
    procedure Peek(var Variant: Variant; Index: Integer)
    begin
        AssertPeekAvailable(Index);
        Variant := Slots[((HeadIndex + Index - 1) mod MaxLength()) + 1];
    end;

    /// <summary>Appends a value; fails when 25 values are already queued.</summary>
    procedure Enqueue(Variant: Variant)
    begin
        AssertNotOverflow();
        TailIndex := NextSlot(TailIndex);
        Slots[TailIndex] := Variant;
        ItemCount += 1;
    end;

    procedure Length(): Integer
    begin
        exit(ItemCount);
    end;

    /// <summary>25, the size of the queue (ArrayLen(Slots)).</summary>
    procedure MaxLength(): Integer
    begin
        exit(25);
    end;

    procedure DequeueText(): Text
    var
        Value: Variant;
    begin
        Dequeue(Value);
        exit(Format(Value));
    end;

    procedure DequeueDecimal(): Decimal
    var
        Value: Variant;
    begin
        Dequeue(Value);
        exit(Value);
    end;

    procedure DequeueInteger(): Integer
    var
        Value: Variant;
    begin
        Dequeue(Value);
        exit(Value);
    end;

    procedure DequeueDate(): Date
    var
        Value: Variant;
    begin
        Dequeue(Value);
        exit(Value);
    end;

    procedure DequeueDateTime(): DateTime
    var
        Value: Variant;
    begin
        Dequeue(Value);
        exit(Value);
    end;

    procedure DequeueTime(): Time
    var
        Value: Variant;
    begin
        Dequeue(Value);
        exit(Value);
    end;

    procedure DequeueBoolean(): Boolean
    var
        Value: Variant;
    begin
        Dequeue(Value);
        exit(Value);
    end;

    procedure PeekText(Index: Integer): Text
    var
        Value: Variant;
    begin
        Peek(Value, Index);
        exit(Format(Value));
    end;

    procedure PeekDecimal(Index: Integer): Decimal
    var
        Value: Variant;
    begin
        Peek(Value, Index);
        exit(Value);
    end;

    procedure PeekInteger(Index: Integer): Integer
    var
        Value: Variant;
    begin
        Peek(Value, Index);
        exit(Value);
    end;

    procedure PeekDate(Index: Integer): Date
    var
        Value: Variant;
    begin
        Peek(Value, Index);
        exit(Value);
    end;

    procedure PeekTime(Index: Integer): Time
    var
        Value: Variant;
    begin
        Peek(Value, Index);
        exit(Value);
    end;

    procedure PeekBoolean(Index: Integer): Boolean
    var
        Value: Variant;
    begin
        Peek(Value, Index);
        exit(Value);
    end;

    local procedure NextSlot(Index: Integer): Integer
    begin
        exit((Index mod MaxLength()) + 1);
    end;

    local procedure ResetQueue()
    begin
        HeadIndex := 0;
        TailIndex := 0;
        ItemCount := 0;
    end;
}

// Tests of the No. Series model (codeunit 310). Expected texts are BC's (Business Foundation NoSeriesImpl labels).
namespace Seed.BookingsInvoicing.Runtime.Tests;

using Microsoft.Foundation.NoSeries;
using System.TestLibraries.Utilities;

codeunit 130910 "Base Model No. Series Tests"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";

    [Test]
    procedure GetNextNoStartsAtStartingNoAndIncrements()
    var
        NoSeries: Codeunit "No. Series";
    begin
        // [GIVEN] a series A0001..A0003
        CreateSeries('T-NEXT', 'A0001', 'A0003', true, false);
        // [WHEN] numbers are drawn [THEN] they follow the starting number
        Assert.AreEqual('A0001', NoSeries.GetNextNo('T-NEXT'), 'first number');
        Assert.AreEqual('A0002', NoSeries.GetNextNo('T-NEXT'), 'second number');
        Assert.AreEqual('A0002', NoSeries.GetLastNoUsed('T-NEXT'), 'last number used');
    end;

    [Test]
    procedure PeekNextNoDoesNotConsume()
    var
        NoSeries: Codeunit "No. Series";
    begin
        CreateSeries('T-PEEK', 'P100', '', true, false);
        Assert.AreEqual('P100', NoSeries.PeekNextNo('T-PEEK'), 'peek');
        Assert.AreEqual('P100', NoSeries.PeekNextNo('T-PEEK'), 'peek again');
        Assert.AreEqual('P100', NoSeries.GetNextNo('T-PEEK'), 'get after peek');
    end;

    [Test]
    procedure EndingNoClosesLineAndThenFails()
    var
        NoSeriesLine: Record "No. Series Line";
        NoSeries: Codeunit "No. Series";
    begin
        // [GIVEN] a series with two numbers
        CreateSeries('T-END', 'E1', 'E2', true, false);
        NoSeries.GetNextNo('T-END');
        // [WHEN] the ending number is drawn [THEN] the line closes
        Assert.AreEqual('E2', NoSeries.GetNextNo('T-END'), 'ending number');
        NoSeriesLine.Get('T-END', 10000);
        Assert.IsFalse(NoSeriesLine.Open, 'line closed at the ending number');
        // [THEN] no further number can be drawn
        asserterror NoSeries.GetNextNo('T-END');
        Assert.ExpectedError('You cannot assign new numbers from the number series T-END.');
    end;

    [Test]
    procedure UsageDateBeforeStartingDateFails()
    var
        NoSeriesLine: Record "No. Series Line";
        NoSeries: Codeunit "No. Series";
    begin
        CreateSeries('T-DATE', 'D1', '', true, false);
        NoSeriesLine.Get('T-DATE', 10000);
        NoSeriesLine."Starting Date" := WorkDate() + 10;
        NoSeriesLine.Modify();
        asserterror NoSeries.GetNextNo('T-DATE', WorkDate());
        Assert.ExpectedError(StrSubstNo('You cannot assign new numbers from the number series T-DATE on %1.', WorkDate()));
    end;

    [Test]
    procedure TestManualFailsWithoutManualNos()
    var
        NoSeries: Codeunit "No. Series";
    begin
        CreateSeries('T-AUTO', 'M1', '', true, false);
        asserterror NoSeries.TestManual('T-AUTO');
        Assert.ExpectedError('You may not enter numbers manually. If you want to enter numbers manually, please activate Manual Nos. in No. Series T-AUTO.');
        Assert.IsFalse(NoSeries.IsManual('T-AUTO'), 'IsManual');
        Assert.IsTrue(NoSeries.IsAutomatic('T-AUTO'), 'IsAutomatic');
    end;

    [Test]
    procedure IncrementByStepsOverNumbers()
    var
        NoSeriesLine: Record "No. Series Line";
        NoSeries: Codeunit "No. Series";
    begin
        CreateSeries('T-STEP', 'S010', '', true, false);
        NoSeriesLine.Get('T-STEP', 10000);
        NoSeriesLine."Increment-by No." := 10;
        NoSeriesLine.Modify();
        Assert.AreEqual('S010', NoSeries.GetNextNo('T-STEP'), 'first');
        Assert.AreEqual('S020', NoSeries.GetNextNo('T-STEP'), 'second, incremented by 10');
    end;

    local procedure CreateSeries(SeriesCode: Code[20]; StartingNo: Code[20]; EndingNo: Code[20]; DefaultNos: Boolean; ManualNos: Boolean)
    var
        NoSeriesRec: Record "No. Series";
        NoSeriesLine: Record "No. Series Line";
    begin
        NoSeriesRec.Init();
        NoSeriesRec.Code := SeriesCode;
        NoSeriesRec."Default Nos." := DefaultNos;
        NoSeriesRec."Manual Nos." := ManualNos;
        NoSeriesRec.Insert();
        NoSeriesLine.Init();
        NoSeriesLine."Series Code" := SeriesCode;
        NoSeriesLine."Line No." := 10000;
        NoSeriesLine."Starting No." := StartingNo;
        NoSeriesLine."Ending No." := EndingNo;
        NoSeriesLine.Insert();
    end;
}

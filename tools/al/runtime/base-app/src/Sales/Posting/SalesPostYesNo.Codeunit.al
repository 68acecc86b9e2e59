// Model of codeunit 81 "Sales-Post (Yes/No)": asks "Do you want to post the <document type>?" and runs "Sales-Post".
namespace Microsoft.Sales.Posting;

using Microsoft.Sales.Document;

codeunit 81 "Sales-Post (Yes/No)"
{
    EventSubscriberInstance = Manual;
    TableNo = "Sales Header";

    trigger OnRun()
    var
        SalesHeader: Record "Sales Header";
    begin
        if not Find() then
            Error(NothingToPostErr);
        SalesHeader.Copy(Rec);
        if not Confirm(PostDocConfirmQst, false, LowerCase(Format(SalesHeader."Document Type"))) then
            exit;
        Codeunit.Run(Codeunit::"Sales-Post", SalesHeader);
        Rec := SalesHeader;
    end;

    var
        PostDocConfirmQst: Label 'Do you want to post the %1?', Comment = '%1 = Document Type';
        NothingToPostErr: Label 'There is nothing to post.';
}

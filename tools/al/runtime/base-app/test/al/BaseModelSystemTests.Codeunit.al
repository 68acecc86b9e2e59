// Tests of the System Application stand-ins that need no native hook (Uri escaping, Upgrade Tag) and of the
// Library - Templates / Library - ERM subsets. Temp Blob is untested until the runtime has BLOB streams (README).
namespace Seed.BookingsInvoicing.Runtime.Tests;

using Microsoft.Inventory.Item;
using Microsoft.Sales.Customer;
using System.TestLibraries.Utilities;
using System.Upgrade;
using System.Utilities;

codeunit 130919 "Base Model System Tests"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";

    [Test]
    procedure EscapeDataStringLikeDotNet()
    var
        Uri: Codeunit Uri;
        NonAscii: Text;
        Character: Char;
    begin
        // Expected values as .NET Uri.EscapeDataString produces them (RFC 3986 unreserved characters stay).
        Assert.AreEqual('AAMkAD%3D%3D', Uri.EscapeDataString('AAMkAD=='), 'base64 padding');
        Assert.AreEqual('a%20b%2Fc%3Fd%26e', Uri.EscapeDataString('a b/c?d&e'), 'reserved characters');
        Assert.AreEqual('Az09-._~', Uri.EscapeDataString('Az09-._~'), 'unreserved characters');
        Assert.AreEqual('contoso%40example.com', Uri.EscapeDataString('contoso@example.com'), 'e-mail as business id');
        Character := 252;
        NonAscii := 'M' + Format(Character) + 'nchen';
        Assert.AreEqual('M%C3%BCnchen', Uri.EscapeDataString(NonAscii), 'UTF-8 bytes of u-umlaut');
        Character := 8364;
        Assert.AreEqual('%E2%82%AC', Uri.EscapeDataString(Format(Character)), 'euro sign, three bytes');
        Assert.AreEqual(NonAscii, Uri.UnescapeDataString('M%C3%BCnchen'), 'unescape UTF-8');
        Assert.AreEqual('a b/c', Uri.UnescapeDataString('a%20b%2fc'), 'unescape lower-case hex');
        Assert.AreEqual('100%', Uri.UnescapeDataString('100%'), 'lone percent sign kept');
    end;

    [Test]
    procedure UpgradeTagsPerCompany()
    var
        UpgradeTag: Codeunit "Upgrade Tag";
        TagTok: Label 'BASEMODEL-TEST-20261125', Locked = true;
    begin
        Assert.IsFalse(UpgradeTag.HasUpgradeTag(TagTok), 'not set yet');
        UpgradeTag.SetUpgradeTag(TagTok);
        UpgradeTag.SetUpgradeTag(TagTok);
        Assert.IsTrue(UpgradeTag.HasUpgradeTag(TagTok), 'set for this company');
        Assert.IsFalse(UpgradeTag.HasUpgradeTag(TagTok, 'OTHER COMPANY'), 'not set for another company');
        Assert.IsFalse(UpgradeTag.HasDatabaseUpgradeTag(TagTok), 'not a database tag');
        UpgradeTag.SetSkippedUpgrade(TagTok, true);
        Assert.IsTrue(UpgradeTag.HasUpgradeTagSkipped(TagTok, CopyStr(CompanyName(), 1, 30)), 'skipped flag');
    end;

    [Test]
    procedure TemplatesWithDataFromLibrary()
    var
        CustomerTempl: Record "Customer Templ.";
        ItemTempl: Record "Item Templ.";
        Customer: Record Customer;
        Item: Record Item;
        LibraryTemplates: Codeunit "Library - Templates";
        CustomerTemplMgt: Codeunit "Customer Templ. Mgt.";
        ItemTemplMgt: Codeunit "Item Templ. Mgt.";
        IsHandled: Boolean;
    begin
        // [GIVEN] templates with data from the library
        LibraryTemplates.CreateCustomerTemplateWithData(CustomerTempl);
        LibraryTemplates.CreateItemTemplateWithData(ItemTempl);
        // [WHEN] a customer and an item are created from them
        Assert.IsTrue(CustomerTemplMgt.CreateCustomerFromTemplate(Customer, IsHandled, CustomerTempl.Code), 'customer created');
        Assert.IsTrue(ItemTemplMgt.CreateItemFromTemplate(Item, IsHandled, ItemTempl.Code), 'item created');
        // [THEN] the template values arrive
        Assert.AreEqual('14 DAYS', Customer."Payment Terms Code", 'payment terms from template');
        Assert.AreEqual('DOMESTIC', Customer."Gen. Bus. Posting Group", 'posting group from template');
        Assert.AreEqual(ItemTempl."Base Unit of Measure", Item."Base Unit of Measure", 'unit from template');
        Assert.AreEqual('RETAIL', Item."Gen. Prod. Posting Group", 'gen. prod. posting group from template');
    end;

    [Test]
    procedure LibraryErmCurrencyAndPaymentTerms()
    var
        LibraryERM: Codeunit "Library - ERM";
        Customer: Record Customer;
        LibrarySales: Codeunit "Library - Sales";
    begin
        LibrarySales.CreateCustomer(Customer);
        Customer.Validate("Currency Code", LibraryERM.CreateCurrencyWithRandomExchRates());
        Customer.Modify(true);
        Assert.AreNotEqual('', Customer."Currency Code", 'currency set');
        Assert.AreEqual('USD', LibraryERM.GetLCYCode(), 'LCY of the demo company');
    end;
}

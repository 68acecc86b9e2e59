// Stand-in for table 6702 "Booking Sync" (not obsolete in BC): one record per company for the retired Exchange-based
// Bookings integration. Same fields; "Item Template Code" has no table relation here because Config. Template Header
// (8618) is not modelled; "User ID" relates to nothing (the User table is platform data).
namespace Microsoft.Booking;

using Microsoft.Sales.Customer;
using System.Environment;

table 6702 "Booking Sync"
{
    Caption = 'Booking Sync';
    DataClassification = CustomerContent;
    ReplicateData = false;

    fields
    {
        field(1; "Primary Key"; Code[10])
        {
            Caption = 'Primary Key';
        }
        field(2; "Booking Mailbox Address"; Text[80])
        {
            Caption = 'Booking Mailbox Address';
        }
        field(3; "Booking Mailbox Name"; Text[250])
        {
            Caption = 'Booking Mailbox Name';
        }
        field(4; "User ID"; Code[50])
        {
            Caption = 'User ID';
            DataClassification = EndUserIdentifiableInformation;
        }
        field(5; "Last Customer Sync"; DateTime)
        {
            Caption = 'Last Customer Sync';
        }
        field(6; "Last Service Sync"; DateTime)
        {
            Caption = 'Last Service Sync';
        }
        field(7; Enabled; Boolean)
        {
            Caption = 'Enabled';
        }
        field(8; "Sync Customers"; Boolean)
        {
            Caption = 'Sync Customers';
        }
        field(9; "Customer Filter"; Blob)
        {
            Caption = 'Customer Filter';
        }
        field(12; "Sync Services"; Boolean)
        {
            Caption = 'Sync Services';
        }
        field(13; "Item Filter"; Blob)
        {
            Caption = 'Item Filter';
        }
        field(14; "Item Template Code"; Code[10])
        {
            Caption = 'Item Template Code';
        }
        field(15; "Customer Templ. Code"; Code[20])
        {
            Caption = 'Customer Template Code';
            TableRelation = "Customer Templ.";
        }
    }

    keys
    {
        key(Key1; "Primary Key")
        {
            Clustered = true;
        }
        key(Key2; "Booking Mailbox Address")
        {
        }
    }

    procedure GetCustomerFilter() FilterText: Text
    var
        ReadStream: InStream;
    begin
        CalcFields("Customer Filter");
        "Customer Filter".CreateInStream(ReadStream);
        ReadStream.ReadText(FilterText);
    end;

    procedure GetItemFilter() FilterText: Text
    var
        ReadStream: InStream;
    begin
        CalcFields("Item Filter");
        "Item Filter".CreateInStream(ReadStream);
        ReadStream.ReadText(FilterText);
    end;

    /// <summary>Saves the customer filter (a saved view) and clears "Last Customer Sync".</summary>
    procedure SaveCustomerFilter(FilterText: Text)
    var
        WriteStream: OutStream;
    begin
        Clear("Customer Filter");
        "Customer Filter".CreateOutStream(WriteStream);
        WriteStream.WriteText(FilterText);
        Clear("Last Customer Sync");
        Modify();
    end;

    /// <summary>Saves the item filter (a saved view) and clears "Last Service Sync".</summary>
    procedure SaveItemFilter(FilterText: Text)
    var
        WriteStream: OutStream;
    begin
        Clear("Item Filter");
        "Item Filter".CreateOutStream(WriteStream);
        WriteStream.WriteText(FilterText);
        Clear("Last Service Sync");
        Modify();
    end;

    /// <summary>True only in SaaS and after a first service sync, as in BC.</summary>
    procedure IsSetup(): Boolean
    var
        EnvironmentInfo: Codeunit "Environment Information";
    begin
        if EnvironmentInfo.IsSaaS() then
            exit(Get() and ("Last Service Sync" <> 0DT));
        exit(false);
    end;
}

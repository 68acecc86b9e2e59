// Stand-in for permission set 207 "D365 BASIC". BC's set includes "D365 Basic - Edit" and "D365 Agent" with
// hundreds of objects; this reduction gives what a basic user of the modelled objects has: read access to the
// master data, setups and documents of the model, and the system tables every user writes (upgrade tags, guided
// experience). The runtime enforces it only while a test lowers permissions (codeunit "Permissions Mock").
namespace System.Security.AccessControl;

using Microsoft.CRM.BusinessRelation;
using Microsoft.CRM.Contact;
using Microsoft.CRM.Setup;
using Microsoft.Finance.Currency;
using Microsoft.Finance.GeneralLedger.Setup;
using Microsoft.Foundation.Address;
using Microsoft.Foundation.Company;
using Microsoft.Foundation.NoSeries;
using Microsoft.Foundation.PaymentTerms;
using Microsoft.Foundation.UOM;
using Microsoft.Inventory.Item;
using Microsoft.Inventory.Setup;
using Microsoft.Sales.Customer;
using Microsoft.Sales.Document;
using Microsoft.Sales.History;
using Microsoft.Sales.Setup;
using System.Environment.Configuration;
using System.Threading;
using System.Upgrade;

permissionset 207 "D365 BASIC"
{
    Access = Public;
    Assignable = true;
    Caption = 'Dynamics 365 Basic access';

    Permissions =
        tabledata "Payment Terms" = R,
        tabledata Currency = R,
        tabledata "Country/Region" = R,
        tabledata Customer = R,
        tabledata Item = R,
        tabledata "Sales Header" = R,
        tabledata "Sales Line" = R,
        tabledata "Company Information" = R,
        tabledata "General Ledger Setup" = R,
        tabledata "Sales Invoice Header" = R,
        tabledata "Sales Invoice Line" = R,
        tabledata "Unit of Measure" = R,
        tabledata "No. Series" = R,
        tabledata "No. Series Line" = R,
        tabledata "Sales & Receivables Setup" = R,
        tabledata "Inventory Setup" = R,
        tabledata "Job Queue Entry" = R,
        tabledata "Customer Templ." = R,
        tabledata "Item Templ." = R,
        tabledata "Guided Experience Item" = RIMD,
        tabledata Contact = R,
        tabledata "Business Relation" = R,
        tabledata "Contact Business Relation" = R,
        tabledata "Marketing Setup" = R,
        tabledata "Item Unit of Measure" = R,
        tabledata "Upgrade Tags" = RIMD;
}

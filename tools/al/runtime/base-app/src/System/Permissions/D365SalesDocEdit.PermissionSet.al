// Stand-in for permission set 9783 "D365 SALES DOC, EDIT", reduced to the tables of the base-application model,
// with BC's permission letters for each of them. BC's set covers many more tables and includes "Webhook - Edit".
namespace System.Security.AccessControl;

using Microsoft.CRM.BusinessRelation;
using Microsoft.CRM.Contact;
using Microsoft.Finance.Currency;
using Microsoft.Finance.GeneralLedger.Setup;
using Microsoft.Foundation.Company;
using Microsoft.Foundation.NoSeries;
using Microsoft.Foundation.PaymentTerms;
using Microsoft.Sales.Customer;
using Microsoft.Sales.Document;
using Microsoft.Sales.History;
using Microsoft.Sales.Receivables;
using Microsoft.Sales.Setup;

permissionset 9783 "D365 SALES DOC, EDIT"
{
    Access = Public;
    Assignable = true;
    Caption = 'Dynamics 365 Create sales doc.';

    Permissions =
        tabledata "Company Information" = R,
        tabledata Contact = RIMD,
        tabledata "Contact Business Relation" = RIMD,
        tabledata Currency = RM,
        tabledata Customer = RIM,
        tabledata "Cust. Ledger Entry" = RiMd,
        tabledata "General Ledger Setup" = R,
        tabledata "No. Series" = RIMD,
        tabledata "No. Series Line" = RIMD,
        tabledata "Payment Terms" = RMD,
        tabledata "Sales Cr.Memo Header" = RimD,
        tabledata "Sales Header" = RIMD,
        tabledata "Sales Invoice Header" = RimD,
        tabledata "Sales Invoice Line" = Rimd,
        tabledata "Sales Line" = RIMD,
        tabledata "Sales & Receivables Setup" = R;
}

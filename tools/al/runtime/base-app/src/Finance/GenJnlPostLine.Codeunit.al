// Placeholder for codeunit 12 "Gen. Jnl.-Post Line": exists so that "Sales-Post".OnAfterPostSalesDoc keeps its
// real signature. General ledger posting is not modelled (see README).
namespace Microsoft.Finance.GeneralLedger.Posting;

using Microsoft.Sales.Receivables;

codeunit 12 "Gen. Jnl.-Post Line"
{
    Permissions = tabledata "Cust. Ledger Entry" = r;
}

import { ColumnActionsMode, type IColumn } from '@fluentui/react/lib/DetailsList';
import type { BookingRow } from './bookingRow';
import { format, type Captions } from './captions';
import type { SortState } from './gridView';
import { formatAmount } from './totals';

interface ColumnSpec {
  readonly key: Exclude<keyof BookingRow, 'key' | 'id'>;
  readonly minWidth: number;
  readonly maxWidth: number;
  readonly numeric?: boolean;
}

const specs: readonly ColumnSpec[] = [
  { key: 'date', minWidth: 80, maxWidth: 100 },
  { key: 'time', minWidth: 44, maxWidth: 56 },
  { key: 'customerName', minWidth: 120, maxWidth: 240 },
  { key: 'serviceName', minWidth: 100, maxWidth: 200 },
  { key: 'staff', minWidth: 80, maxWidth: 160 },
  { key: 'durationMinutes', minWidth: 104, maxWidth: 120, numeric: true },
  { key: 'priceType', minWidth: 70, maxWidth: 110 },
  { key: 'price', minWidth: 70, maxWidth: 100, numeric: true },
  { key: 'amount', minWidth: 80, maxWidth: 120, numeric: true },
  { key: 'status', minWidth: 160, maxWidth: 360 },
];

/**
 * The grid's columns (the customer's email is the customer cell's tooltip and is searchable; the currency code
 * follows foreign-currency amounts). The customer column is the row header (screen readers name each row by it); the date is a
 * link that opens the booking; the status cell stands out when it carries a problem text.
 */
export function buildColumns(captions: Captions, sort: SortState | undefined, openBooking: (id: string) => void): IColumn[] {
  return specs.map((spec): IColumn => {
    const isSorted = sort?.key === spec.key;
    const column: IColumn = {
      key: spec.key,
      fieldName: spec.key,
      name: captions[spec.key],
      minWidth: spec.minWidth,
      maxWidth: spec.maxWidth,
      isResizable: true,
      isSorted,
      isSortedDescending: isSorted && sort.descending,
      sortAscendingAriaLabel: 'ascending',
      sortDescendingAriaLabel: 'descending',
      columnActionsMode: ColumnActionsMode.clickable,
      isRowHeader: spec.key === 'customerName',
      className: spec.numeric === true ? 'bki-cell-number' : `bki-cell-${spec.key}`,
    };
    if (spec.numeric === true) column.headerClassName = 'bki-header-number';
    switch (spec.key) {
      case 'date':
        column.onRender = (item: BookingRow) => (
          <button
            type="button"
            className="bki-link"
            data-booking-id={item.id}
            data-selection-disabled={true}
            aria-label={format(captions.openBookingAriaLabel, item.customerName, item.date)}
            onClick={(event) => {
              event.stopPropagation();
              openBooking(item.id);
            }}
          >
            {item.date}
          </button>
        );
        break;
      case 'durationMinutes':
        column.onRender = (item: BookingRow) => String(item.durationMinutes);
        break;
      case 'price':
      case 'amount': {
        const key = spec.key;
        // The currency code follows the amount when it is not the local currency (BC shows LCY amounts bare).
        column.onRender = (item: BookingRow) => (item.currency === '' ? formatAmount(item[key]) : `${formatAmount(item[key])} ${item.currency}`);
        break;
      }
      case 'status':
        column.onRender = (item: BookingRow) =>
          item.status === '' ? null : (
            <span className="bki-status-problem" title={item.status}>
              {item.status}
            </span>
          );
        break;
      case 'customerName':
        column.onRender = (item: BookingRow) => <span title={item.customerEmail}>{item.customerName}</span>;
        break;
      default:
        break;
    }
    return column;
  });
}

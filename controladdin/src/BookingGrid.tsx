import { Announced } from '@fluentui/react/lib/Announced';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import {
  CheckboxVisibility,
  ConstrainMode,
  DetailsListLayoutMode,
  type IColumn,
  type IDetailsGroupDividerProps,
  type IDetailsListCheckboxProps,
  type IDetailsRowProps,
  Selection,
  SelectionMode,
} from '@fluentui/react/lib/DetailsList';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { ShimmeredDetailsList } from '@fluentui/react/lib/ShimmeredDetailsList';
import type { IRenderFunction } from '@fluentui/react/lib/Utilities';
import type React from 'react';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactElement } from 'react';
import type { BookingRow } from './bookingRow';
import { format, problemText } from './captions';
import { buildColumns } from './columns';
import type { GridStore } from './gridStore';
import { buildView, type GroupData, type SortState } from './gridView';
import type { NavBridge } from './navBridge';
import { addToTotals, formatTotals, type Totals } from './totals';

const maxProblemsShown = 5;

/** Square BC-style checkbox for rows, the select-all header and group headers (Fluent draws round checks). */
function BcCheckbox(props?: IDetailsListCheckboxProps): ReactElement {
  return <span className={props?.checked === true ? 'bki-check bki-check-on' : 'bki-check'} aria-hidden="true" />;
}

function isGroupData(value: unknown): value is GroupData {
  return typeof value === 'object' && value !== null && 'totals' in value && (value as { totals: unknown }).totals instanceof Map;
}

function getRowKey(item: BookingRow | undefined, index?: number): string {
  return item?.key ?? `placeholder-${index ?? 0}`;
}

/** Wraps Fluent's row: problem rows get a marker class. Stable, so rows re-render only when their item does. */
const onRenderRow: IRenderFunction<IDetailsRowProps> = (props, defaultRender) => {
  if (props === undefined || defaultRender === undefined) return null;
  const item: unknown = props.item;
  const hasProblem = typeof item === 'object' && item !== null && (item as BookingRow).status !== '';
  return defaultRender({ ...props, className: hasProblem ? 'bki-row bki-row-problem' : 'bki-row' });
};

export interface BookingGridProps {
  readonly store: GridStore;
  readonly bridge: NavBridge;
}

/** The booking selection grid: toolbar, problems, the virtualized list, and the footer with totals. */
export function BookingGrid({ store, bridge }: BookingGridProps): ReactElement {
  const snap = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const { captions } = snap;
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<SortState | undefined>(undefined);
  const [grouped, setGrouped] = useState(false);
  const [perCustomer, setPerCustomer] = useState(true);

  const view = useMemo(() => buildView(snap.rows, filter, sort, grouped), [snap.rows, filter, sort, grouped]);
  const viewRef = useRef(view);
  viewRef.current = view;
  const syncing = useRef(false);

  // One Selection for the component's lifetime; keys are booking IDs, so it survives sorting and filtering.
  const selectionRef = useRef<Selection | undefined>(undefined);
  if (selectionRef.current === undefined) {
    const selection: Selection = new Selection({
      selectionMode: SelectionMode.multiple,
      getKey: (item) => String(item.key),
      onSelectionChanged: () => {
        if (syncing.current) return;
        // Merge the visible rows' state into the full selection; rows hidden by the filter keep theirs.
        const next = new Set(store.getSnapshot().selected);
        const items = viewRef.current.items;
        for (let i = 0; i < items.length; i++) {
          const item = items[i];
          if (item === undefined) continue;
          if (selection.isIndexSelected(i)) next.add(item.id);
          else next.delete(item.id);
        }
        store.setUserSelection(next);
        bridge.raise({ name: 'SelectionChanged', args: [JSON.stringify(store.selectedIdsInRowOrder())] });
      },
    });
    selectionRef.current = selection;
  }
  const selection = selectionRef.current;

  // Mirror the full selection onto the visible items whenever they or AL's selection change. DetailsList calls
  // selection.setItems itself while it renders (clearing it when setKey changes), so the mirror runs in a layout
  // effect after that, before paint; change events in between are Fluent's bookkeeping, not the user's.
  const applied = useRef<{ items: BookingRow[] | undefined; alVersion: number }>({ items: undefined, alVersion: -1 });
  if (applied.current.items !== view.items || applied.current.alVersion !== snap.selectionFromAlVersion) syncing.current = true;
  useLayoutEffect(() => {
    if (applied.current.items === view.items && applied.current.alVersion === snap.selectionFromAlVersion) return;
    applied.current = { items: view.items, alVersion: snap.selectionFromAlVersion };
    syncing.current = true;
    selection.setChangeEvents(false);
    const selected = snap.selected;
    let all = view.items.length > 0;
    for (const item of view.items) {
      if (!selected.has(item.id)) {
        all = false;
        break;
      }
    }
    if (all) selection.setAllSelected(true);
    else {
      selection.setAllSelected(false);
      if (selected.size > 0) for (const item of view.items) if (selected.has(item.id)) selection.setKeySelected(item.key, true, false);
    }
    selection.setChangeEvents(true);
    syncing.current = false;
  }, [selection, view.items, snap.selectionFromAlVersion, snap.selected]);

  // Arrow keys move the focus without touching the selection (a bulk-selection grid must not lose 200 checked
  // rows to one key press); Space toggles, Shift+arrows extend from the anchor, Ctrl+A selects all.
  const lastKey = useRef<{ key: string; shift: boolean }>({ key: '', shift: false });
  const onKeyDownCapture = (event: React.KeyboardEvent): void => {
    lastKey.current = { key: event.key, shift: event.shiftKey };
  };
  const onActiveItemChanged = useCallback(
    (_item?: BookingRow, index?: number): void => {
      const { key, shift } = lastKey.current;
      lastKey.current = { key: '', shift: false };
      if (!shift || index === undefined || !['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'].includes(key)) return;
      selection.selectToIndex(index, false);
    },
    [selection],
  );

  const openBooking = useCallback((id: string) => bridge.raise({ name: 'OpenBookingRequested', args: [id] }), [bridge]);
  const columns = useMemo(() => buildColumns(captions, sort, openBooking), [captions, sort, openBooking]);

  const onColumnHeaderClick = useCallback((_event?: unknown, column?: IColumn) => {
    if (column === undefined) return;
    const key = column.key as SortState['key'];
    setSort((current) => (current?.key === key ? { key, descending: !current.descending } : { key, descending: false }));
  }, []);

  const selectedTotals = useMemo((): { count: number; totals: Totals } => {
    const totals: Totals = new Map();
    if (snap.selected.size === 0) return { count: 0, totals };
    let count = 0;
    for (const row of snap.rows)
      if (snap.selected.has(row.id)) {
        count++;
        addToTotals(totals, row);
      }
    return { count, totals };
  }, [snap.rows, snap.selected]);

  const onItemInvoked = useCallback(
    (item?: BookingRow) => {
      if (item !== undefined) openBooking(item.id);
    },
    [openBooking],
  );

  const createInvoices = (): void => {
    bridge.raise({ name: 'CreateInvoicesRequested', args: [JSON.stringify(store.selectedIdsInRowOrder()), perCustomer] });
  };

  const onRenderGroupTitle = useCallback<IRenderFunction<IDetailsGroupDividerProps>>((props) => {
    const group = props?.group;
    if (group === undefined) return null;
    const totals = isGroupData(group.data) ? group.data.totals : new Map<string, number>();
    return (
      <span className="bki-group-title">
        <span className="bki-group-name">{group.name}</span>
        <span className="bki-group-summary">{format(captions.groupSummary, group.count, formatTotals(totals))}</span>
      </span>
    );
  }, [captions]);
  const groupProps = useMemo(() => ({ showEmptyGroups: false, headerProps: { onRenderTitle: onRenderGroupTitle, onRenderGroupHeaderCheckbox: BcCheckbox } }), [onRenderGroupTitle]);

  const problems = snap.problems;
  const problemLines = problems.slice(0, maxProblemsShown).map((p) => problemText(captions, p));
  if (problems.length > maxProblemsShown) problemLines.push(format(captions.problemMore, problems.length - maxProblemsShown));
  if (snap.ignoredCaptionKeys.length > 0) problemLines.push(format(captions.problemInCaptions, snap.ignoredCaptionKeys.join(', ')));

  const emptyText = !snap.loaded ? undefined : snap.rows.length === 0 ? captions.emptyMessage : view.items.length === 0 ? captions.noMatchMessage : undefined;

  return (
    <div className="bki-grid-root" onKeyDownCapture={onKeyDownCapture}>
      <div className="bki-toolbar" role="toolbar">
        <SearchBox
          className="bki-filter"
          placeholder={captions.filterPlaceholder}
          ariaLabel={captions.filterAriaLabel}
          value={filter}
          onChange={(_event, value) => setFilter(value ?? '')}
        />
        <Checkbox className="bki-group-toggle" label={captions.groupByCustomer} checked={grouped} onChange={(_event, checked) => setGrouped(checked === true)} />
      </div>
      {problemLines.length > 0 ? (
        <MessageBar
          className="bki-problems"
          messageBarType={MessageBarType.error}
          isMultiline
          onDismiss={() => store.dismissProblems()}
          dismissButtonAriaLabel={captions.dismiss}
        >
          {problemLines.map((line, index) => (
            <div key={index} className="bki-problem">
              {line}
            </div>
          ))}
        </MessageBar>
      ) : null}
      <div className="bki-list-area">
        <div className="bki-scroll" data-is-scrollable="true">
          <ShimmeredDetailsList
            items={view.items}
            {...(view.groups === undefined ? {} : { groups: view.groups })}
            groupProps={groupProps}
            columns={columns}
            setKey={`bookings-${snap.datasetVersion}`}
            getKey={getRowKey}
            selection={selection}
            selectionMode={SelectionMode.multiple}
            selectionPreservedOnEmptyClick
            isSelectedOnFocus={false}
            onActiveItemChanged={onActiveItemChanged}
            checkboxVisibility={CheckboxVisibility.always}
            layoutMode={DetailsListLayoutMode.justified}
            constrainMode={ConstrainMode.horizontalConstrained}
            enableShimmer={!snap.loaded}
            shimmerLines={12}
            ariaLabelForShimmer={captions.loadingMessage}
            ariaLabelForGrid={captions.gridAriaLabel}
            ariaLabelForSelectionColumn={captions.selectionColumnAriaLabel}
            ariaLabelForSelectAllCheckbox={captions.selectAllAriaLabel}
            checkButtonAriaLabel={captions.checkButtonAriaLabel}
            checkButtonGroupAriaLabel={captions.groupSelectAriaLabel}
            onRenderCheckbox={BcCheckbox}
            onRenderRow={onRenderRow}
            usePageCache
            onColumnHeaderClick={onColumnHeaderClick}
            onItemInvoked={onItemInvoked}
            compact
          />
          {emptyText !== undefined ? <div className="bki-empty">{emptyText}</div> : null}
        </div>
      </div>
      <div className="bki-footer">
        <span className="bki-selected-summary" aria-live="off">
          {format(captions.selectedSummary, selectedTotals.count, formatTotals(selectedTotals.totals))}
        </span>
        <Checkbox className="bki-per-customer" label={captions.groupPerCustomer} checked={perCustomer} onChange={(_event, checked) => setPerCustomer(checked === true)} />
        <PrimaryButton className="bki-create" text={captions.createInvoices} disabled={selectedTotals.count === 0} onClick={createInvoices} />
      </div>
      <Announced message={snap.loaded ? format(captions.rowCountAnnouncement, view.items.length) : captions.loadingMessage} />
      <Announced message={format(captions.selectionAnnouncement, selectedTotals.count)} />
    </div>
  );
}

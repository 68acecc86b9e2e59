import { parseIds, parseRows, type BookingRow, type InputProblem } from './bookingRow';
import { defaultCaptions, mergeCaptions, type Captions } from './captions';

/** What the grid renders. Replaced (never mutated) on every change, so React can compare by reference. */
export interface GridSnapshot {
  readonly rows: readonly BookingRow[];
  /** False until the first LoadBookings/AppendBookings/ClearBookings: the grid shows its loading state. */
  readonly loaded: boolean;
  /** Increases when LoadBookings/ClearBookings replace the dataset (Fluent's setKey). */
  readonly datasetVersion: number;
  readonly selected: ReadonlySet<string>;
  /** Increases when AL (SetSelection) or a reload changes the selection, so the grid re-applies it. */
  readonly selectionFromAlVersion: number;
  readonly captions: Captions;
  readonly problems: readonly InputProblem[];
  /** Caption keys SetCaptions ignored. */
  readonly ignoredCaptionKeys: readonly string[];
}

/**
 * The grid's data outside React: the AL procedures change it, the component reads it with useSyncExternalStore.
 * The selection here is the source of truth and spans rows hidden by the filter.
 */
export class GridStore {
  private snapshot: GridSnapshot = {
    rows: [],
    loaded: false,
    datasetVersion: 0,
    selected: new Set<string>(),
    selectionFromAlVersion: 0,
    captions: defaultCaptions,
    problems: [],
    ignoredCaptionKeys: [],
  };
  private ids = new Set<string>();
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): GridSnapshot => this.snapshot;

  private update(change: Partial<GridSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
  }

  loadBookings(rowsJson: unknown): void {
    const parsed = parseRows(rowsJson, 'LoadBookings', new Set<string>());
    // A payload that is not a JSON array at all changes nothing (the message says so): keep the rows shown.
    if (parsed.problems.some((p) => p.kind === 'malformedJson' || p.kind === 'notAnArray')) {
      this.update({ loaded: true, problems: this.snapshot.problems.concat(parsed.problems) });
      return;
    }
    this.ids = new Set(parsed.rows.map((r) => r.id));
    this.update({
      rows: parsed.rows,
      loaded: true,
      datasetVersion: this.snapshot.datasetVersion + 1,
      selected: new Set<string>(),
      selectionFromAlVersion: this.snapshot.selectionFromAlVersion + 1,
      problems: parsed.problems,
    });
  }

  appendBookings(rowsJson: unknown): void {
    const parsed = parseRows(rowsJson, 'AppendBookings', this.ids);
    for (const row of parsed.rows) this.ids.add(row.id);
    this.update({
      rows: parsed.rows.length === 0 ? this.snapshot.rows : this.snapshot.rows.concat(parsed.rows),
      loaded: true,
      problems: parsed.problems.length === 0 ? this.snapshot.problems : this.snapshot.problems.concat(parsed.problems),
    });
  }

  clearBookings(): void {
    this.ids = new Set<string>();
    this.update({
      rows: [],
      loaded: true,
      datasetVersion: this.snapshot.datasetVersion + 1,
      selected: new Set<string>(),
      selectionFromAlVersion: this.snapshot.selectionFromAlVersion + 1,
      problems: [],
    });
  }

  /** SetSelection: selects exactly the known IDs among `idsJson`; unknown IDs are ignored. */
  setSelection(idsJson: unknown): void {
    const { ids, problem } = parseIds(idsJson, 'SetSelection');
    if (ids === undefined) {
      if (problem !== undefined) this.update({ problems: this.snapshot.problems.concat([problem]) });
      return;
    }
    this.update({
      selected: new Set(ids.filter((id) => this.ids.has(id))),
      selectionFromAlVersion: this.snapshot.selectionFromAlVersion + 1,
    });
  }

  setCaptions(captionsJson: unknown): void {
    const { captions, ignored, problem } = mergeCaptions(this.snapshot.captions, captionsJson);
    this.update({
      captions,
      ignoredCaptionKeys: ignored,
      problems: problem === undefined ? this.snapshot.problems : this.snapshot.problems.concat([problem]),
    });
  }

  /** A user selection change on the visible rows; rows hidden by the filter keep their state. */
  setUserSelection(selected: ReadonlySet<string>): void {
    this.update({ selected });
  }

  dismissProblems(): void {
    this.update({ problems: [], ignoredCaptionKeys: [] });
  }

  /** The selected IDs in row order (stable for AL and tests). */
  selectedIdsInRowOrder(): string[] {
    const { rows, selected } = this.snapshot;
    if (selected.size === 0) return [];
    const ids: string[] = [];
    for (const row of rows) if (selected.has(row.id)) ids.push(row.id);
    return ids;
  }
}

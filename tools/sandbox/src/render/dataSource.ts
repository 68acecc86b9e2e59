/**
 * The contract between the web client and whatever holds the data and runs the page code (the AL runtime, or an
 * in-memory fake in tests). The renderer only reads through it; actions and validation go through it too.
 * All calls name controls and actions by their AL names as they appear in the page metadata (extensions applied).
 *
 * Page instances: like a browser tab in BC, a page stays open between calls. The data source keeps one open
 * instance per page ID (and per bookmark for cards): its variables (e.g. a selection kept in a Dictionary) survive
 * between getRecords, invokeAction, validateField and runAddinTrigger on the same page; OnOpenPage runs when the
 * instance opens. closePage ends it (the next call opens a fresh one).
 *
 * Dialogs: Message and Error become effects (BC shows them after the call). Confirm and StrMenu block AL until the
 * user answers, so the data source calls the DialogHandler given with setDialogHandler synchronously from inside AL
 * (the sandbox runs AL on its own thread and blocks it until the browser answers); without one it takes the default.
 */
import type { PageMetadata } from '../metadata/model';

/** The state of one control for one record, after the runtime ran OnAfterGetRecord and evaluated expressions. */
export interface FieldState {
  /** The value formatted as BC shows it (FORMAT with the field's format), e.g. '1,234.50', 'Yes'. */
  readonly text: string;
  /** For Boolean fields: the value as a checkbox. */
  readonly checked?: boolean;
  /** Evaluated Editable/Enabled/Visible/Style expressions; absent = use the metadata's static value. */
  readonly editable?: boolean;
  readonly enabled?: boolean;
  readonly visible?: boolean;
  /** Evaluated Style (e.g. 'Attention', 'Favorable', 'Unfavorable', 'Strong'). */
  readonly style?: string;
}

/** One record of the page's source, identified by an opaque bookmark (the record's position). */
export interface RecordRow {
  readonly bookmark: string;
  /** Control name -> state, for the repeater's fields. */
  readonly fields: Readonly<Record<string, FieldState>>;
}

export interface RecordQuery {
  /** Table field name, field caption or control name -> filter text in BC filter syntax (SubPageLink uses field names). */
  readonly filters?: Readonly<Record<string, string>>;
  readonly sortBy?: string;
  readonly descending?: boolean;
  readonly skip?: number;
  readonly take?: number;
}

/** What an action or validation produced. Messages, confirms and notifications are shown by the client. */
export type PageEffect =
  | { readonly kind: 'message'; readonly text: string }
  | { readonly kind: 'error'; readonly text: string; readonly control?: string }
  /** A sent notification; with an id, its actions (by caption) run through invokeNotificationAction. */
  | { readonly kind: 'notification'; readonly text: string; readonly actions: readonly string[]; readonly id?: string }
  | { readonly kind: 'openPage'; readonly pageId: number; readonly bookmark?: string; readonly modal: boolean }
  | { readonly kind: 'hyperlink'; readonly url: string }
  | { readonly kind: 'update' }
  | { readonly kind: 'close' }
  /** AL called `CurrPage.<control>.<procedure>(args)` on a control add-in (texts, numbers, booleans as JSON values). */
  | { readonly kind: 'addinCall'; readonly control: string; readonly procedure: string; readonly args: readonly unknown[] }
  /** A Confirm that was asked and answered during the call (for the client's history; the answer was given already). */
  | { readonly kind: 'confirmed'; readonly text: string; readonly answer: boolean };

/** A page AL runs modally (Page.RunModal): its rows as the user sees them, to pick one and close with OK or Cancel. */
export interface ModalPageRequest {
  readonly pageId: number;
  readonly caption: string;
  /** LookupMode: the buttons answer LookupOK/LookupCancel. */
  readonly lookupMode: boolean;
  /** Control name and caption of each column, in order. */
  readonly columns: readonly { readonly name: string; readonly caption: string }[];
  readonly rows: readonly RecordRow[];
  /** The bookmark of the record the page is on when it opens (e.g. the current business). */
  readonly current?: string;
}

export type ModalAction = 'OK' | 'Cancel' | 'LookupOK' | 'LookupCancel';

/** How the user closed the modal page; with OK/LookupOK the bookmark of the chosen row. */
export interface ModalPageAnswer {
  readonly action: ModalAction;
  readonly bookmark?: string;
}

/** Answers Confirm, StrMenu and modal pages while AL runs (synchronously: AL waits for the answer). */
export interface DialogHandler {
  confirm(question: string, defaultAnswer: boolean): boolean;
  /** Returns the chosen option (1-based) or 0 for Cancel. */
  strMenu(options: string, defaultNo: number, instruction: string): number;
  /** Shows a page run with RunModal; without this hook RunModal returns Cancel (LookupCancel) at once. */
  runModal?(request: ModalPageRequest): ModalPageAnswer;
}

export interface PageDataSource {
  /** Records for a list page (or a card's part), after OnOpenPage, SourceTableView and the query's filters. */
  getRecords(page: PageMetadata, query: RecordQuery): Promise<readonly RecordRow[]>;
  /** The record of a card page: control name -> state; bookmark undefined = the page's first record (setup cards). */
  getFieldValues(page: PageMetadata, bookmark: string | undefined): Promise<{ readonly bookmark: string; readonly fields: Readonly<Record<string, FieldState>> } | undefined>;
  /** Runs the action's OnAction (or RunObject) with the current record and the selected records of a list. */
  invokeAction(page: PageMetadata, action: string, bookmark: string | undefined, selection: readonly string[]): Promise<readonly PageEffect[]>;
  /** Assigns the text to the control (evaluating the field's type), runs OnValidate of field and control, saves. */
  validateField(page: PageMetadata, control: string, bookmark: string | undefined, text: string): Promise<readonly PageEffect[]>;
  /** Runs a control trigger the user starts: OnDrillDown (value clicked), OnAssistEdit ('...' button), OnLookup. */
  runControlTrigger(page: PageMetadata, control: string, trigger: ControlTrigger, bookmark: string | undefined): Promise<readonly PageEffect[]>;
  /**
   * Raises a control add-in event on the open page instance: runs the usercontrol's trigger of that name (e.g.
   * ControlReady, SelectionChanged(IdsJson)) with the arguments the add-in passed. AL's calls back to the add-in
   * (`CurrPage.BookingGrid.LoadBookings(...)`) come back as `addinCall` effects, in order.
   */
  runAddinTrigger?(page: PageMetadata, control: string, trigger: string, args: readonly unknown[]): Promise<readonly PageEffect[]>;
  /** Where Confirm and StrMenu go (see the file comment). */
  setDialogHandler?(handler: DialogHandler | undefined): void;
  /**
   * Effects raised while pages opened or read for getRecords/getFieldValues (OnOpenPage notifications, a record that
   * is gone), since the last call that returned effects. The client shows them with the page it just rendered.
   */
  takePendingEffects?(): readonly PageEffect[] | Promise<readonly PageEffect[]>;
  /** Closes the open instance of the page (its variables are dropped). */
  closePage?(page: PageMetadata): Promise<void>;
  /** Runs the action (by caption) of a sent notification (its codeunit procedure), returning the effects. */
  invokeNotificationAction?(notificationId: string, actionCaption: string): Promise<readonly PageEffect[]>;
}

export type ControlTrigger = 'OnDrillDown' | 'OnAssistEdit' | 'OnLookup';

import type { ControlTrigger, DialogHandler, FieldState, ModalPageRequest, PageDataSource, PageEffect, RecordQuery, RecordRow } from '../../../../sandbox/src/render/dataSource';
import type { PageMetadata } from '../../../../sandbox/src/metadata/model';
import { ALError, toALError } from '../errors';
import type { FieldMeta } from '../db/meta';
import { formatValue } from '../values/format';
import type { Session, UiHooks } from '../interp/session';
import { bookmarkOf, locateBookmark, pageRuntime, PageV, type CloseAction, type PageUi } from './instance';
import type { ControlModel } from './model';
import type { NotificationV } from './notification';

/**
 * The sandbox web client's PageDataSource (tools/sandbox/src/render/dataSource.ts) over a runtime Session: pages run
 * their AL code (OnOpenPage, OnAfterGetRecord, OnValidate, OnAction...) in the session, and what the code shows the
 * user comes back as effects.
 *
 * - One running instance per page ID: it is opened (OnOpenPage) on first use and keeps its globals between calls,
 *   as a page the user keeps open does. A page the code runs (Page.Run, RunObject) replaces the open instance of
 *   its ID, so the client's next getRecords shows it with the caller's filters.
 * - Each call that returns effects runs in a transaction: success commits, an AL error rolls back and becomes an
 *   `error` effect (with the control for validateField).
 * - Confirm and StrMenu: answered synchronously by the DialogHandler given with setDialogHandler (or
 *   `options.dialogs`), else with the default answer; every confirm is also reported as a `confirmed` effect.
 * - Control add-ins: AL's `CurrPage.<addin>.<procedure>(args)` calls become `addinCall` effects, in order;
 *   runAddinTrigger raises an add-in event (the usercontrol's trigger) on the open instance.
 * - Page.RunModal: the DialogHandler's runModal (when given) shows the page's rows and answers OK/Cancel with a
 *   row; Rec is positioned on that row, OnQueryClosePage runs with the action and RunModal returns it. Without the
 *   hook the page is opened, reported as `openPage` with modal = true, and RunModal returns Cancel (LookupCancel).
 * - Notifications become `notification` effects (with their ID) and are kept, so `invokeNotificationAction(id, caption)`
 *   can run an action later.
 * - Effects raised while opening a page for getRecords/getFieldValues (e.g. a notification from OnOpenPage) are
 *   returned by the next effect-returning call, or by `takePendingEffects()`.
 */
export interface RuntimePageDataSourceOptions {
  /** Answers Confirm and StrMenu (same as setDialogHandler); default: the default answer. */
  readonly dialogs?: DialogHandler;
}

export interface RuntimePageDataSource extends PageDataSource {
  /** Effects raised while pages opened for reads (OnOpenPage, OnAfterGetRecord), since the last call that returned effects. */
  takePendingEffects(): PageEffect[];
  /** Runs an action of a sent notification (its codeunit procedure with the notification), returning the effects. */
  invokeNotificationAction(notificationId: string, actionCaption: string): Promise<readonly PageEffect[]>;
  /** Notifications sent so far (newest last). */
  notifications(): readonly NotificationV[];
  /** Closes the open instance of a page (OnQueryClosePage, OnClosePage); the next call opens it again. */
  closePage(page: PageMetadata): Promise<void>;
  runAddinTrigger(page: PageMetadata, control: string, trigger: string, args: readonly unknown[]): Promise<readonly PageEffect[]>;
  setDialogHandler(handler: DialogHandler | undefined): void;
}

export function createRuntimePageDataSource(session: Session, options: RuntimePageDataSourceOptions = {}): RuntimePageDataSource {
  const rt = pageRuntime(session);
  const open = new Map<number, PageV>();
  const sent: NotificationV[] = [];
  let pending: PageEffect[] = [];
  let dialogs: DialogHandler | undefined = options.dialogs;

  /** Runs `fn` with the UI routed into an effect list; commits on success, rolls back and reports on error. */
  const withEffects = (fn: () => void, errorControl?: string): PageEffect[] => {
    const effects: PageEffect[] = pending;
    pending = [];
    const prevUi = session.ui;
    const prevPageUi = rt.ui;
    const hooks: UiHooks = {
      message(text) {
        effects.push({ kind: 'message', text });
      },
      confirm(question, dflt) {
        const answer = dialogs === undefined ? dflt : dialogs.confirm(question, dflt);
        effects.push({ kind: 'confirmed', text: question, answer });
        return answer;
      },
      strMenu(opts, dflt, instruction) {
        return dialogs === undefined ? dflt : dialogs.strMenu(opts, dflt, instruction);
      },
      other(kind, detail) {
        if (kind === 'Hyperlink') effects.push({ kind: 'hyperlink', url: detail });
        else effects.push({ kind: 'message', text: `${kind} ${detail} is not available in the sandbox.` });
        return undefined;
      },
    };
    const pageUi: PageUi = {
      runPage(page: PageV, modal: boolean): CloseAction | undefined {
        page.open(page.mode);
        const ask = dialogs?.runModal;
        if (modal && ask !== undefined) {
          // AL waits here until the user closes the modal page: position Rec on the chosen row, then close it as the
          // user does (OnQueryClosePage with the action), so GetRecord and the page's procedures see that row.
          const answer = ask.call(dialogs, modalRequest(page));
          const action: CloseAction = page.lookupMode ? (answer.action === 'OK' || answer.action === 'LookupOK' ? 'LookupOK' : 'LookupCancel') : answer.action === 'OK' || answer.action === 'LookupOK' ? 'OK' : 'Cancel';
          if ((action === 'OK' || action === 'LookupOK') && answer.bookmark !== undefined) positioned(page, answer.bookmark);
          page.close(action);
          return action;
        }
        open.get(page.model.id)?.close(undefined);
        open.set(page.model.id, page);
        effects.push({ kind: 'openPage', pageId: page.model.id, ...(page.hasRecord && !page.isNewRecord ? { bookmark: bookmarkOf(page.rec) } : {}), modal });
        if (!modal) return undefined;
        return page.lookupMode ? 'LookupCancel' : 'Cancel';
      },
      sendNotification(n) {
        const copy = n.copy();
        sent.push(copy);
        effects.push({ kind: 'notification', text: n.message, actions: n.actions.map((a) => a.caption), id: copy.id });
      },
      recallNotification(n) {
        const i = sent.findIndex((x) => x.id === n.id);
        if (i >= 0) sent.splice(i, 1);
      },
    };
    session.ui = hooks;
    rt.ui = pageUi;
    const prevAddin = rt.addinCall;
    rt.addinCall = (control, procedure, args) => effects.push({ kind: 'addinCall', control, procedure, args: args.map(jsonArg) });
    const sp = session.db.savepoint();
    const flags = [...open.values()];
    for (const p of flags) {
      p.updateRequested = false;
      p.closeRequested = false;
    }
    try {
      fn();
      session.db.commit();
    } catch (e) {
      const ae = toALError(e);
      if (ae.internal) {
        session.ui = prevUi;
        rt.ui = prevPageUi;
        throw ae;
      }
      session.db.rollback(sp);
      effects.push({ kind: 'error', text: ae.info.message || ae.message, ...(errorControl !== undefined ? { control: errorControl } : {}) });
    } finally {
      session.ui = prevUi;
      rt.ui = prevPageUi;
      rt.addinCall = prevAddin;
    }
    for (const p of flags) {
      if (p.updateRequested) effects.push({ kind: 'update' });
      if (p.closeRequested || p.state === 'closed') {
        effects.push({ kind: 'close' });
        if (open.get(p.model.id) === p) open.delete(p.model.id);
      }
    }
    return effects;
  };

  /** The open instance of a page, opened now (OnOpenPage) when needed; effects of opening are kept as pending. */
  const instance = (meta: PageMetadata): PageV => {
    let p = open.get(meta.id);
    if (p !== undefined && p.state === 'open') return p;
    const np = rt.newPage(meta.id);
    open.set(meta.id, np);
    const effects = withEffects(() => np.open(np.mode === 'view' ? 'view' : 'edit'));
    pending.push(...effects.filter((e) => e.kind !== 'error'));
    const err = effects.find((e) => e.kind === 'error');
    if (err !== undefined && err.kind === 'error') {
      open.delete(meta.id);
      throw new ALError(err.text);
    }
    p = np;
    return p;
  };

  const positioned = (p: PageV, bookmark: string | undefined): void => {
    if (bookmark === undefined || bookmark === '') return;
    if (p.hasRecord && !p.isNewRecord && bookmarkOf(p.rec) === bookmark) return;
    const probe = p.rec.clone();
    if (!locateBookmark(probe, bookmark)) throw new ALError(`The record ${bookmark} is no longer on the page ${p.model.caption}.`);
    p.save();
    p.rec.assignFrom(probe);
    p.afterGetRecord();
  };

  /** The rows of a page run modally (its repeater, or all its fields for a card), for the DialogHandler. */
  const modalRequest = (p: PageV): ModalPageRequest => {
    const all = [...p.model.controls.values()].filter((c) => c.kind === 'field');
    const repeater = all.filter((c) => c.inRepeater);
    const cols = (repeater.length > 0 ? repeater : all).filter((c) => p.boolProp(c.props, 'visible', true));
    const current = p.hasRecord && !p.isNewRecord ? p.rec.data.slice() : undefined;
    const rows: RecordRow[] = [];
    const probe = p.rec.clone();
    if (probe.find('-')) {
      do {
        p.rec.assignFrom(probe);
        p.loadRow();
        const fields: Record<string, FieldState> = {};
        for (const c of cols) fields[c.name] = fieldState(p, c);
        rows.push({ bookmark: bookmarkOf(probe), fields });
      } while (rows.length < MODAL_ROWS && probe.next(1) !== 0);
    }
    if (current !== undefined) {
      p.rec.data = current;
      p.refresh();
    }
    return {
      pageId: p.model.id,
      caption: p.caption,
      lookupMode: p.lookupMode,
      columns: cols.map((c) => ({ name: c.name, caption: p.controlCaption(c) })),
      rows,
      ...(current !== undefined ? { current: bookmarkOf(p.rec) } : {}),
    };
  };

  const controlOf = (p: PageV, name: string): ControlModel => {
    const c = p.control(name);
    if (c === undefined) throw new ALError(`The page ${p.model.caption} has no control ${name}.`);
    return c;
  };

  const fieldState = (p: PageV, c: ControlModel): FieldState => {
    const v = p.value(c);
    const text = p.displayText(c);
    const style = p.textProp(c.props, 'styleexpr') ?? p.textProp(c.props, 'style');
    return {
      text,
      ...(typeof v === 'boolean' ? { checked: v } : {}),
      editable: p.controlEditable(c),
      enabled: p.boolProp(c.props, 'enabled', true),
      visible: p.boolProp(c.props, 'visible', true),
      ...(style !== undefined && style !== '' ? { style } : {}),
    };
  };

  const fieldOf = (p: PageV, key: string): FieldMeta | undefined => {
    const c = p.control(key);
    const tf = c === undefined ? undefined : p.tableField(c);
    if (tf !== undefined) return tf;
    const t = p.rec.table;
    return t.field(key) ?? t.fields.find((f) => f.caption.toLowerCase() === key.toLowerCase());
  };

  const ds: RuntimePageDataSource = {
    getRecords(page: PageMetadata, query: RecordQuery): Promise<readonly RecordRow[]> {
      return attempt(() => {
        const p = instance(page);
        const probe = p.rec.clone();
        for (const [key, filter] of Object.entries(query.filters ?? {})) {
          const f = fieldOf(p, key);
          if (f === undefined) throw new ALError(`The page ${p.model.caption} has no field ${key} to filter on.`);
          probe.filterGroup = 0;
          probe.setFilter(f, filter, []);
        }
        if (query.sortBy !== undefined) {
          const f = fieldOf(p, query.sortBy);
          if (f !== undefined) probe.setCurrentKey([f.slot]);
        }
        if (query.descending === true) probe.ascending = !probe.ascending;
        const repeater = [...p.model.controls.values()].filter((c) => c.kind === 'field' && c.inRepeater);
        const rows: RecordRow[] = [];
        const current = p.hasRecord && !p.isNewRecord ? p.rec.data.slice() : undefined;
        const skip = query.skip ?? 0;
        const take = query.take ?? Number.MAX_SAFE_INTEGER;
        let i = 0;
        const effects = withEffects(() => {
          if (!probe.find('-')) return;
          do {
            if (i++ < skip) continue;
            if (rows.length >= take) break;
            p.rec.assignFrom(probe);
            p.loadRow();
            const fields: Record<string, FieldState> = {};
            for (const c of repeater) fields[c.name] = fieldState(p, c);
            rows.push({ bookmark: bookmarkOf(probe), fields });
          } while (probe.next(1) !== 0);
          if (current !== undefined) {
            p.rec.data = current;
            p.refresh();
          }
        });
        pending.push(...effects.filter((e) => e.kind !== 'update' && e.kind !== 'error'));
        const err = effects.find((e) => e.kind === 'error');
        if (err !== undefined && err.kind === 'error') throw new ALError(err.text);
        return rows;
      });
    },

    getFieldValues(page: PageMetadata, bookmark: string | undefined) {
      return attempt(() => {
        const p = instance(page);
        if (bookmark !== undefined) {
          const effects = withEffects(() => positioned(p, bookmark));
          pending.push(...effects.filter((e) => e.kind !== 'error'));
          const err = effects.find((e) => e.kind === 'error');
          if (err !== undefined) return undefined;
        }
        if (!p.hasRecord) return undefined;
        const fields: Record<string, FieldState> = {};
        for (const c of p.model.controls.values()) if (c.kind === 'field') fields[c.name] = fieldState(p, c);
        return { bookmark: p.isNewRecord ? '' : bookmarkOf(p.rec), fields };
      });
    },

    invokeAction(page: PageMetadata, action: string, bookmark: string | undefined, selection: readonly string[]) {
      return attempt(() => {
        const p = instance(page);
        return withEffects(() => {
          positioned(p, bookmark);
          const a = p.action(action);
          if (a === undefined) throw new ALError(`The page ${p.model.caption} has no action ${action}.`);
          p.selection = selection.length > 0 ? selection : undefined;
          try {
            p.invokeAction(a);
          } finally {
            p.selection = undefined;
          }
        });
      });
    },

    validateField(page: PageMetadata, control: string, bookmark: string | undefined, text: string) {
      return attempt(() => {
        const p = instance(page);
        return withEffects(() => {
          positioned(p, bookmark);
          p.setControlValue(controlOf(p, control), text);
        }, control);
      });
    },

    runControlTrigger(page: PageMetadata, control: string, trigger: ControlTrigger, bookmark: string | undefined) {
      return attempt(() => {
        const p = instance(page);
        return withEffects(() => {
          positioned(p, bookmark);
          const c = controlOf(p, control);
          p.save();
          const name = trigger.toLowerCase();
          if (name === 'onlookup') {
            const list = c.triggers.get('onlookup') ?? [];
            for (const proc of list) {
              const args: unknown[] = ['', ''];
              const ok = session.compiled(proc)(p, args);
              if (ok === true && typeof args[0] === 'string') p.setControlValue(c, args[0]);
            }
          } else p.controlTrigger(c, name);
          if (p.state === 'open') p.refresh();
        }, control);
      });
    },

    takePendingEffects(): PageEffect[] {
      const e = pending;
      pending = [];
      return e;
    },

    invokeNotificationAction(notificationId: string, actionCaption: string) {
      return attempt(() => {
        const n = sent.find((x) => x.id === notificationId);
        const a = n?.actions.find((x) => x.caption === actionCaption);
        if (n === undefined || a === undefined) throw new ALError(`The notification ${notificationId} has no action ${actionCaption}.`);
        return withEffects(() => {
          const info = session.program.codeunitsById.get(a.codeunitId);
          if (info === undefined) throw new ALError(`Codeunit ${a.codeunitId} of the notification action is not loaded.`);
          session.callByName(session.instanceOf(info), a.method, [n]);
        });
      });
    },

    notifications(): readonly NotificationV[] {
      return sent;
    },

    closePage(page: PageMetadata) {
      return attempt(() => {
        const p = open.get(page.id);
        if (p === undefined) return;
        open.delete(page.id);
        pending.push(...withEffects(() => p.close('OK')));
      });
    },

    runAddinTrigger(page: PageMetadata, control: string, trigger: string, args: readonly unknown[]) {
      return attempt(() => {
        const p = instance(page);
        return withEffects(() => {
          const c = controlOf(p, control);
          const list = c.triggers.get(trigger.toLowerCase());
          if (list === undefined || list.length === 0) throw new ALError(`The control ${control} of page ${p.model.caption} has no trigger ${trigger}.`);
          for (const proc of list) session.compiled(proc)(p, args.slice());
        });
      });
    },

    setDialogHandler(handler: DialogHandler | undefined): void {
      dialogs = handler;
    },
  };
  return ds;
}

/** At most this many rows are shown in a modal page (a lookup list, not a report). */
const MODAL_ROWS = 500;

/** Runs synchronously and settles the promise (the runtime is synchronous; the contract is async). */
function attempt<T>(fn: () => T): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

/** An AL value as a JSON value for an addinCall effect (texts, numbers, booleans; others formatted). */
function jsonArg(v: unknown): unknown {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v === undefined) return null;
  return formatValue(v);
}

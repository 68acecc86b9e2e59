/**
 * Interactions: one user request that runs AL (an action, a validation, a control or add-in trigger) and may stop
 * on a dialog (Confirm, StrMenu) before it ends. AL waits for the answer on its own thread; the browser is sent to
 * /interaction/<id>, which shows the dialog, posts the answer, and finally goes on to the page with the effects.
 * The dialog listener of the running call is found through AsyncLocalStorage, so data sources need no ID plumbing.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { PageEffect } from '../render/dataSource';

export type DialogRequest =
  | { readonly kind: 'confirm'; readonly text: string; readonly defaultAnswer: boolean }
  | { readonly kind: 'strMenu'; readonly options: readonly string[]; readonly defaultNo: number; readonly instruction: string }
  /** Page.RunModal: the page's rows (cells as shown), the row it is on (1-based, 0 = none). */
  | { readonly kind: 'modalPage'; readonly pageId: number; readonly caption: string; readonly lookupMode: boolean; readonly columns: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly current: number };

/** Confirm: true/false. StrMenu: the chosen option (1-based), 0 = Cancel. ModalPage: the chosen row (1-based) with OK, 0 = Cancel. */
export type DialogAnswer = boolean | number;

export type DialogListener = (dialog: DialogRequest) => Promise<DialogAnswer>;

/** The listener of the interaction whose AL is running; data sources read it when AL asks a question. */
export const dialogContext = new AsyncLocalStorage<DialogListener>();

export interface InteractionContext {
  /** The page the interaction started on, e.g. '/page/70470021?sort=Price'. Effects are shown there. */
  readonly returnPath: string;
}

export type InteractionState =
  | { readonly kind: 'dialog'; readonly dialog: DialogRequest }
  | { readonly kind: 'done'; readonly effects: readonly PageEffect[] };

export class Interaction {
  private pending: { dialog: DialogRequest; answer: (a: DialogAnswer) => void } | undefined;
  private wake: (() => void) | undefined;
  private result: readonly PageEffect[] | undefined;
  /** Every dialog asked and its answer, in order (shown in the history of the result). */
  readonly answered: { dialog: DialogRequest; answer: DialogAnswer }[] = [];
  readonly finished: Promise<readonly PageEffect[]>;

  constructor(readonly id: string, readonly context: InteractionContext, work: () => Promise<readonly PageEffect[]>) {
    const listener: DialogListener = (dialog) =>
      new Promise<DialogAnswer>((resolve) => {
        this.pending = {
          dialog,
          answer: (a) => {
            this.answered.push({ dialog, answer: a });
            resolve(a);
          },
        };
        this.wake?.();
      });
    this.finished = dialogContext
      .run(listener, work)
      .catch((e: unknown): readonly PageEffect[] => [{ kind: 'error', text: e instanceof Error ? e.message : String(e) }])
      .then((effects) => {
        this.result = effects;
        this.wake?.();
        return effects;
      });
  }

  /** Waits until AL either asks a question or ends. */
  async settle(): Promise<InteractionState> {
    for (;;) {
      if (this.pending !== undefined) return { kind: 'dialog', dialog: this.pending.dialog };
      if (this.result !== undefined) return { kind: 'done', effects: this.result };
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = undefined;
    }
  }

  /** Answers the open dialog; false when there is none (e.g. the form was posted twice). */
  answer(a: DialogAnswer): boolean {
    const p = this.pending;
    if (p === undefined) return false;
    this.pending = undefined;
    p.answer(a);
    return true;
  }
}

/** The open interactions; finished ones are kept a while so a reload of the result page still works. */
export class Interactions {
  private readonly items = new Map<string, Interaction>();
  private next = 1;

  start(context: InteractionContext, work: () => Promise<readonly PageEffect[]>): Interaction {
    const id = `${Date.now().toString(36)}-${this.next++}`;
    const i = new Interaction(id, context, work);
    this.items.set(id, i);
    if (this.items.size > 50) {
      const oldest = this.items.keys().next().value;
      if (oldest !== undefined) this.items.delete(oldest);
    }
    return i;
  }

  get(id: string): Interaction | undefined {
    return this.items.get(id);
  }
}

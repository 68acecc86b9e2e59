import { alError } from '../errors';
import type { CodeunitV } from '../interp/instances';
import type { ProcInfo } from '../interp/program';
import type { Session } from '../interp/session';
import { pageRuntime, type CloseAction, type PageUi, type PageV } from './instance';
import { TestPageV } from './testPage';
import { pageTypeOf } from './types';
import type { NotificationV } from './notification';

/** A handler function bound to the running test (the runner's bookkeeping marks it used). */
export interface BoundHandler {
  readonly kind: string;
  readonly proc: ProcInfo;
  used: boolean;
}

/**
 * Pages and notifications in a test session, as BC's test runner routes them: a trapped TestPage takes the next
 * Page.Run of its page; otherwise Page.Run goes to a [PageHandler] and RunModal to a [ModalPageHandler] whose
 * TestPage parameter is that page; Notification.Send/Recall go to [SendNotificationHandler]/[RecallNotificationHandler].
 * Without a handler the UI is unhandled and the test fails ("Unhandled UI: ...").
 */
export function installTestPageUi(s: Session, inst: CodeunitV, handlers: () => readonly BoundHandler[]): void {
  const rt = pageRuntime(s);
  const forPage = (kind: string, page: PageV): BoundHandler | undefined =>
    handlers().find((h) => {
      if (h.kind !== kind) return false;
      const pt = pageTypeOf(h.proc.params[0]?.type);
      const name = pt?.page.replace(/^"|"$/g, '').toLowerCase() ?? '';
      return name === page.model.name.toLowerCase() || name === String(page.model.id);
    });
  const ui: PageUi = {
    runPage(page: PageV, modal: boolean): CloseAction | undefined {
      const mode = page.mode;
      if (!modal) {
        const i = rt.traps.findIndex((t) => t.pageId === page.model.id);
        const trap = i >= 0 ? rt.traps.splice(i, 1)[0] : undefined;
        if (trap !== undefined) {
          page.open(mode);
          trap.bind(page);
          return undefined;
        }
      }
      const h = forPage(modal ? 'modalpagehandler' : 'pagehandler', page);
      // BC names the page by ID: "Unhandled UI: ModalPage 456" (microsoft/BCApps tests expect this text)
      if (h === undefined) throw alError(`Unhandled UI: ${modal ? 'ModalPage' : 'Page'} ${page.model.id}`);
      h.used = true;
      page.open(mode);
      const tp = new TestPageV(rt, page.model.name);
      tp.bind(page);
      tp.modal = modal;
      s.compiled(h.proc)(inst, [tp]);
      // A handler that ends without OK/Cancel closes the page as the window's close button does.
      if (page.state === 'open') page.close(page.lookupMode ? 'LookupCancel' : 'OK');
      return page.result;
    },
    sendNotification(n: NotificationV): void {
      const h = handlers().find((x) => x.kind === 'sendnotificationhandler');
      if (h === undefined) throw alError(`Unhandled UI: SendNotification ${n.message}`);
      h.used = true;
      s.compiled(h.proc)(inst, [n]);
    },
    recallNotification(n: NotificationV): void {
      const h = handlers().find((x) => x.kind === 'recallnotificationhandler');
      if (h === undefined) throw alError(`Unhandled UI: RecallNotification ${n.message}`);
      h.used = true;
      s.compiled(h.proc)(inst, [n]);
    },
  };
  rt.ui = ui;
}

/** Forgets traps of the previous test (a trap that never caught a page does not fail the test in BC). */
export function resetTestPages(s: Session): void {
  pageRuntime(s).traps.length = 0;
}

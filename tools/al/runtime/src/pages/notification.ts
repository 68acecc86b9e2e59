import { randomUUID } from 'node:crypto';

/**
 * Notification (Microsoft Learn, "Notification data type"): Id, Message, Scope, data, actions. Send goes to the
 * session's page UI (the test runner's SendNotificationHandler, the sandbox's effects).
 */
export interface NotificationAction {
  readonly caption: string;
  readonly codeunitId: number;
  readonly method: string;
  readonly tooltip: string;
}

export class NotificationV {
  id = '';
  message = '';
  /** 0 = LocalScope, 1 = GlobalScope. */
  scope = 0;
  readonly data = new Map<string, string>();
  readonly actions: NotificationAction[] = [];

  /** Send without an Id gives the notification a new one (BC sets a GUID when none is set). */
  ensureId(): string {
    if (this.id === '' || /^\{?0{8}-0{4}-0{4}-0{4}-0{12}\}?$/.test(this.id)) this.id = `{${randomUUID().toUpperCase()}}`;
    return this.id;
  }

  copy(): NotificationV {
    const n = new NotificationV();
    n.id = this.id;
    n.message = this.message;
    n.scope = this.scope;
    for (const [k, v] of this.data) n.data.set(k, v);
    n.actions.push(...this.actions);
    return n;
  }
}

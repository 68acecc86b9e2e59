import type { Expression } from '../../../syntax/src/ast';
import { alError } from '../errors';
import { Rec } from '../db/record';
import { CodeunitV } from './instances';
import { ObjInfo, ParamInfo, ProcInfo, Program } from './program';
import type { Session } from './session';

/**
 * Events (Microsoft Learn, "Events in AL", "Subscribing to events", "Binding event subscriptions"):
 * [IntegrationEvent]/[BusinessEvent]/[InternalEvent] publishers, [EventSubscriber] subscribers matched by
 * object type, object ID, event name and element name, StaticAutomatic subscribers (a new instance per call unless
 * SingleInstance) and Manual subscribers bound with BindSubscription. Parameters are matched by name, and `var`
 * parameters flow back to the publisher's caller. Table trigger events (OnBefore/OnAfter Insert, Modify, Delete,
 * Rename, Validate) are raised by the record operations whether or not RunTrigger is true.
 */
interface Subscriber {
  readonly proc: ProcInfo;
  readonly manual: boolean;
}

const PUBLISHER_ATTRS = new Set(['integrationevent', 'businessevent', 'internalevent']);

export function isPublisher(p: ProcInfo): boolean {
  return p.attributes.some((a) => PUBLISHER_ATTRS.has(a.name.name.toLowerCase()));
}

function scopeName(e: Expression | undefined): { left: string; right: string } | undefined {
  if (e === undefined || e.kind !== 'ScopeExpression' || e.object.kind !== 'Identifier') return undefined;
  return { left: e.object.name.toLowerCase(), right: e.member.name };
}

function literalText(e: Expression | undefined): string {
  return e !== undefined && e.kind === 'Literal' ? String(e.value) : '';
}

export class EventRegistry {
  private readonly subs = new Map<string, Subscriber[]>();
  /** Manually bound instances, per subscriber codeunit. */
  private readonly bound = new Map<ObjInfo, CodeunitV[]>();

  constructor(program: Program) {
    for (const cu of program.codeunits.values()) {
      const manual = /manual/i.test(cu.props.get('eventsubscriberinstance')?.raw ?? '');
      for (const procs of cu.procs.values()) {
        for (const p of procs) {
          const a = p.attributes.find((x) => x.name.name.toLowerCase() === 'eventsubscriber');
          if (a === undefined) continue;
          const objType = scopeName(a.args[0])?.right.toLowerCase() ?? '';
          const target = scopeName(a.args[1]);
          const eventName = literalText(a.args[2]).toLowerCase();
          const element = literalText(a.args[3]).toLowerCase();
          let id: number | undefined;
          if (target !== undefined) {
            if (target.left === 'database' || objType === 'table') id = program.table(target.right)?.id;
            else if (target.left === 'codeunit') id = program.codeunits.get(target.right.toLowerCase())?.id;
            else if (target.left === 'page') id = program.pages.get(target.right.toLowerCase())?.id;
          } else if (a.args[1]?.kind === 'Literal') id = Number(a.args[1].value);
          if (id === undefined) continue; // publisher not loaded: the subscription can never fire
          const key = eventKey(objType === 'table' ? 'table' : objType, id, eventName, element);
          const list = this.subs.get(key) ?? [];
          list.push({ proc: p, manual });
          this.subs.set(key, list);
        }
      }
    }
  }

  has(objType: string, id: number, eventName: string, element = ''): boolean {
    return this.subs.has(eventKey(objType, id, eventName.toLowerCase(), element.toLowerCase()));
  }

  hasAnyForTable(id: number): boolean {
    for (const k of this.subs.keys()) if (k.startsWith(`table:${id}:`)) return true;
    return false;
  }

  bind(cu: CodeunitV): boolean {
    if (!/manual/i.test(cu.info.props.get('eventsubscriberinstance')?.raw ?? '')) {
      throw alError(`BindSubscription needs a codeunit with EventSubscriberInstance = Manual; ${cu.info.name} is StaticAutomatic.`);
    }
    const list = this.bound.get(cu.info) ?? [];
    if (list.includes(cu)) return false;
    list.push(cu);
    this.bound.set(cu.info, list);
    return true;
  }

  unbind(cu: CodeunitV): boolean {
    const list = this.bound.get(cu.info);
    if (list === undefined) return false;
    const i = list.indexOf(cu);
    if (i < 0) return false;
    list.splice(i, 1);
    return true;
  }

  clearBindings(): void {
    this.bound.clear();
  }

  /** Raises an event: calls each subscriber with the publisher's arguments matched by parameter name. */
  raise(s: Session, objType: string, id: number, eventName: string, element: string, names: readonly string[], args: unknown[], sender?: unknown): void {
    const list = this.subs.get(eventKey(objType, id, eventName.toLowerCase(), element.toLowerCase()));
    if (list === undefined) return;
    const index = new Map(names.map((n, i) => [n.toLowerCase(), i]));
    for (const sub of list) {
      const instances: CodeunitV[] = sub.manual ? [...(this.bound.get(sub.proc.owner) ?? [])] : [s.instanceOf(sub.proc.owner)];
      for (const inst of instances) {
        const params: readonly ParamInfo[] = sub.proc.params;
        const callArgs = params.map((p) => {
          const i = index.get(p.name.toLowerCase());
          if (i !== undefined) return args[i];
          if (p.name.toLowerCase() === 'sender') return sender;
          throw alError(`Event subscriber ${sub.proc.owner.name}.${sub.proc.name} has parameter ${p.name}, which event ${eventName} does not publish.`);
        });
        s.compiled(sub.proc)(inst, callArgs);
        params.forEach((p, j) => {
          const i = index.get(p.name.toLowerCase());
          if (p.byRef && i !== undefined) {
            const before = args[i];
            if (before instanceof Rec && callArgs[j] instanceof Rec) return;
            args[i] = callArgs[j];
          }
        });
      }
    }
  }
}

function eventKey(objType: string, id: number, eventName: string, element: string): string {
  return `${objType}:${id}:${eventName}:${element}`;
}

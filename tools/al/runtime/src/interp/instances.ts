import { ALError } from '../errors';
import { Rec } from '../db/record';
import type { ObjInfo } from './program';

/** A codeunit instance: its globals are created on first use (as BC instantiates codeunit variables lazily). */
export class CodeunitV {
  private g: unknown[] | undefined;
  constructor(
    readonly info: ObjInfo,
    private readonly makeGlobals: (info: ObjInfo) => unknown[],
  ) {}
  get globals(): unknown[] {
    if (this.g === undefined) this.g = this.makeGlobals(this.info);
    return this.g;
  }
  resetGlobals(): void {
    this.g = undefined;
  }
}

/** An interface variable holds the implementing codeunit instance (or nothing until assigned). */
export class InterfaceV {
  constructor(
    readonly name: string,
    public target: CodeunitV | undefined,
  ) {}
}

/** RecordRef basics: a handle on a record of a table chosen at run time. */
export class RecordRefV {
  rec: Rec | undefined;
}

/** FieldRef basics: a field of the record a RecordRef points at. */
export class FieldRefV {
  constructor(
    readonly rec: import('../db/record').Rec,
    readonly field: import('../db/meta').FieldMeta,
  ) {}
}

/** ErrorInfo: message, title, detailed message, custom dimensions, collectible flag. */
export class ErrorInfoV {
  message = '';
  title = '';
  detailedMessage = '';
  errorType: 'Client' | 'Internal' = 'Client';
  verbosity = 'Error';
  collectible = false;
  dims = new Map<string, string>();
  callStack = '';
  fieldNo = 0;
  tableId = 0;
  actions: { caption: string; codeunitId: number; method: string; description: string }[] = [];
  /** Other properties (PageNo, ControlName, RecordId, SystemId...) as set. */
  props = new Map<string, unknown>();
  static fromError(e: ALError): ErrorInfoV {
    const v = new ErrorInfoV();
    v.message = e.info.message;
    v.title = e.info.title ?? '';
    v.detailedMessage = e.info.detailedMessage ?? '';
    v.callStack = e.alStack.join('\n');
    v.collectible = e.info.collectible ?? false;
    return v;
  }
}

/** Signals for non-local control flow inside a compiled procedure body. */
export const enum Flow {
  Normal = 0,
  Break = 1,
  Exit = 2,
  Continue = 3,
}

import type { ALType } from '../values/types';

/** One activation of a compiled procedure: `self` is the codeunit instance or the record (table code). */
export class Frame {
  line = 0;
  ret: unknown = undefined;
  constructor(
    readonly self: unknown,
    readonly locals: unknown[],
    readonly xrec: unknown,
  ) {}
}

export type Ev = (f: Frame) => unknown;
export type St = (f: Frame) => number;

/** A compiled expression and its static type when known. */
export interface CE {
  readonly ev: Ev;
  readonly type: ALType | undefined;
}

/** A compiled assignable place. */
export interface LV {
  readonly get: Ev;
  readonly set: (f: Frame, v: unknown) => void;
  readonly type: ALType | undefined;
}

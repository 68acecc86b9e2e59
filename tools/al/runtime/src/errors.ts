/**
 * Runtime errors. An AL error (Error(), a failed TestField, a platform check) is an ALError; it carries BC's
 * message text and, once it has left a procedure, the AL call stack ("Codeunit X(Proc) line N - file").
 */
export interface ErrorInfoData {
  message: string;
  title?: string;
  detailedMessage?: string;
  errorType?: 'Client' | 'Internal';
  verbosity?: string;
  collectible?: boolean;
  customDimensions?: Map<string, string>;
  fieldNo?: number;
  tableId?: number;
  /** Code shown by GetLastErrorCode. */
  code?: string;
}

export class ALError extends Error {
  /** AL call stack lines, innermost first, filled as the error unwinds through procedures. */
  readonly alStack: string[] = [];
  stackSealed = false;
  constructor(
    message: string,
    readonly info: ErrorInfoData = { message },
    /** True for internal runtime failures (unsupported construct, loader problems), not AL-level errors. */
    readonly internal = false,
  ) {
    super(message);
    this.name = 'ALError';
  }
  get code(): string {
    return this.info.code ?? (this.internal ? 'RuntimeError' : 'Dialog');
  }
}

export function alError(message: string, code?: string): ALError {
  return new ALError(message, code === undefined ? { message } : { message, code });
}

/** A construct the runtime does not implement yet: always an error, never a silent no-op. */
export function unsupported(construct: string, where: string): ALError {
  const message = `The AL runtime does not support ${construct} yet (${where}).`;
  return new ALError(message, { message, code: 'NotSupported' }, true);
}

/** A runtime gap found while running (a method or type the runtime lacks): internal, never caught by AL code. */
export function runtimeGap(message: string): ALError {
  return new ALError(message, { message, code: 'NotSupported' }, true);
}

/** Turns anything thrown into an ALError (JS errors inside the runtime become internal errors with their text). */
export function toALError(e: unknown): ALError {
  if (e instanceof ALError) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) return new ALError('Stack overflow: the AL code recursed too deeply.', { message: 'Stack overflow' }, true);
  const msg = e instanceof Error ? e.message : String(e);
  return new ALError(`Internal runtime error: ${msg}`, { message: msg, code: 'RuntimeError' }, true);
}

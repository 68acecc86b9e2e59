// Blob field and InStream methods that write to places (var arguments, the Blob field).
import type { Expression } from '../../../syntax/src/ast';
import { alError } from '../errors';
import { toInt } from '../values/ops';
import { T } from '../values/types';
import { BlobV, InStreamV, OutStreamV } from '../values/streams';
import { CE } from './frame';
import type { Compiler } from './compile';

/** Blob field methods: CreateOutStream (fresh content), CreateInStream, HasValue. */
export function blobMethod(c: Compiler, fieldExpr: Expression, m: string, args: readonly Expression[], node: { start: number }): CE | undefined {
  if (m !== 'createoutstream' && m !== 'createinstream' && m !== 'hasvalue') return undefined;
  const field = c.lvalue(fieldExpr);
  if (m === 'hasvalue') return { ev: (f) => (field.get(f) as BlobV).hasValue, type: T.Boolean };
  const streamArg = args[0];
  if (streamArg === undefined) return c.err(`${m} needs a stream variable`, node);
  const stream = c.lvalue(streamArg);
  if (m === 'createoutstream') {
    return {
      ev: (f) => {
        const blob = new BlobV('');
        field.set(f, blob);
        stream.set(f, new OutStreamV(blob));
        return undefined;
      },
      type: undefined,
    };
  }
  return {
    ev: (f) => {
      const blob = field.get(f);
      stream.set(f, new InStreamV(blob instanceof BlobV ? blob.content : ''));
      return undefined;
    },
    type: undefined,
  };
}

/** InStream.ReadText(var Text [, Length]): Integer. */
export function compileReadText(c: Compiler, obj: CE, args: readonly Expression[]): CE {
  const place = c.lvalue(args[0] as Expression);
  const len = args[1] === undefined ? undefined : c.expr(args[1], true).ev;
  const conv = c.s.assignConverter(place.type);
  const oev = obj.ev;
  return {
    ev: (f) => {
      const st = oev(f);
      if (!(st instanceof InStreamV)) throw alError('ReadText needs an InStream created with CreateInStream.');
      const r = st.readText(len === undefined ? undefined : toInt(len(f)));
      place.set(f, conv(r.text, undefined));
      return r.read;
    },
    type: T.Integer,
  };
}

import type { Expression } from '../../../syntax/src/ast';
import { CE } from './frame';
import type { Compiler } from './compile';
import { platformCall, platformReturnType, PlatformType, varArgIndexes, VarPlace } from './platformCalls';

/** JSON and HTTP methods (platformCalls.ts): var arguments become places, JsonToken.ReadFrom rebinds its receiver. */
export function compilePlatformCall(c: Compiler, pt: PlatformType, obj: CE, objExpr: Expression | undefined, name: string, args: readonly Expression[], used: boolean): CE {
  const m = name.toLowerCase();
  const varIdx = varArgIndexes(pt, m, args.length);
  const lvs = args.map((a, i) => (varIdx.includes(i) ? c.lvalue(a) : undefined));
  const es = args.map((a, i) => (varIdx.includes(i) ? undefined : c.expr(a, true)));
  const convs = lvs.map((lv) => (lv === undefined ? undefined : c.s.assignConverter(lv.type)));
  const selfLv = pt === 'jsontoken' && m === 'readfrom' && objExpr !== undefined ? c.lvalue(objExpr) : undefined;
  const site = {
    name,
    used,
    argKinds: es.map((e) => e?.type?.kind),
    placeTypes: lvs.map((lv) => lv?.type),
    httpEnv: () => c.s.httpEnv,
  };
  const oev = obj.ev;
  const n = args.length;
  return {
    ev: (f) => {
      const recv = oev(f);
      const vals = new Array<unknown>(n);
      const places = new Array<VarPlace | undefined>(n);
      for (let i = 0; i < n; i++) {
        const e = es[i];
        if (e !== undefined) vals[i] = e.ev(f);
        const lv = lvs[i];
        const conv = convs[i];
        if (lv !== undefined && conv !== undefined) {
          places[i] = { get: () => lv.get(f), set: (v) => lv.set(f, conv(v, undefined)) };
          vals[i] = undefined;
        }
      }
      const self: VarPlace | undefined = selfLv === undefined ? undefined : { get: () => selfLv.get(f), set: (v) => selfLv.set(f, v) };
      return platformCall(pt, recv, m, vals, places, site, self);
    },
    type: platformReturnType(pt, m),
  };
}

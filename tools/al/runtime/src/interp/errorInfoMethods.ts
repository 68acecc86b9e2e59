// ErrorInfo methods and assignable properties.
import { alError, runtimeGap } from '../errors';
import { ALDictionary } from '../values/collections';
import { toInt } from '../values/ops';
import { EnumValue } from '../values/types';
import { ErrorInfoV } from './instances';
import { str } from './methodArgs';

export function errorInfoMethod(e: ErrorInfoV, m: string, a: unknown[], name: string): unknown {
  const prop = (k: 'message' | 'title' | 'detailedMessage' | 'callStack'): unknown => {
    if (a.length > 0) {
      (e as unknown as Record<string, unknown>)[k] = str(a[0]);
      return undefined;
    }
    return e[k];
  };
  switch (m) {
    case 'message':
      return prop('message');
    case 'title':
      return prop('title');
    case 'detailedmessage':
      return prop('detailedMessage');
    case 'callstack':
      return e.callStack;
    case 'collectible':
      if (a.length > 0) e.collectible = a[0] === true;
      return e.collectible;
    case 'customdimensions': {
      if (a[0] instanceof ALDictionary) {
        e.dims.clear();
        for (const { key, value } of a[0].map.values()) e.dims.set(str(key), str(value));
        return undefined;
      }
      const d = new ALDictionary();
      for (const [k, v] of e.dims) d.map.set(k, { key: k, value: v });
      return d;
    }
    case 'errortype':
      if (a.length > 0) e.errorType = a[0] instanceof EnumValue && a[0].ordinal === 1 ? 'Internal' : 'Client';
      return undefined;
    case 'verbosity':
      if (a.length > 0) e.verbosity = a[0] instanceof EnumValue ? a[0].name : str(a[0]);
      return undefined;
    case 'addaction':
    case 'addnavigationaction':
      e.actions.push({ caption: str(a[0] ?? ''), codeunitId: typeof a[1] === 'number' ? a[1] : 0, method: str(a[2] ?? ''), description: str(a[3] ?? '') });
      return undefined;
    case 'fieldno':
      if (a.length > 0) e.fieldNo = toInt(a[0]);
      return e.fieldNo;
    case 'tableid':
      if (a.length > 0) e.tableId = toInt(a[0]);
      return e.tableId;
    case 'recordid':
    case 'systemid':
    case 'pageno':
    case 'pagenumber':
    case 'controlname':
    case 'fieldname':
      if (a.length > 0) e.props.set(m, a[0]);
      return e.props.get(m) ?? (m === 'pageno' || m === 'pagenumber' ? 0 : '');
    default:
      throw runtimeGap(`The AL runtime does not support ErrorInfo.${name} yet.`);
  }
}

/** `Info.Message := X` and the like. */
export function setErrorInfoProperty(o: unknown, prop: string, v: unknown): void {
  if (!(o instanceof ErrorInfoV)) throw alError('Only ErrorInfo properties can be assigned this way.');
  errorInfoMethod(o, prop.toLowerCase(), [v], prop);
}

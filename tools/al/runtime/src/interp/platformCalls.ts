import * as J from '../platform/json';
import * as H from '../platform/http';
import { alError, runtimeGap } from '../errors';
import { ALArray, ALList } from '../values/collections';
import { ALDuration } from '../values/dates';
import { toInt } from '../values/ops';
import { SecretTextV } from '../values/secretText';
import { InStreamV, OutStreamV } from '../values/streams';
import { ALType, T } from '../values/types';
import { HTTP_REQUEST_TYPE, TestHttpRequestV, TestHttpResponseV } from './testHttp';

/**
 * AL's JSON and HTTP data types (Microsoft Learn, "JsonObject data type", "HttpClient data type" and siblings) on
 * top of platform/json and platform/http. The compiler keeps these types as `Other` with the AL type name; this
 * file says which arguments are `var`, what each method returns (for chained calls) and performs the call.
 */
export type PlatformType =
  | 'jsonobject'
  | 'jsonarray'
  | 'jsontoken'
  | 'jsonvalue'
  | 'httpclient'
  | 'httprequestmessage'
  | 'httpresponsemessage'
  | 'httpcontent'
  | 'httpheaders'
  | 'testhttprequestmessage'
  | 'testhttpresponsemessage';

const NAMES: Record<PlatformType, string> = {
  jsonobject: 'JsonObject',
  jsonarray: 'JsonArray',
  jsontoken: 'JsonToken',
  jsonvalue: 'JsonValue',
  httpclient: 'HttpClient',
  httprequestmessage: 'HttpRequestMessage',
  httpresponsemessage: 'HttpResponseMessage',
  httpcontent: 'HttpContent',
  httpheaders: 'HttpHeaders',
  testhttprequestmessage: 'TestHttpRequestMessage',
  testhttpresponsemessage: 'TestHttpResponseMessage',
};

export function platformType(t: ALType | undefined): PlatformType | undefined {
  if (t?.kind !== 'Other') return undefined;
  const n = t.name.toLowerCase();
  return n in NAMES ? (n as PlatformType) : undefined;
}

export const otherType = (p: PlatformType): ALType => ({ kind: 'Other', name: NAMES[p] });

/** Runtime kind of a value (for receivers whose static type is unknown, e.g. a List element or a Variant). */
export function platformKindOf(v: unknown): PlatformType | undefined {
  if (v instanceof J.JsonObjectNode) return 'jsonobject';
  if (v instanceof J.JsonArrayNode) return 'jsonarray';
  if (v instanceof J.JsonValueNode) return 'jsonvalue';
  if (v instanceof H.HttpClient) return 'httpclient';
  if (v instanceof H.HttpRequestMessage) return 'httprequestmessage';
  if (v instanceof H.HttpResponseMessage) return 'httpresponsemessage';
  if (v instanceof H.HttpContent) return 'httpcontent';
  if (v instanceof H.HttpHeaders) return 'httpheaders';
  if (v instanceof TestHttpRequestV) return 'testhttprequestmessage';
  if (v instanceof TestHttpResponseV) return 'testhttpresponsemessage';
  return undefined;
}

export function platformDefault(p: PlatformType, env: () => H.HttpEnvironment): () => unknown {
  switch (p) {
    case 'jsonobject':
      return () => new J.JsonObjectNode();
    case 'jsonarray':
      return () => new J.JsonArrayNode();
    case 'jsonvalue':
      return () => new J.JsonValueNode();
    case 'jsontoken':
      return () => J.defaultToken();
    case 'httpclient':
      return () => new H.HttpClient(env());
    case 'httprequestmessage':
      return () => new H.HttpRequestMessage();
    case 'httpresponsemessage':
      return () => new H.HttpResponseMessage();
    case 'httpcontent':
      return () => new H.HttpContent();
    case 'httpheaders':
      return () => new H.HttpHeaders('request');
    case 'testhttprequestmessage':
      return () => undefined;
    case 'testhttpresponsemessage':
      return () => new TestHttpResponseV();
  }
}

const isJson = (p: PlatformType): boolean => p.startsWith('json');

/** Positions of `var` arguments that the call assigns. */
export function varArgIndexes(p: PlatformType, m: string, argc: number): number[] {
  if (isJson(p)) {
    if (m === 'writeto') return [0];
    if ((m === 'get' || m === 'selecttoken' || m === 'selecttokens') && argc >= 2) return [1];
    return [];
  }
  switch (p) {
    case 'httpclient':
      if (m === 'send' || m === 'get' || m === 'delete') return [1];
      if (m === 'post' || m === 'put' || m === 'patch') return [2];
      return [];
    case 'httprequestmessage':
      return m === 'getheaders' ? [0] : [];
    case 'httpcontent':
      return m === 'getheaders' || m === 'readas' ? [0] : [];
    case 'httpheaders':
      return m === 'getvalues' || m === 'getsecretvalues' ? [1] : [];
    default:
      return [];
  }
}

const TYPED_GETS: Record<string, J.TypedGet> = {
  gettext: 'Text',
  getcode: 'Code',
  getinteger: 'Integer',
  getbiginteger: 'BigInteger',
  getdecimal: 'Decimal',
  getboolean: 'Boolean',
  getbyte: 'Byte',
  getchar: 'Char',
  getoption: 'Option',
  getdate: 'Date',
  gettime: 'Time',
  getdatetime: 'DateTime',
  getobject: 'Object',
  getarray: 'Array',
};

function typedGetType(k: J.TypedGet): ALType {
  switch (k) {
    case 'Object':
      return otherType('jsonobject');
    case 'Array':
      return otherType('jsonarray');
    case 'Option':
      return T.Integer;
    case 'Byte':
      return { kind: 'Byte' };
    default:
      return T[k];
  }
}

/** Static return type of a method (so `A.AsToken().AsValue().AsText()` and Variant conversions work). */
export function platformReturnType(p: PlatformType, m: string): ALType | undefined {
  if (isJson(p)) {
    const tg = TYPED_GETS[m];
    if (tg !== undefined) return typedGetType(tg);
    switch (m) {
      case 'asobject':
        return otherType('jsonobject');
      case 'asarray':
        return otherType('jsonarray');
      case 'asvalue':
        return otherType('jsonvalue');
      case 'astoken':
      case 'clone':
        return otherType('jsontoken');
      case 'keys':
        return { kind: 'List', elem: T.Text };
      case 'values':
        return { kind: 'List', elem: otherType('jsontoken') };
      case 'count':
      case 'asinteger':
      case 'asoption':
      case 'aschar':
      case 'asbyte':
      case 'indexof':
        return T.Integer;
      case 'asbiginteger':
        return T.BigInteger;
      case 'asdecimal':
        return T.Decimal;
      case 'astext':
      case 'ascode':
      case 'path':
        return T.Text;
      case 'asdate':
        return T.Date;
      case 'astime':
        return T.Time;
      case 'asdatetime':
        return T.DateTime;
      case 'asduration':
        return T.Duration;
      default:
        return T.Boolean;
    }
  }
  if (p === 'testhttprequestmessage') {
    if (m === 'path') return T.Text;
    if (m === 'requesttype') return { kind: 'Enum', enumType: HTTP_REQUEST_TYPE };
    if (m === 'queryparameters') return { kind: 'Dictionary', key: T.Text, value: T.Text };
  }
  switch (m) {
    case 'content':
      return otherType('httpcontent');
    case 'headers':
    case 'defaultrequestheaders':
      return otherType('httpheaders');
    case 'httpstatuscode':
      return T.Integer;
    case 'reasonphrase':
    case 'getrequesturi':
    case 'getbaseaddress':
    case 'method':
      return T.Text;
    case 'getsecretrequesturi':
      return T.SecretText;
    case 'timeout':
      return T.Duration;
    case 'keys':
      return { kind: 'List', elem: T.Text };
    case 'clear':
    case 'writefrom':
    case 'getheaders':
      return undefined;
    default:
      return T.Boolean;
  }
}

/** What one platform call needs from the compiled call site. */
export interface PlatformCallSite {
  readonly name: string;
  readonly used: boolean;
  /** Static kinds of the arguments (for JSON value conversion: Char vs Integer, Decimal literals...). */
  readonly argKinds: readonly (string | undefined)[];
  /** Static type of each var argument's place. */
  readonly placeTypes: readonly (ALType | undefined)[];
  readonly httpEnv: () => H.HttpEnvironment;
}

/** A var argument: its current value and a setter. */
export interface VarPlace {
  get(): unknown;
  set(v: unknown): void;
}

function boolResult(used: boolean, ok: boolean, fail: () => Error): boolean {
  if (!ok && !used) throw fail();
  return ok;
}

const SIMPLE = new Set(['Integer', 'BigInteger', 'Decimal', 'Boolean', 'Text', 'Code', 'Char', 'Byte', 'Date', 'Time', 'DateTime', 'Duration', 'Option', 'Guid']);

function node(x: unknown, kind: string | undefined): J.JsonNode {
  return J.toNode(x, kind !== undefined && SIMPLE.has(kind) ? (kind as J.ALSimpleKind) : undefined);
}

function str(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof SecretTextV) throw alError('A SecretText value cannot be used as Text here.');
  return String(v);
}

function place(places: readonly (VarPlace | undefined)[], i: number): VarPlace {
  const p = places[i];
  if (p === undefined) throw runtimeGap(`The argument ${i + 1} must be a variable.`);
  return p;
}

function readText(v: unknown): string {
  if (v instanceof InStreamV) {
    const s = v.text.slice(v.pos);
    v.pos = v.text.length;
    return s;
  }
  return str(v);
}

/**
 * Performs `recv.<m>(args)`. `self` rebinds the receiver variable (JsonToken.ReadFrom); `places` holds the var
 * arguments at the indexes of varArgIndexes.
 */
export function platformCall(
  p: PlatformType,
  recv: unknown,
  m: string,
  a: readonly unknown[],
  places: readonly (VarPlace | undefined)[],
  site: PlatformCallSite,
  self: VarPlace | undefined,
): unknown {
  if (isJson(p)) return jsonCall(p, recv, m, a, places, site, self);
  return httpCall(p, recv, m, a, places, site);
}

function asNode(recv: unknown): J.JsonNode {
  if (recv instanceof J.JsonObjectNode || recv instanceof J.JsonArrayNode || recv instanceof J.JsonValueNode) return recv;
  throw alError('The JSON variable has no value.');
}

function jsonCall(
  p: PlatformType,
  recv: unknown,
  m: string,
  a: readonly unknown[],
  places: readonly (VarPlace | undefined)[],
  site: PlatformCallSite,
  self: VarPlace | undefined,
): unknown {
  const n = asNode(recv);
  const k = site.argKinds;
  const gap = (): never => {
    throw runtimeGap(`The AL runtime does not support ${NAMES[p]}.${site.name} yet.`);
  };
  // methods every JSON type has
  switch (m) {
    case 'writeto': {
      const text = J.writeTo(n);
      const pl = place(places, 0);
      const cur = pl.get();
      if (cur instanceof OutStreamV) cur.write(text);
      else pl.set(text);
      return true;
    }
    case 'readfrom': {
      const text = readText(a[0]);
      if (p === 'jsontoken') {
        const r = J.readTokenFrom(text);
        if (r.ok) {
          if (self === undefined) throw runtimeGap('JsonToken.ReadFrom needs a variable as receiver.');
          self.set(r.node);
        }
        return boolResult(site.used, r.ok, () => (r.ok ? alError('') : r.error));
      }
      const r = n instanceof J.JsonObjectNode ? J.readObjectFrom(n, text) : n instanceof J.JsonArrayNode ? J.readArrayFrom(n, text) : J.readValueFrom(n, text);
      return boolResult(site.used, r.ok, () => (r.ok ? alError('') : r.error));
    }
    case 'selecttoken': {
      const path = str(a[0]);
      const r = J.selectOne(n, path);
      if (r !== undefined) place(places, 1).set(r);
      return boolResult(site.used, r !== undefined, () => J.selectNoMatchError(path));
    }
    case 'selecttokens': {
      place(places, 1).set(new ALList(J.selectAll(n, str(a[0]))));
      return true;
    }
    case 'clone':
      return n.clone();
    case 'path':
      return n.path();
    case 'astoken':
      return n;
    case 'isobject':
      return n.isObject();
    case 'isarray':
      return n.isArray();
    case 'isvalue':
      return n.isValue();
    case 'asobject':
      return J.asObject(n);
    case 'asarray':
      return J.asArray(n);
    case 'asvalue':
      return J.asValue(n);
    default:
      break;
  }
  if (n instanceof J.JsonObjectNode) {
    const tg = TYPED_GETS[m];
    if (tg !== undefined) return J.objectGetTyped(n, str(a[0]), tg, a[1] === true);
    switch (m) {
      case 'add': {
        const key = str(a[0]);
        const ok = n.add(key, node(a[1], k[1]));
        return boolResult(site.used, ok, () => J.keyExistsError(key));
      }
      case 'replace': {
        const key = str(a[0]);
        const ok = n.replace(key, node(a[1], k[1]));
        return boolResult(site.used, ok, () => J.keyNotFoundError(key));
      }
      case 'remove':
        return n.remove(str(a[0]));
      case 'contains':
        return n.contains(str(a[0]));
      case 'get': {
        const key = str(a[0]);
        const r = n.get(key);
        if (r !== undefined) place(places, 1).set(r);
        return boolResult(site.used, r !== undefined, () => J.keyNotFoundError(key));
      }
      case 'keys':
        return new ALList(n.keys());
      case 'values':
        return new ALList(n.values());
      case 'count':
        return n.count;
      default:
        return gap();
    }
  }
  if (n instanceof J.JsonArrayNode) {
    const tg = TYPED_GETS[m];
    if (tg !== undefined) return J.arrayGetTyped(n, toInt(a[0]), tg, a[1] === true);
    switch (m) {
      case 'add':
        n.add(node(a[0], k[0]));
        return true;
      case 'insert':
        n.insert(toInt(a[0]), node(a[1], k[1]));
        return true;
      case 'set':
        n.set(toInt(a[0]), node(a[1], k[1]));
        return true;
      case 'removeat':
        n.removeAt(toInt(a[0]));
        return true;
      case 'remove':
        return n.remove(asNode(a[0]));
      case 'get': {
        const i = toInt(a[0]);
        const r = n.get(i);
        if (r !== undefined) place(places, 1).set(r);
        return boolResult(site.used, r !== undefined, () => J.indexError(i, n.count));
      }
      case 'indexof':
        return n.indexOf(node(a[0], k[0]));
      case 'count':
        return n.count;
      default:
        return gap();
    }
  }
  // JsonValue
  const s = n.scalar;
  switch (m) {
    case 'astext':
      return J.asText(s);
    case 'ascode':
      return J.asCode(s);
    case 'asinteger':
      return J.asInteger(s);
    case 'asbiginteger':
      return J.asBigInteger(s);
    case 'asdecimal':
      return J.asDecimal(s);
    case 'asboolean':
      return J.asBoolean(s);
    case 'asbyte':
      return J.asByte(s);
    case 'aschar':
      return J.asChar(s);
    case 'asoption':
      return J.asOption(s);
    case 'asdate':
      return J.asDate(s);
    case 'astime':
      return J.asTime(s);
    case 'asdatetime':
      return J.asDateTime(s);
    case 'asduration':
      return J.asDuration(s);
    case 'isnull':
      return n.isNull();
    case 'isundefined':
      return n.isUndefined();
    case 'setvalue':
      n.scalar = J.scalarFromAL(a[0], k[0] !== undefined && SIMPLE.has(k[0]) ? (k[0] as J.ALSimpleKind) : undefined);
      return undefined;
    case 'setvaluetonull':
      n.setNull();
      return undefined;
    case 'setvaluetoundefined':
      n.scalar = J.UNDEFINED_SCALAR;
      return undefined;
    default:
      return gap();
  }
}

function sendResult(r: H.SendResult, respPlace: VarPlace, used: boolean): boolean {
  respPlace.set(r.response);
  return boolResult(used, r.ok, () => (r.ok ? alError('') : r.error));
}

function content(v: unknown): H.HttpContent {
  if (v instanceof H.HttpContent) return v;
  throw alError('An HttpContent value was expected.');
}

function headerValue(v: unknown): H.HeaderValue {
  return v instanceof SecretTextV ? v : str(v);
}

function httpCall(p: PlatformType, recv: unknown, m: string, a: readonly unknown[], places: readonly (VarPlace | undefined)[], site: PlatformCallSite): unknown {
  const gap = (): never => {
    throw runtimeGap(`The AL runtime does not support ${NAMES[p]}.${site.name} yet.`);
  };
  const used = site.used;
  if (recv instanceof H.HttpClient) {
    switch (m) {
      case 'send': {
        if (!(a[0] instanceof H.HttpRequestMessage)) throw alError('HttpClient.Send needs an HttpRequestMessage.');
        return sendResult(recv.send(a[0]), place(places, 1), used);
      }
      case 'get':
        return sendResult(recv.get(str(a[0])), place(places, 1), used);
      case 'delete':
        return sendResult(recv.delete(str(a[0])), place(places, 1), used);
      case 'post':
        return sendResult(recv.post(str(a[0]), content(a[1])), place(places, 2), used);
      case 'put':
        return sendResult(recv.put(str(a[0]), content(a[1])), place(places, 2), used);
      case 'patch':
        return sendResult(recv.patch(str(a[0]), content(a[1])), place(places, 2), used);
      case 'setbaseaddress': {
        const uri = str(a[0]);
        return boolResult(used, recv.setBaseAddress(uri), () => alError(H.HTTP_MESSAGES.invalidBaseAddress(uri)));
      }
      case 'getbaseaddress':
        return recv.getBaseAddress();
      case 'defaultrequestheaders':
        return recv.defaultRequestHeaders;
      case 'timeout':
        if (a.length > 0) {
          const d = a[0];
          recv.timeoutMs = d instanceof ALDuration ? d.ms : toInt(d);
          return undefined;
        }
        return new ALDuration(recv.timeoutMs);
      case 'clear':
        recv.clear();
        return undefined;
      case 'useresponsecookies':
      case 'usedefaultnetworkwindowsauthentication':
        return true;
      default:
        return gap();
    }
  }
  if (recv instanceof H.HttpRequestMessage) {
    switch (m) {
      case 'method':
        if (a.length > 0) {
          recv.method = str(a[0]);
          return undefined;
        }
        return recv.method;
      case 'setrequesturi': {
        const uri = str(a[0]);
        return boolResult(used, recv.setRequestUri(uri), () => alError(H.HTTP_MESSAGES.invalidUri(uri)));
      }
      case 'getrequesturi':
        return recv.getRequestUri();
      case 'setsecretrequesturi': {
        const v = a[0] instanceof SecretTextV ? a[0] : new SecretTextV(str(a[0]));
        return boolResult(used, recv.setSecretRequestUri(v), () => alError(H.HTTP_MESSAGES.invalidUri('***')));
      }
      case 'getsecretrequesturi':
        return recv.getSecretRequestUri();
      case 'hassecreturi':
        return recv.hasSecretUri();
      case 'content':
        if (a.length > 0) {
          recv.content = content(a[0]);
          return undefined;
        }
        return recv.content;
      case 'getheaders':
        place(places, 0).set(recv.headers);
        return true;
      default:
        return gap();
    }
  }
  if (recv instanceof H.HttpResponseMessage) {
    switch (m) {
      case 'httpstatuscode':
        return recv.httpStatusCode;
      case 'issuccessstatuscode':
        return recv.isSuccessStatusCode;
      case 'reasonphrase':
        return recv.reasonPhrase;
      case 'isblockedbyenvironment':
        return recv.isBlockedByEnvironment;
      case 'content':
        return recv.content;
      case 'headers':
        return recv.headers;
      default:
        return gap();
    }
  }
  if (recv instanceof H.HttpContent) {
    switch (m) {
      case 'writefrom': {
        const v = a[0];
        if (v instanceof SecretTextV) recv.writeFromSecret(v);
        else if (v instanceof InStreamV) recv.writeFromBytes(Buffer.from(readText(v), 'utf8'));
        else recv.writeFromText(str(v));
        return undefined;
      }
      case 'readas': {
        const pl = place(places, 0);
        const t = site.placeTypes[0];
        if (t?.kind === 'SecretText') pl.set(recv.readAsSecret());
        else if (t?.kind === 'Other' && t.name.toLowerCase() === 'instream') pl.set(new InStreamV(Buffer.from(recv.readAsBytes()).toString('utf8')));
        else pl.set(recv.readAsText());
        return true;
      }
      case 'getheaders':
        place(places, 0).set(recv.headers);
        return true;
      case 'clear':
        recv.clear();
        return undefined;
      case 'issecretcontent':
        return recv.isSecret();
      default:
        return gap();
    }
  }
  if (recv instanceof H.HttpHeaders) {
    switch (m) {
      case 'add': {
        const r = recv.add(str(a[0]), headerValue(a[1]));
        return boolResult(used, r.ok, () => (r.ok ? alError('') : r.error));
      }
      case 'tryaddwithoutvalidation':
        return recv.tryAddWithoutValidation(str(a[0]), headerValue(a[1]));
      case 'contains':
        return recv.contains(str(a[0]));
      case 'containssecret':
        return recv.containsSecret(str(a[0]));
      case 'remove':
        return recv.remove(str(a[0]));
      case 'clear':
        recv.clear();
        return undefined;
      case 'keys':
        return new ALList(recv.keys());
      case 'getvalues': {
        const vals = recv.getValues(str(a[0]));
        if (vals === undefined) return boolResult(used, false, () => alError(`The header '${str(a[0])}' was not found.`));
        const pl = place(places, 1);
        const cur = pl.get();
        if (cur instanceof ALArray) {
          cur.items.fill('');
          vals.slice(0, cur.items.length).forEach((v, i) => (cur.items[i] = v));
        } else pl.set(new ALList(vals));
        return true;
      }
      case 'getsecretvalues': {
        const vals = recv.getSecretValues(str(a[0]));
        if (vals === undefined) return boolResult(used, false, () => alError(`The header '${str(a[0])}' was not found.`));
        place(places, 1).set(new ALList(vals));
        return true;
      }
      default:
        return gap();
    }
  }
  if (recv instanceof TestHttpRequestV) {
    switch (m) {
      case 'path':
        return recv.path;
      case 'requesttype':
        return recv.requestType;
      case 'queryparameters':
        return recv.queryParameters;
      case 'hassecreturi':
        return recv.seen.hasSecretUri;
      case 'content':
        return recv.content;
      default:
        return gap();
    }
  }
  if (recv instanceof TestHttpResponseV) {
    const setOrGet = <K extends 'httpStatusCode' | 'reasonPhrase' | 'isBlockedByEnvironment' | 'isSuccessfulRequest'>(k: K, conv: (v: unknown) => TestHttpResponseV[K]): unknown => {
      if (a.length === 0) return recv[k];
      recv[k] = conv(a[0]);
      return undefined;
    };
    switch (m) {
      case 'httpstatuscode':
        return setOrGet('httpStatusCode', (v) => toInt(v));
      case 'reasonphrase':
        return setOrGet('reasonPhrase', (v) => str(v));
      case 'isblockedbyenvironment':
        return setOrGet('isBlockedByEnvironment', (v) => v === true);
      case 'issuccessfulrequest':
        return setOrGet('isSuccessfulRequest', (v) => v === true);
      case 'content':
        return recv.content;
      case 'headers':
        return recv.headers;
      default:
        return gap();
    }
  }
  throw alError(`The ${NAMES[p]} variable has no value.`);
}

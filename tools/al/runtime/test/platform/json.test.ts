import { strict as assert } from 'node:assert';
import { ALError } from '../../src/errors';
import { Dec } from '../../src/values/decimal';
import { ALDate, ALDateTime, ALTime, createDateTime, dmy2Date, timeOf } from '../../src/values/dates';
import { EnumType, EnumValue } from '../../src/values/types';
import { SecretTextV } from '../../src/values/secretText';
import {
  JsonArrayNode,
  JsonNode,
  JsonObjectNode,
  JsonValueNode,
  arrayGetTyped,
  asArray,
  asBigInteger,
  asBoolean,
  asByte,
  asChar,
  asCode,
  asDate,
  asDateTime,
  asDecimal,
  asInteger,
  asObject,
  asOption,
  asText,
  asTime,
  asValue,
  defaultToken,
  objectGetTyped,
  readArrayFrom,
  readJson,
  readObjectFrom,
  readTokenFrom,
  readValueFrom,
  scalarFromAL,
  selectAll,
  selectOne,
  toNode,
  valueFromAL,
  writeTo,
} from '../../src/platform/json';

const throwsAL = (fn: () => unknown, re: RegExp): void => {
  assert.throws(fn, (e: unknown) => e instanceof ALError && re.test(e.message));
};

function parse(text: string): JsonNode {
  const r = readJson(text);
  if (!r.ok) throw r.error;
  return r.node;
}
function obj(text: string): JsonObjectNode {
  return asObject(parse(text));
}
const val = (n: JsonNode | undefined): JsonValueNode => {
  if (n === undefined) throw new Error('no token');
  return asValue(n);
};

describe('platform/json: ReadFrom and WriteTo', () => {
  it('round-trips compact JSON and keeps number text exactly', () => {
    const text = '{"a":1,"b":[true,false,null],"c":{"d":"x\\"y"},"n":12345678901234567890.123456789,"z":1.50,"e":-0.0001}';
    assert.equal(writeTo(parse(text)), text);
  });

  it('writes compactly whatever whitespace was read', () => {
    assert.equal(writeTo(parse(' {\n "a" : [ 1 , 2 ] ,\t"b":{ } }\n')), '{"a":[1,2],"b":{}}');
  });

  it('accepts the .NET reader leniencies: comments, single quotes, unquoted names', () => {
    assert.equal(writeTo(parse("{/* c */ a: 'x', // line\n 'b': 2}")), '{"a":"x","b":2}');
  });

  it('keeps the last value of a duplicate key', () => {
    assert.equal(writeTo(parse('{"a":1,"a":2}')), '{"a":2}');
  });

  it('reports invalid JSON with path, line and position', () => {
    const r = readJson('{"a":1,\n "b": x}');
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.error.message, /Unexpected character encountered while parsing value: x\. Path 'b', line 2, position 7\./);
    const r2 = readJson('{"a":[1,2');
    assert.ok(!r2.ok && /Unexpected end of content while loading JArray/.test(r2.error.message));
    const r3 = readJson('{"a":1} x');
    assert.ok(!r3.ok && /Additional text encountered after finished reading JSON content: x/.test(r3.error.message));
    const r4 = readJson('"abc');
    assert.ok(!r4.ok && /Unterminated string/.test(r4.error.message));
    const r5 = readJson('{"a":1.2.3}');
    assert.ok(!r5.ok && /Input string '1\.2\.3' is not a valid number\. Path 'a'/.test(r5.error.message));
    const r6 = readJson('');
    assert.ok(!r6.ok && /Unexpected end/.test(r6.error.message));
  });

  it('refuses nesting deeper than 64 levels (Newtonsoft MaxDepth) with an error, not a stack overflow', () => {
    assert.equal(readJson('['.repeat(64) + ']'.repeat(64)).ok, true);
    const deep = readJson('{"a":'.repeat(65) + '1' + '}'.repeat(65));
    assert.ok(!deep.ok && /MaxDepth of 64 has been exceeded/.test(deep.error.message));
    const huge = readJson('['.repeat(100000));
    assert.ok(!huge.ok && /MaxDepth/.test(huge.error.message));
  });

  it('JsonObject.ReadFrom refuses an array, JsonArray.ReadFrom an object, JsonValue.ReadFrom a container', () => {
    const o = new JsonObjectNode();
    const r = readObjectFrom(o, '[1]');
    assert.ok(!r.ok && /Error reading JObject from JsonReader\. Current JsonReader item is not an object: StartArray/.test(r.error.message));
    const a = new JsonArrayNode();
    const r2 = readArrayFrom(a, '{}');
    assert.ok(!r2.ok && /not an array: StartObject/.test(r2.error.message));
    const v = new JsonValueNode();
    assert.equal(readValueFrom(v, '{}').ok, false);
    assert.equal(readValueFrom(v, '12.50').ok, true);
    assert.equal(writeTo(v), '12.50');
  });

  it('ReadFrom refills the object in place, so a shared reference sees the new content', () => {
    const a = obj('{"old":1}');
    const b = a; // AL: B := A shares the object
    assert.equal(readObjectFrom(a, '{"new":2}').ok, true);
    assert.deepEqual(b.keys(), ['new']);
    assert.equal(val(b.get('new')).parent, b);
  });

  it('JsonToken.ReadFrom yields any kind', () => {
    const r = readTokenFrom('[1,{"a":2}]');
    assert.ok(r.ok && r.node.isArray() && r.node.count === 2);
    const r2 = readTokenFrom('"s"');
    assert.ok(r2.ok && r2.node.isValue());
  });

  it('escapes strings as JSON on write', () => {
    const o = new JsonObjectNode();
    o.add('s', valueFromAL('line1\nline2\t"q"\\ é'));
    assert.equal(writeTo(o), '{"s":"line1\\nline2\\t\\"q\\"\\\\ é"}');
    assert.equal(asText(val(obj(writeTo(o)).get('s')).scalar), 'line1\nline2\t"q"\\ é');
  });
});

describe('platform/json: JsonObject', () => {
  it('Add refuses an existing key; Replace needs one; Remove reports whether it removed', () => {
    const o = new JsonObjectNode();
    assert.equal(o.add('a', valueFromAL(1)), true);
    assert.equal(o.add('a', valueFromAL(2)), false);
    assert.equal(o.replace('b', valueFromAL(3)), false);
    assert.equal(o.replace('a', valueFromAL('x')), true);
    assert.equal(writeTo(o), '{"a":"x"}');
    assert.equal(o.remove('a'), true);
    assert.equal(o.remove('a'), false);
    assert.equal(o.count, 0);
  });

  it('Replace keeps the property position; keys are case-sensitive', () => {
    const o = obj('{"a":1,"b":2,"c":3}');
    o.replace('b', valueFromAL(true));
    assert.deepEqual(o.keys(), ['a', 'b', 'c']);
    assert.equal(writeTo(o), '{"a":1,"b":true,"c":3}');
    assert.equal(o.contains('A'), false);
    assert.equal(o.get('A'), undefined);
  });

  it('Get returns undefined for a missing key; getOrError raises', () => {
    const o = obj('{"a":1}');
    assert.equal(o.get('nope'), undefined);
    throwsAL(() => o.getOrError('nope'), /does not contain a property with the key 'nope'/);
  });

  it('Keys, Values and Count', () => {
    const o = obj('{"x":1,"y":[2]}');
    assert.deepEqual(o.keys(), ['x', 'y']);
    assert.equal(o.values().length, 2);
    assert.ok(o.values()[1]?.isArray());
    assert.equal(o.count, 2);
  });

  it('has reference semantics: an added parentless object is shared, an added child is copied, Clone copies', () => {
    const parent = new JsonObjectNode();
    const child = new JsonObjectNode();
    parent.add('child', child);
    child.add('late', valueFromAL(1)); // visible through parent: the same instance
    assert.equal(writeTo(parent), '{"child":{"late":1}}');
    const other = new JsonObjectNode();
    other.add('again', child); // child has a parent now: Newtonsoft adds a copy
    child.add('later', valueFromAL(2));
    assert.equal(writeTo(other), '{"again":{"late":1}}');
    const copy = parent.clone();
    asObject(copy.getOrError('child')).add('c', valueFromAL(3));
    assert.equal(writeTo(parent), '{"child":{"late":1,"later":2}}');
    assert.equal(writeTo(copy), '{"child":{"late":1,"later":2,"c":3}}');
  });

  it('adding an object to itself adds a copy (no cycle)', () => {
    const o = obj('{"a":1}');
    o.add('self', o);
    assert.equal(writeTo(o), '{"a":1,"self":{"a":1}}');
  });

  it('Path follows Newtonsoft: dotted names, [n] indexes, quoted odd keys', () => {
    const o = obj('{"Content":{"access_token":"t","list":[{"x":1}],"odd key":2}}');
    assert.equal(o.path(), '');
    assert.equal(selectOne(o, 'Content.access_token')?.path(), 'Content.access_token');
    assert.equal(selectOne(o, '$.Content.list[0].x')?.path(), 'Content.list[0].x');
    assert.equal(selectOne(o, "$.Content['odd key']")?.path(), "Content['odd key']");
    const detached = asObject(o.getOrError('Content'));
    o.remove('Content');
    assert.equal(detached.path(), '');
  });

  it('AsObject/AsArray/AsValue raise BC\'s conversion error for another kind', () => {
    const t = parse('{"a":[1]}');
    throwsAL(() => asValue(t), /Unable to convert from Microsoft\.Dynamics\.Nav\.Runtime\.NavJsonObject to Microsoft\.Dynamics\.Nav\.Runtime\.NavJsonValue\./);
    throwsAL(() => asArray(t), /NavJsonObject to .*NavJsonArray/);
    const arr = asObject(t).getOrError('a');
    throwsAL(() => asObject(arr), /NavJsonArray to .*NavJsonObject/);
    assert.ok(t.isObject() && !t.isArray() && !t.isValue());
  });

  it('a default token is the JSON value null', () => {
    const t = defaultToken();
    assert.ok(t.isValue() && t.isNull());
    assert.equal(writeTo(t), 'null');
  });
});

describe('platform/json: JsonArray', () => {
  it('Add, Insert, Set, RemoveAt, Get, Count with range checks', () => {
    const a = new JsonArrayNode();
    a.add(valueFromAL(1));
    a.add(valueFromAL('two'));
    a.insert(0, valueFromAL(0));
    a.insert(3, valueFromAL(true));
    assert.equal(writeTo(a), '[0,1,"two",true]');
    a.set(1, valueFromAL(null));
    a.removeAt(0);
    assert.equal(writeTo(a), '[null,"two",true]');
    assert.equal(a.get(3), undefined);
    assert.equal(a.get(-1), undefined);
    throwsAL(() => a.getOrError(3), /Index 3 is outside the JsonArray/);
    throwsAL(() => a.insert(5, valueFromAL(1)), /Insert accepts 0 to 3/);
    throwsAL(() => a.set(3, valueFromAL(1)), /Index 3/);
    throwsAL(() => a.removeAt(-1), /Index -1/);
    assert.equal(a.count, 3);
  });

  it('IndexOf compares simple values by JSON value, tokens by reference; Remove takes the token itself', () => {
    const a = asArray(parse('[1,"x",{"k":1},{"k":1}]'));
    assert.equal(a.indexOf(valueFromAL('x')), 1);
    assert.equal(a.indexOf(valueFromAL(1)), 0);
    assert.equal(a.indexOf(valueFromAL('nope')), -1);
    const second = a.getOrError(3);
    assert.equal(a.indexOf(second), 3);
    assert.equal(a.indexOf(obj('{"k":1}')), -1);
    assert.equal(a.remove(second), true);
    assert.equal(a.remove(second), false);
    assert.equal(writeTo(a), '[1,"x",{"k":1}]');
  });

  it('a value stays shared: SetValue through another reference changes the array', () => {
    const a = new JsonArrayNode();
    const v = valueFromAL(1);
    a.add(v);
    v.scalar = scalarFromAL('changed');
    assert.equal(writeTo(a), '["changed"]');
    v.setNull();
    assert.equal(writeTo(a), '[null]');
  });
});

describe('platform/json: JsonValue conversions', () => {
  const sv = (text: string): JsonValueNode => asValue(parse(text));

  it('AsDecimal is exact (no binary floating point) and SetValue(Decimal) writes .NET decimal text', () => {
    const o = obj('{"amount":0.1,"big":79228162514264337593543950335,"tiny":0.0000000000000000000000000001}');
    let sum = Dec.ZERO;
    for (let i = 0; i < 10; i++) sum = sum.add(asDecimal(val(o.get('amount')).scalar));
    assert.equal(sum.toString(), '1');
    assert.equal(asDecimal(val(o.get('big')).scalar).toString(), '79228162514264337593543950335');
    assert.equal(asDecimal(val(o.get('tiny')).scalar).toString(), '0.0000000000000000000000000001');
    const d = Dec.parse('1234.50');
    assert.ok(d !== undefined);
    assert.equal(writeTo(valueFromAL(d)), '1234.50');
    assert.equal(writeTo(valueFromAL(Dec.fromInt(10))), '10.0');
    assert.equal(writeTo(valueFromAL(Dec.parse('-0.05'))), '-0.05');
    assert.equal(asDecimal(sv('"12.75"').scalar).toString(), '12.75');
    throwsAL(() => asDecimal(sv('"abc"').scalar), /The JSON value "abc" cannot be converted to Decimal/);
  });

  it('AsInteger/AsBigInteger/AsByte check the range; AsInteger rounds a fraction half to even like Convert.ToInt32', () => {
    assert.equal(asInteger(sv('2147483647').scalar), 2147483647);
    throwsAL(() => asInteger(sv('2147483648').scalar), /outside the range of Integer/);
    assert.equal(asBigInteger(sv('9223372036854775807').scalar), 9223372036854775807n);
    throwsAL(() => asBigInteger(sv('9223372036854775808').scalar), /outside the range of BigInteger/);
    assert.equal(asInteger(sv('"42"').scalar), 42);
    assert.equal(asInteger(sv('2.5').scalar), 2);
    assert.equal(asInteger(sv('3.5').scalar), 4);
    assert.equal(asInteger(sv('-2.7').scalar), -3);
    assert.equal(asByte(sv('255').scalar), 255);
    throwsAL(() => asByte(sv('256').scalar), /outside the range of Byte/);
    throwsAL(() => asInteger(sv('true').scalar), /true cannot be converted to Integer/);
  });

  it('AsText, AsCode, AsBoolean, AsChar, AsOption', () => {
    assert.equal(asText(sv('"abc"').scalar), 'abc');
    assert.equal(asText(sv('12.50').scalar), '12.50');
    assert.equal(asText(sv('true').scalar), 'true');
    assert.equal(asCode(sv('" ab-c "').scalar), 'AB-C');
    assert.equal(asBoolean(sv('false').scalar), false);
    assert.equal(asBoolean(sv('"TRUE"').scalar), true);
    assert.equal(asBoolean(sv('0').scalar), false);
    throwsAL(() => asBoolean(sv('"yes"').scalar), /cannot be converted to Boolean/);
    assert.equal(asChar(sv('"A"').scalar), 65);
    assert.equal(asOption(sv('2').scalar), 2);
  });

  it('null: IsNull, and every AsXxx raises a clear error', () => {
    const v = sv('null');
    assert.ok(v.isNull() && !v.isUndefined());
    for (const f of [asText, asInteger, asDecimal, asBoolean, asDateTime]) throwsAL(() => f(v.scalar), /The JSON value is null and cannot be converted/);
    assert.ok(sv('undefined').isUndefined());
  });

  it('dates: AsDateTime converts offsets to UTC, truncates 7-digit fractions; AsDate/AsTime read the text as written', () => {
    const dt = asDateTime(sv('"2024-03-05T10:15:30.1234567Z"').scalar);
    assert.equal(dt.ms, Date.UTC(2024, 2, 5, 10, 15, 30, 123));
    assert.equal(asDateTime(sv('"2024-03-05T10:15:30+02:00"').scalar).ms, Date.UTC(2024, 2, 5, 8, 15, 30));
    assert.equal(asDateTime(sv('"2024-03-05T10:15:30"').scalar).ms, Date.UTC(2024, 2, 5, 10, 15, 30));
    assert.equal(asDate(sv('"2024-02-29"').scalar).day, dmy2Date(29, 2, 2024).day);
    assert.equal(asDate(sv('"2024-03-05T23:30:00-05:00"').scalar).day, dmy2Date(5, 3, 2024).day);
    assert.equal(asTime(sv('"10:15:30.5"').scalar).ms, timeOf(10, 15, 30, 500).ms);
    assert.equal(asTime(sv('"2024-03-05T07:08:09Z"').scalar).ms, timeOf(7, 8, 9).ms);
    throwsAL(() => asDate(sv('"2023-02-29"').scalar), /cannot be converted to Date/);
    throwsAL(() => asDateTime(sv('12').scalar), /cannot be converted to DateTime/);
  });

  it('SetValue of AL dates, times, options, chars; SecretText is refused', () => {
    const d = dmy2Date(31, 1, 2024);
    assert.equal(writeTo(valueFromAL(d)), '"2024-01-31"');
    assert.equal(writeTo(valueFromAL(timeOf(9, 5, 0, 120))), '"09:05:00.12"');
    const dt: ALDateTime = createDateTime(d, timeOf(10, 0, 0));
    assert.equal(writeTo(valueFromAL(dt)), '"2024-01-31T10:00:00Z"');
    assert.equal(asDateTime(scalarFromAL(dt)).ms, dt.ms);
    assert.equal(writeTo(valueFromAL(ALDate.UNDEFINED)), '"0001-01-01"');
    assert.equal(writeTo(valueFromAL(ALTime.UNDEFINED)), '"00:00:00"');
    const e = new EnumValue(EnumType.ofOption('Status', ['Open', 'Released']), 1);
    assert.equal(writeTo(valueFromAL(e)), '1');
    assert.equal(writeTo(valueFromAL(65, 'Char')), '"A"');
    assert.equal(writeTo(valueFromAL(7n)), '7');
    assert.equal(writeTo(valueFromAL(3, 'Decimal')), '3.0');
    throwsAL(() => valueFromAL(new SecretTextV('s3cr3t')), /SecretText value cannot be stored in JSON/);
    assert.equal(toNode(d).isValue(), true);
  });

  it('Clone of a value is independent', () => {
    const v = valueFromAL('a');
    const c = v.clone();
    v.scalar = scalarFromAL('b');
    assert.equal(asText(c.scalar), 'a');
  });
});

describe('platform/json: SelectToken / SelectTokens', () => {
  const doc = obj(
    '{"value":[{"id":"1","no":"C1","status":"ok","lines":[{"qty":1}]},{"id":"2","no":"C2","status":"bad","lines":[{"qty":2},{"qty":3}]}],' +
      '"data":{"customerCreate":{"customer":{"id":"g1"}}},"odd.key":{"x":1},"@odata.nextLink":"http://127.0.0.1/next"}',
  );

  it('selects by $, dotted names, [n], quoted names', () => {
    assert.equal(asText(val(selectOne(doc, '$.value[0].status')).scalar), 'ok');
    assert.equal(asText(val(selectOne(doc, 'value[1].no')).scalar), 'C2');
    assert.equal(asText(val(selectOne(doc, '$.data.customerCreate.customer.id')).scalar), 'g1');
    assert.equal(asInteger(val(selectOne(doc, "$['odd.key'].x")).scalar), 1);
    assert.equal(asText(val(selectOne(doc, "['@odata.nextLink']")).scalar), 'http://127.0.0.1/next');
    assert.equal(selectOne(doc, '$'), doc);
  });

  it('a path that matches nothing gives undefined (AL: false), not an error', () => {
    assert.equal(selectOne(doc, '$.value[5].status'), undefined);
    assert.equal(selectOne(doc, '$.nothing.here'), undefined);
    assert.equal(selectOne(doc, '$.value.status'), undefined); // a name on an array matches nothing
  });

  it('[*], .*, [n,m] and .. recursive descent return tokens in document order', () => {
    assert.deepEqual(selectAll(doc, '$.value[*].no').map((t) => asText(val(t).scalar)), ['C1', 'C2']);
    assert.deepEqual(selectAll(doc, '$..qty').map((t) => asInteger(val(t).scalar)), [1, 2, 3]);
    assert.deepEqual(selectAll(doc, '$.value[1,0].id').map((t) => asText(val(t).scalar)), ['2', '1']);
    assert.equal(selectAll(doc, '$.value[0].*').length, 4);
    assert.equal(selectAll(doc, '$..lines[0].qty').length, 2);
    assert.equal(selectAll(doc, '$..*').length > 10, true);
  });

  it('SelectToken raises when the path matches several tokens; bad and unsupported paths raise', () => {
    throwsAL(() => selectOne(doc, '$..qty'), /Path returned multiple tokens/);
    throwsAL(() => selectOne(doc, "$.value[?(@.status == 'ok')]"), /filter expression, which the AL runtime does not support/);
    throwsAL(() => selectOne(doc, '$.value[0'), /has no matching/);
    throwsAL(() => selectOne(doc, '$.value[0:1]'), /array slice/);
  });

  it('a selected token is the same node: changing it changes the document', () => {
    const copy = doc.clone();
    const st = val(selectOne(copy, '$.value[0].status'));
    st.scalar = scalarFromAL('changed');
    assert.equal(asText(val(selectOne(copy, '$.value[0].status')).scalar), 'changed');
    assert.equal(asText(val(selectOne(doc, '$.value[0].status')).scalar), 'ok');
  });
});

describe('platform/json: typed getters (GetText(Key, DefaultIfNotFound) ...)', () => {
  it('convert present values, default missing ones on request, and raise otherwise', () => {
    const o = obj('{"type":"mail","n":7,"amt":"1.10","ok":true,"nothing":null,"items":[1,"b"]}');
    assert.equal(objectGetTyped(o, 'type', 'Text'), 'mail');
    assert.equal(objectGetTyped(o, 'n', 'Integer'), 7);
    assert.equal((objectGetTyped(o, 'amt', 'Decimal') as Dec).toString(), '1.1');
    assert.equal(objectGetTyped(o, 'ok', 'Boolean'), true);
    assert.equal(objectGetTyped(o, 'missing', 'Text', true), '');
    assert.equal(objectGetTyped(o, 'nothing', 'Integer', true), 0);
    throwsAL(() => objectGetTyped(o, 'missing', 'Text'), /does not contain a property with the key 'missing'/);
    throwsAL(() => objectGetTyped(o, 'nothing', 'Text'), /null/);
    const items = objectGetTyped(o, 'items', 'Array') as JsonArrayNode;
    assert.equal(items, o.get('items'));
    assert.equal(arrayGetTyped(items, 1, 'Text'), 'b');
    assert.equal(arrayGetTyped(items, 5, 'Integer', true), 0);
    throwsAL(() => arrayGetTyped(items, 5, 'Integer'), /Index 5 is outside/);
    throwsAL(() => objectGetTyped(o, 'type', 'Object'), /NavJsonValue to .*NavJsonObject/);
    assert.equal((objectGetTyped(o, 'missing', 'Object', true) as JsonObjectNode).count, 0);
  });
});

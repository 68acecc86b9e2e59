/**
 * Every message text of the JSON platform service, in one table. Texts that BC takes from its .NET JSON reader
 * (Newtonsoft.Json) or its own conversion layer follow those texts, so AL tests using ExpectedError match.
 */
export const JSON_MESSAGES = {
  unexpectedChar: (ch: string, path: string, line: number, pos: number) =>
    `Unexpected character encountered while parsing value: ${ch}. Path '${path}', line ${line}, position ${pos}.`,
  invalidPropertyChar: (ch: string, path: string, line: number, pos: number) =>
    `Invalid property identifier character: ${ch}. Path '${path}', line ${line}, position ${pos}.`,
  afterPropertyChar: (ch: string, path: string, line: number, pos: number) =>
    `After parsing a value an unexpected character was encountered: ${ch}. Path '${path}', line ${line}, position ${pos}.`,
  unexpectedEnd: (what: string, path: string, line: number, pos: number) =>
    `Unexpected end of content while loading ${what}. Path '${path}', line ${line}, position ${pos}.`,
  unterminatedString: (path: string, line: number, pos: number) =>
    `Unterminated string. Expected delimiter: ". Path '${path}', line ${line}, position ${pos}.`,
  badEscape: (path: string, line: number, pos: number) => `Bad JSON escape sequence. Path '${path}', line ${line}, position ${pos}.`,
  badNumber: (text: string, path: string, line: number, pos: number) =>
    `Input string '${text}' is not a valid number. Path '${path}', line ${line}, position ${pos}.`,
  additionalText: (ch: string, line: number, pos: number) =>
    `Additional text encountered after finished reading JSON content: ${ch}. Path '', line ${line}, position ${pos}.`,
  maxDepth: (max: number, path: string, line: number, pos: number) =>
    `The reader's MaxDepth of ${max} has been exceeded. Path '${path}', line ${line}, position ${pos}.`,
  emptyInput: () => 'Unexpected end when reading JSON. Path \'\', line 0, position 0.',
  wrongRoot: (expected: string, found: string, line: number, pos: number) =>
    `Error reading ${expected} from JsonReader. Current JsonReader item is not ${expected === 'JObject' ? 'an object' : expected === 'JArray' ? 'an array' : 'a value'}: ${found}. Path '', line ${line}, position ${pos}.`,
  convertToken: (from: string, to: string) => `Unable to convert from Microsoft.Dynamics.Nav.Runtime.${from} to Microsoft.Dynamics.Nav.Runtime.${to}.`,
  keyExists: (key: string) => `An item with the same key has already been added. Key: ${key}`,
  keyNotFound: (key: string) => `The JsonObject does not contain a property with the key '${key}'.`,
  indexOutOfRange: (index: number, count: number) =>
    `Index ${index} is outside the JsonArray; valid indexes are 0 to ${count - 1} (Count = ${count}).`,
  insertOutOfRange: (index: number, count: number) =>
    `Index ${index} is outside the JsonArray; Insert accepts 0 to ${count} (Count = ${count}).`,
  valueConversion: (json: string, type: string) => `The JSON value ${json} cannot be converted to ${type}.`,
  valueIsNull: (type: string) => `The JSON value is null and cannot be converted to ${type}. Check IsNull before reading it.`,
  valueOverflow: (json: string, type: string) => `The JSON value ${json} is outside the range of ${type}.`,
  unsupportedValue: (what: string) => `A value of type ${what} cannot be stored in a JsonValue.`,
  secretValue: () => 'A SecretText value cannot be stored in JSON; unwrap it only inside [NonDebuggable] code.',
  pathSyntax: (path: string, detail: string) => `The JSON path '${path}' is not valid: ${detail}.`,
  pathUnsupported: (path: string, what: string) =>
    `The JSON path '${path}' uses ${what}, which the AL runtime does not support; use $, .name, ['name'], [n], [n,m], [*], .* or ..name.`,
  pathNoMatch: (path: string) => `The JSON path '${path}' does not select any token.`,
  pathMultiple: (path: string) => `Path returned multiple tokens. Path: '${path}'. Use SelectTokens to read several tokens.`,
  noToken: () => 'The JsonToken does not hold a JSON object, array or value.',
} as const;

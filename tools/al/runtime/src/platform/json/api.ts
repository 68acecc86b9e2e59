import { ALError, alError } from '../../errors';
import { JSON_MESSAGES as M } from './messages';
import { JsonArrayNode, JsonNode, JsonObjectNode, JsonValueNode } from './node';
import { readJson } from './parse';
import { selectToken, selectTokens } from './path';
import { writeJson } from './write';

/**
 * AL-facing operations that combine the tree, the reader, the writer and JSONPath. Methods returning an
 * Outcome model AL's `[Ok :=]` methods: when AL uses the return value it gets `ok`, otherwise the interpreter
 * throws `error` (see README.md, "Return values").
 */
export type Outcome = { readonly ok: true } | { readonly ok: false; readonly error: ALError };

const OK: Outcome = { ok: true };

/** JsonObject.ReadFrom(Text): refills the object in place (other variables sharing it see the new content). */
export function readObjectFrom(target: JsonObjectNode, text: string): Outcome {
  const r = readJson(text, 'object');
  if (!r.ok) return r;
  if (r.node.kind === 'object') target.takeFrom(r.node);
  return OK;
}

/** JsonArray.ReadFrom(Text): refills the array in place. */
export function readArrayFrom(target: JsonArrayNode, text: string): Outcome {
  const r = readJson(text, 'array');
  if (!r.ok) return r;
  if (r.node.kind === 'array') target.takeFrom(r.node);
  return OK;
}

/** JsonValue.ReadFrom(Text): a JSON scalar text such as `12.50`, `"abc"`, `null`. */
export function readValueFrom(target: JsonValueNode, text: string): Outcome {
  const r = readJson(text, 'value');
  if (!r.ok) return r;
  if (r.node.kind === 'value') target.scalar = r.node.scalar;
  return OK;
}

/** JsonToken.ReadFrom(Text): any JSON; the token variable is rebound to the new node (a token can change kind). */
export function readTokenFrom(text: string): { readonly ok: true; readonly node: JsonNode } | { readonly ok: false; readonly error: ALError } {
  return readJson(text, 'any');
}

/** WriteTo(var Text) of any JSON type. */
export function writeTo(node: JsonNode): string {
  return writeJson(node);
}

/** SelectToken(Path, var Result): the token or undefined (AL's false); an error for several matches or a bad path. */
export function selectOne(node: JsonNode, path: string): JsonNode | undefined {
  return selectToken(node, path);
}

/** SelectTokens(Path, var Result: List of [JsonToken]): every match; AL's return value is true when the path is valid. */
export function selectAll(node: JsonNode, path: string): JsonNode[] {
  return selectTokens(node, path);
}

/** Errors for AL calls whose return value is not used. */
export const keyExistsError = (key: string): ALError => alError(M.keyExists(key));
export const keyNotFoundError = (key: string): ALError => alError(M.keyNotFound(key));
export const indexError = (index: number, count: number): ALError => alError(M.indexOutOfRange(index, count));
export const selectNoMatchError = (path: string): ALError => alError(M.pathNoMatch(path));

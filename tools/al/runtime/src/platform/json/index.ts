/** Platform service: BC's JSON types (JsonToken, JsonObject, JsonArray, JsonValue). See README.md for the AL mapping. */
export * from './node';
export * from './api';
export { readJson, type ReadResult, type RootKind } from './parse';
export { writeJson, scalarText } from './write';
export { parseJsonPath, selectToken, selectTokens } from './path';
export * from './convert';
export { JSON_MESSAGES } from './messages';
export { objectGetTyped, arrayGetTyped, type TypedGet } from './getters';

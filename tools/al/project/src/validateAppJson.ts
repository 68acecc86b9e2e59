import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { sortDiagnostics, type Diagnostic, type Severity } from '../../../common/src/diagnostic';
import { LineMap } from './lineMap';
import { message, type AppJsonCode } from './messages';
import {
  KnownFeatures, KnownResourceExposureProperties, KnownTopLevelProperties, LatestReleasedRuntimeMajor,
  MarketplaceProperties, MaxObjectId, PrereleaseRuntimeMajor,
} from './appJsonRules';
import type { AppDependency, AppManifest, AppReference, AppTarget, IdRange } from './manifest';
import { parseVersion } from './manifest';

export interface AppJsonResult {
  /** Present when the file is well-formed enough to describe an app (it may still have errors). */
  readonly manifest: AppManifest | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

const GuidPattern = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const LocalePattern = /^[a-z]{2,3}-[A-Z]{2}$/;
const SymbolPattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Validates the text of an app.json; `file` is used only to label diagnostics. Never throws. */
export function validateAppJson(text: string, file: string): AppJsonResult {
  return new AppJsonValidator(text, file).run();
}

class AppJsonValidator {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly lines: LineMap;

  constructor(private readonly text: string, private readonly file: string) {
    this.lines = new LineMap(text);
  }

  run(): AppJsonResult {
    const errors: ParseError[] = [];
    const root = parseTree(this.text, errors, { allowTrailingComma: false, disallowComments: false });
    // One message per position: a single mistake often makes the JSON scanner report two codes at one offset.
    const seen = new Set<number>();
    for (const error of errors) {
      if (seen.has(error.offset)) continue;
      seen.add(error.offset);
      this.report(error.offset, 'BKI1001', 'error', describeParseError(printParseErrorCode(error.error)));
    }
    if (errors.length > 0 || !root) return this.result(undefined);
    if (root.type !== 'object') {
      this.report(root.offset, 'BKI1002', 'error');
      return this.result(undefined);
    }
    const props = this.properties(root, 'app.json', KnownTopLevelProperties);

    const id = this.guid(root, props, 'id');
    const name = this.requiredText(root, props, 'name', '"name": "My App"');
    const publisher = this.requiredText(root, props, 'publisher', '"publisher": "My Company"');
    const version = this.version(root, props, 'version', true);
    const target = this.target(props.get('target'));
    for (const key of ['application', 'platform']) this.version(root, props, key, false);
    const runtime = this.runtime(props.get('runtime'));
    const idRanges = this.idRanges(root, props);
    const features = this.stringArray(props.get('features'), 'features');
    for (const [index, feature] of features.entries()) {
      if (!KnownFeatures.includes(feature)) {
        this.reportAt(props.get('features')?.children?.[index], 'BKI1014', 'error', feature, KnownFeatures.join(', '));
      }
    }
    const locales = this.stringArray(props.get('supportedLocales'), 'supportedLocales');
    for (const [index, locale] of locales.entries()) {
      if (!LocalePattern.test(locale)) this.reportAt(props.get('supportedLocales')?.children?.[index], 'BKI1015', 'error', locale);
    }
    const symbols = this.stringArray(props.get('preprocessorSymbols'), 'preprocessorSymbols');
    for (const [index, symbol] of symbols.entries()) {
      if (!SymbolPattern.test(symbol)) this.reportAt(props.get('preprocessorSymbols')?.children?.[index], 'BKI1017', 'error', symbol);
    }
    const policy = props.get('resourceExposurePolicy');
    if (policy) {
      if (policy.type !== 'object') this.reportAt(policy, 'BKI1004', 'error', 'resourceExposurePolicy', 'an object');
      else {
        const policyProps = this.properties(policy, 'resourceExposurePolicy', KnownResourceExposureProperties);
        for (const [key, node] of policyProps) {
          if (node.type !== 'boolean') this.reportAt(node, 'BKI1004', 'error', `resourceExposurePolicy.${key}`, 'true or false');
        }
      }
    }
    if (target === 'Cloud') {
      for (const key of MarketplaceProperties) {
        if (!props.has(key)) this.report(root.offset, 'BKI1019', 'warning', key);
      }
    }
    for (const key of ['brief', 'description', 'privacyStatement', 'EULA', 'help', 'url', 'logo']) {
      this.optionalText(props.get(key), key);
    }
    const dependencies = this.dependencies(props.get('dependencies'), id);
    const internalsVisibleTo = this.references(props.get('internalsVisibleTo'), 'internalsVisibleTo');
    const resourceFolders = this.stringArray(props.get('resourceFolders'), 'resourceFolders');

    if (id === undefined || name === undefined || publisher === undefined || version === undefined) {
      return this.result(undefined);
    }
    return this.result({
      id, name, publisher, version, target, runtime, idRanges, dependencies, internalsVisibleTo, features,
      preprocessorSymbols: symbols, supportedLocales: locales, resourceFolders,
      brief: this.textValue(props.get('brief')),
      description: this.textValue(props.get('description')),
      application: this.textValue(props.get('application')),
      platform: this.textValue(props.get('platform')),
    });
  }

  private result(manifest: AppManifest | undefined): AppJsonResult {
    return { manifest, diagnostics: sortDiagnostics(this.diagnostics) };
  }

  private report(offset: number, code: AppJsonCode, severity: Severity, ...args: ReadonlyArray<string | number>): void {
    const { line, column } = this.lines.position(offset);
    this.diagnostics.push({ file: this.file, line, column, code, severity, message: message(code, ...args) });
  }

  private reportAt(node: Node | undefined, code: AppJsonCode, severity: Severity, ...args: ReadonlyArray<string | number>): void {
    this.report(node?.offset ?? 0, code, severity, ...args);
  }

  /** Maps property names to value nodes; reports unknown names against `known`. */
  private properties(objectNode: Node, where: string, known: ReadonlySet<string> | undefined): Map<string, Node> {
    const result = new Map<string, Node>();
    for (const property of objectNode.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode || !valueNode || typeof keyNode.value !== 'string') continue;
      if (known && !known.has(keyNode.value)) this.reportAt(keyNode, 'BKI1016', 'warning', keyNode.value, where);
      result.set(keyNode.value, valueNode);
    }
    return result;
  }

  private textValue(node: Node | undefined): string | undefined {
    return node?.type === 'string' && typeof node.value === 'string' ? node.value : undefined;
  }

  private optionalText(node: Node | undefined, key: string): string | undefined {
    if (!node) return undefined;
    if (node.type !== 'string') {
      this.reportAt(node, 'BKI1004', 'error', key, 'a string');
      return undefined;
    }
    const value = String(node.value);
    if (value.trim() === '') this.reportAt(node, 'BKI1018', 'error', key);
    return value;
  }

  private requiredText(root: Node, props: Map<string, Node>, key: string, example: string): string | undefined {
    const node = props.get(key);
    if (!node) {
      this.report(root.offset, 'BKI1003', 'error', key, example);
      return undefined;
    }
    return this.optionalText(node, key);
  }

  private guid(root: Node, props: Map<string, Node>, key: string): string | undefined {
    const value = this.requiredText(root, props, key, `"${key}": "<a new GUID>"`);
    if (value === undefined) return undefined;
    if (!GuidPattern.test(value)) {
      this.reportAt(props.get(key), 'BKI1005', 'error', key, value);
      return undefined;
    }
    return value.toLowerCase();
  }

  private version(root: Node, props: Map<string, Node>, key: string, required: boolean): string | undefined {
    const node = props.get(key);
    if (!node) {
      if (required) this.report(root.offset, 'BKI1003', 'error', key, `"${key}": "1.0.0.0"`);
      return undefined;
    }
    const value = this.optionalText(node, key);
    if (value === undefined) return undefined;
    if (!parseVersion(value)) {
      this.reportAt(node, 'BKI1006', 'error', key, value);
      return undefined;
    }
    return value;
  }

  private target(node: Node | undefined): AppTarget {
    if (!node) return 'Cloud';
    const value = this.optionalText(node, 'target');
    if (value === 'Cloud' || value === 'OnPrem') return value;
    if (value !== undefined) this.reportAt(node, 'BKI1008', 'error', value);
    return 'Cloud';
  }

  private runtime(node: Node | undefined): string | undefined {
    if (!node) return undefined;
    const value = this.optionalText(node, 'runtime');
    if (value === undefined) return undefined;
    const match = /^(\d+)\.(\d+)$/.exec(value);
    const major = match ? Number(match[1]) : NaN;
    if (major === PrereleaseRuntimeMajor) {
      this.reportAt(node, 'BKI1020', 'warning', value);
    } else if (!(major >= 1 && major <= LatestReleasedRuntimeMajor)) {
      this.reportAt(node, 'BKI1007', 'error', value, `1.0 to ${LatestReleasedRuntimeMajor}.0`);
      return undefined;
    }
    return value;
  }

  private idRanges(root: Node, props: Map<string, Node>): IdRange[] {
    const rangesNode = props.get('idRanges');
    const singleNode = props.get('idRange');
    const nodes: Node[] = [];
    if (rangesNode) {
      if (rangesNode.type !== 'array') this.reportAt(rangesNode, 'BKI1004', 'error', 'idRanges', 'an array of { "from": n, "to": n }');
      else nodes.push(...(rangesNode.children ?? []));
    }
    if (singleNode) nodes.push(singleNode);
    if (nodes.length === 0) {
      this.report(root.offset, 'BKI1011', 'error');
      return [];
    }
    const ranges: Array<IdRange & { node: Node }> = [];
    for (const node of nodes) {
      if (node.type !== 'object') {
        this.reportAt(node, 'BKI1004', 'error', 'idRanges', 'an array of { "from": n, "to": n }');
        continue;
      }
      const rangeProps = this.properties(node, 'an ID range', new Set(['from', 'to']));
      const from = rangeProps.get('from')?.value;
      const to = rangeProps.get('to')?.value;
      if (typeof from !== 'number' || typeof to !== 'number' || !Number.isInteger(from) || !Number.isInteger(to) ||
          from < 1 || from > to || to > MaxObjectId) {
        this.reportAt(node, 'BKI1009', 'error', String(from), String(to));
        continue;
      }
      for (const other of ranges) {
        if (from <= other.to && other.from <= to) {
          this.reportAt(node, 'BKI1010', 'error', from, to, other.from, other.to);
        }
      }
      ranges.push({ from, to, node });
    }
    return ranges.map(({ from, to }) => ({ from, to }));
  }

  private stringArray(node: Node | undefined, key: string): string[] {
    if (!node) return [];
    if (node.type !== 'array') {
      this.reportAt(node, 'BKI1004', 'error', key, 'an array of strings');
      return [];
    }
    const values: string[] = [];
    for (const child of node.children ?? []) {
      if (child.type !== 'string') this.reportAt(child, 'BKI1004', 'error', `${key}[]`, 'a string');
      else values.push(String(child.value));
    }
    return values;
  }

  private reference(node: Node, where: string, withVersion: boolean): (AppReference & { version?: string }) | undefined {
    if (node.type !== 'object') {
      this.reportAt(node, 'BKI1004', 'error', where, 'an object with id, name, publisher' + (withVersion ? ', version' : ''));
      return undefined;
    }
    const known = new Set(['id', 'appId', 'name', 'publisher', 'version']);
    const props = this.properties(node, where, known);
    if (!props.has('id') && props.has('appId')) {
      const appIdNode = props.get('appId');
      if (appIdNode) props.set('id', appIdNode);
    }
    const id = this.guid(node, props, 'id');
    const name = this.requiredText(node, props, 'name', '"name": "<app name>"');
    const publisher = this.requiredText(node, props, 'publisher', '"publisher": "<publisher>"');
    const version = withVersion ? this.version(node, props, 'version', true) : undefined;
    if (id === undefined || name === undefined || publisher === undefined) return undefined;
    if (withVersion && version === undefined) return undefined;
    return version === undefined ? { id, name, publisher } : { id, name, publisher, version };
  }

  private dependencies(node: Node | undefined, ownId: string | undefined): AppDependency[] {
    if (!node) return [];
    if (node.type !== 'array') {
      this.reportAt(node, 'BKI1004', 'error', 'dependencies', 'an array');
      return [];
    }
    const result: AppDependency[] = [];
    for (const child of node.children ?? []) {
      const dependency = this.reference(child, 'dependencies', true);
      if (!dependency || dependency.version === undefined) continue;
      if (dependency.id === ownId) this.reportAt(child, 'BKI1013', 'error', dependency.id);
      if (result.some((d) => d.id === dependency.id)) this.reportAt(child, 'BKI1012', 'error', dependency.name);
      result.push({ id: dependency.id, name: dependency.name, publisher: dependency.publisher, version: dependency.version });
    }
    return result;
  }

  private references(node: Node | undefined, key: string): AppReference[] {
    if (!node) return [];
    if (node.type !== 'array') {
      this.reportAt(node, 'BKI1004', 'error', key, 'an array');
      return [];
    }
    const result: AppReference[] = [];
    for (const child of node.children ?? []) {
      const reference = this.reference(child, key, false);
      if (reference) result.push({ id: reference.id, name: reference.name, publisher: reference.publisher });
    }
    return result;
  }
}

/** Turns jsonc-parser's error names (e.g. CommaExpected) into words a user reads. */
function describeParseError(name: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'an unexpected character',
    InvalidNumberFormat: 'a malformed number',
    PropertyNameExpected: 'a property name in double quotes is expected (a trailing comma is not allowed)',
    ValueExpected: 'a value is expected',
    ColonExpected: "a ':' is expected",
    CommaExpected: "a ',' is expected between two items",
    CloseBraceExpected: "a closing '}' is expected",
    CloseBracketExpected: "a closing ']' is expected",
    EndOfFileExpected: 'nothing may follow the closing brace',
    InvalidCommentToken: 'a malformed comment',
    UnexpectedEndOfComment: 'a comment is not closed',
    UnexpectedEndOfString: 'a string is not closed',
    UnexpectedEndOfNumber: 'a number is cut off',
    InvalidUnicode: 'a malformed \\u escape',
    InvalidEscapeCharacter: 'an invalid escape character',
    InvalidCharacter: 'an invalid character in a string',
  };
  return words[name] ?? name;
}

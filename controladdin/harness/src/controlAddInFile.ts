import type { Diagnostic } from '../../../tools/common/src/diagnostic';
import { harnessMessage, harnessMessages, type HarnessCode } from './messages';

/** A parameter of a procedure or event in a controladdin object. */
export interface AddinParameter {
  readonly name: string;
  readonly type: string;
}

export interface AddinMember {
  readonly kind: 'procedure' | 'event';
  readonly name: string;
  readonly parameters: readonly AddinParameter[];
  readonly line: number;
}

/** What the harness needs from an AL controladdin object. Paths are as written (relative to the app root). */
export interface ControlAddInDeclaration {
  readonly name: string;
  readonly namespace: string | undefined;
  readonly scripts: readonly string[];
  readonly startupScript: string | undefined;
  readonly recreateScript: string | undefined;
  readonly refreshScript: string | undefined;
  readonly styleSheets: readonly string[];
  readonly images: readonly string[];
  /** Other properties with their raw values (RequestedHeight = '600', VerticalStretch = 'true', ...). */
  readonly properties: ReadonlyMap<string, string>;
  readonly procedures: readonly AddinMember[];
  readonly events: readonly AddinMember[];
}

type Token =
  | { readonly kind: 'ident'; readonly text: string; readonly line: number; readonly column: number }
  | { readonly kind: 'quoted'; readonly text: string; readonly line: number; readonly column: number }
  | { readonly kind: 'string'; readonly text: string; readonly line: number; readonly column: number }
  | { readonly kind: 'number'; readonly text: string; readonly line: number; readonly column: number }
  | { readonly kind: 'punct'; readonly text: string; readonly line: number; readonly column: number };

class Reader {
  readonly diagnostics: Diagnostic[] = [];
  constructor(readonly file: string) {}

  report(code: HarnessCode, line: number, column: number, ...args: readonly string[]): void {
    this.diagnostics.push({ file: this.file, line, column, code, severity: harnessMessages[code].severity, message: harnessMessage(code, ...args) });
  }
}

/** Splits AL source into tokens, skipping comments, preprocessor lines and whitespace. */
function tokenize(source: string, reader: Reader): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const col = (at: number): number => at - lineStart + 1;
  while (i < source.length) {
    const c = source[i] ?? '';
    if (c === '\n') {
      line++;
      i++;
      lineStart = i;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    if (c === '#' && source.slice(lineStart, i).trim() === '') {
      // #if / #endif / #pragma: the harness reads the object as written.
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const startLine = line;
      const startCol = col(i);
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      for (let k = i; k < stop; k++)
        if (source[k] === '\n') {
          line++;
          lineStart = k + 1;
        }
      if (end < 0) reader.report('BKI8005', startLine, startCol, 'comment');
      i = stop;
      continue;
    }
    if (c === "'" || c === '"') {
      const startCol = col(i);
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= source.length || source[j] === '\n') {
          reader.report('BKI8005', line, startCol, c === "'" ? 'text literal' : 'quoted identifier');
          break;
        }
        if (source[j] === c) {
          if (source[j + 1] === c) {
            text += c;
            j += 2;
            continue;
          }
          j++;
          break;
        }
        text += source[j] ?? '';
        j++;
      }
      tokens.push({ kind: c === "'" ? 'string' : 'quoted', text, line, column: startCol });
      i = j;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(source.slice(i, i + 200));
    if (word !== null) {
      tokens.push({ kind: 'ident', text: word[0], line, column: col(i) });
      i += word[0].length;
      continue;
    }
    const number = /^\d+(\.\d+)?/.exec(source.slice(i, i + 50));
    if (number !== null) {
      tokens.push({ kind: 'number', text: number[0], line, column: col(i) });
      i += number[0].length;
      continue;
    }
    tokens.push({ kind: 'punct', text: c, line, column: col(i) });
    i++;
  }
  return tokens;
}

const fileProperties: Record<string, 'scripts' | 'startupScript' | 'recreateScript' | 'refreshScript' | 'styleSheets' | 'images'> = {
  scripts: 'scripts',
  startupscript: 'startupScript',
  recreatescript: 'recreateScript',
  refreshscript: 'refreshScript',
  stylesheets: 'styleSheets',
  images: 'images',
};

/**
 * Reads the controladdin object in `source` (the text of a `.ControlAddIn.al` file). Never throws: problems are
 * diagnostics, and `declaration` is undefined when no object could be read.
 */
export function parseControlAddIn(source: string, file: string): { declaration: ControlAddInDeclaration | undefined; diagnostics: Diagnostic[] } {
  const reader = new Reader(file);
  const tokens = tokenize(source, reader);
  let p = 0;
  const peek = (): Token | undefined => tokens[p];
  const isWord = (t: Token | undefined, word: string): boolean => t !== undefined && t.kind === 'ident' && t.text.toLowerCase() === word;
  const isPunct = (t: Token | undefined, text: string): boolean => t !== undefined && t.kind === 'punct' && t.text === text;
  const expectPunct = (text: string): boolean => {
    const t = peek();
    if (isPunct(t, text)) {
      p++;
      return true;
    }
    const last = tokens[tokens.length - 1];
    reader.report('BKI8002', t?.line ?? last?.line ?? 1, t?.column ?? last?.column ?? 1, `'${text}'`, t?.text ?? 'end of file');
    return false;
  };

  let namespace: string | undefined;
  while (p < tokens.length && !isWord(peek(), 'controladdin')) {
    if (isWord(peek(), 'namespace')) {
      const name = tokens[p + 1];
      if (name !== undefined && name.kind === 'ident') namespace = name.text;
    }
    p++;
  }
  const head = peek();
  if (head === undefined) {
    reader.report('BKI8001', 1, 1, file);
    return { declaration: undefined, diagnostics: reader.diagnostics };
  }
  p++;
  const nameToken = peek();
  if (nameToken === undefined || (nameToken.kind !== 'quoted' && nameToken.kind !== 'ident')) {
    reader.report('BKI8002', head.line, head.column, 'the name of the controladdin', nameToken?.text ?? 'end of file');
    return { declaration: undefined, diagnostics: reader.diagnostics };
  }
  p++;
  if (!expectPunct('{')) return { declaration: undefined, diagnostics: reader.diagnostics };

  const files = { scripts: [] as string[], styleSheets: [] as string[], images: [] as string[] };
  const single: { startupScript?: string; recreateScript?: string; refreshScript?: string } = {};
  const properties = new Map<string, string>();
  const procedures: AddinMember[] = [];
  const events: AddinMember[] = [];
  const seen = new Set<string>();

  while (p < tokens.length && !isPunct(peek(), '}')) {
    const t = peek();
    if (t === undefined) break;
    if (isWord(t, 'procedure') || isWord(t, 'event')) {
      const kind = isWord(t, 'procedure') ? 'procedure' : 'event';
      p++;
      const name = peek();
      if (name === undefined || (name.kind !== 'ident' && name.kind !== 'quoted')) {
        reader.report('BKI8002', t.line, t.column, `the name of the ${kind}`, name?.text ?? 'end of file');
        break;
      }
      p++;
      const parameters: AddinParameter[] = [];
      if (!expectPunct('(')) break;
      while (p < tokens.length && !isPunct(peek(), ')')) {
        if (isWord(peek(), 'var')) p++;
        const paramName = peek();
        p++;
        if (!expectPunct(':')) break;
        const typeParts: string[] = [];
        while (p < tokens.length && !isPunct(peek(), ';') && !isPunct(peek(), ')')) {
          typeParts.push(peek()?.text ?? '');
          p++;
        }
        parameters.push({ name: paramName?.text ?? '', type: typeParts.join(' ') });
        if (isPunct(peek(), ';')) p++;
      }
      if (!expectPunct(')')) break;
      // An optional return type for procedures: `: Text`.
      if (isPunct(peek(), ':')) {
        p++;
        while (p < tokens.length && !isPunct(peek(), ';')) p++;
      }
      expectPunct(';');
      const key = `${kind}:${name.text.toLowerCase()}`;
      if (seen.has(key)) reader.report('BKI8006', name.line, name.column, name.text);
      else {
        seen.add(key);
        (kind === 'procedure' ? procedures : events).push({ kind, name: name.text, parameters, line: name.line });
      }
      continue;
    }
    if (t.kind === 'ident') {
      p++;
      if (!expectPunct('=')) break;
      const values: Token[] = [];
      while (p < tokens.length && !isPunct(peek(), ';')) {
        const v = peek();
        if (v !== undefined && !isPunct(v, ',')) values.push(v);
        p++;
      }
      expectPunct(';');
      const fileProperty = fileProperties[t.text.toLowerCase()];
      if (fileProperty !== undefined) {
        const paths = values.filter((v) => v.kind === 'string').map((v) => v.text);
        if (paths.length === 0) reader.report('BKI8003', t.line, t.column, t.text);
        switch (fileProperty) {
          case 'scripts':
          case 'styleSheets':
          case 'images':
            files[fileProperty].push(...paths);
            break;
          case 'startupScript':
          case 'recreateScript':
          case 'refreshScript': {
            const first = paths[0];
            if (first !== undefined) single[fileProperty] = first;
            break;
          }
          default: {
            const never: never = fileProperty;
            return never;
          }
        }
      } else properties.set(t.text, values.map((v) => v.text).join(', '));
      continue;
    }
    reader.report('BKI8002', t.line, t.column, 'a property, procedure or event', t.text);
    p++;
  }
  if (!isPunct(peek(), '}')) reader.report('BKI8005', head.line, head.column, 'controladdin object');

  return {
    declaration: {
      name: nameToken.text,
      namespace,
      scripts: files.scripts,
      startupScript: single.startupScript,
      recreateScript: single.recreateScript,
      refreshScript: single.refreshScript,
      styleSheets: files.styleSheets,
      images: files.images,
      properties,
      procedures,
      events,
    },
    diagnostics: reader.diagnostics,
  };
}

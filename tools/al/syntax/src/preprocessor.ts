/**
 * Evaluates a preprocessor condition such as `not CLEAN28`, `CLEAN27 and not ONPREM`, `(A or B)`.
 * Symbols compare case-insensitively (`symbols` holds lower-case names). Returns undefined for malformed input.
 */
export function evaluateCondition(text: string, symbols: ReadonlySet<string>): boolean | undefined {
  const tokens = text.match(/[A-Za-z_][A-Za-z0-9_]*|\(|\)|!|&&|\|\||\S/g) ?? [];
  let pos = 0;
  let ok = true;
  const peek = (): string => (tokens[pos] ?? '').toLowerCase();
  const parseOr = (): boolean => {
    let v = parseAnd();
    while (peek() === 'or' || peek() === '||') {
      pos++;
      const r = parseAnd();
      v = v || r;
    }
    return v;
  };
  const parseAnd = (): boolean => {
    let v = parseNot();
    while (peek() === 'and' || peek() === '&&') {
      pos++;
      const r = parseNot();
      v = v && r;
    }
    return v;
  };
  const parseNot = (): boolean => {
    if (peek() === 'not' || peek() === '!') {
      pos++;
      return !parseNot();
    }
    return parsePrimary();
  };
  const parsePrimary = (): boolean => {
    const t = peek();
    if (t === '(') {
      pos++;
      const v = parseOr();
      if (peek() === ')') pos++;
      else ok = false;
      return v;
    }
    if (/^[a-z_][a-z0-9_]*$/.test(t)) {
      pos++;
      if (t === 'true') return true;
      if (t === 'false') return false;
      return symbols.has(t);
    }
    ok = false;
    pos++;
    return false;
  };
  if (tokens.length === 0) return undefined;
  const v = parseOr();
  if (!ok || pos !== tokens.length) return undefined;
  return v;
}

/**
 * Patterns of real credentials for the repository scan: shapes of Entra client secrets, JWTs, private keys and the
 * common token prefixes, plus high-entropy values assigned to secret-named keys. Each hit is reported with its file
 * and line; the scan expects none.
 */
export interface PatternHit {
  readonly rule: string;
  readonly file: string;
  readonly line: number;
  readonly excerpt: string;
}

const rules: ReadonlyArray<{ name: string; pattern: RegExp; check?: (match: RegExpExecArray) => boolean }> = [
  { name: 'Entra client secret', pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g },
  {
    name: 'JWT',
    pattern: /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/g,
  },
  { name: 'private key', pattern: /-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----/g },
  { name: 'AWS access key', pattern: /AKIA[0-9A-Z]{16}/g },
  { name: 'GitHub token', pattern: /gh[pousr]_[A-Za-z0-9]{36}/g },
  { name: 'npm token', pattern: /npm_[A-Za-z0-9]{36}/g },
  { name: 'Slack token', pattern: /xox[abprs]-[A-Za-z0-9-]{10,}/g },
  {
    name: 'high-entropy value of a secret-named key',
    pattern: /(?:client_?secret|password|passwd|api_?key|access_?token|refresh_?token|secret)["']?\s*[:=]\s*["']([^"'\s]{16,})["']/gi,
    check: (m) => entropy(m[1] ?? '') > 4.0,
  },
];

/** Shannon entropy in bits per character. */
export function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

export function scanText(file: string, text: string): PatternHit[] {
  const hits: PatternHit[] = [];
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m !== null; m = rule.pattern.exec(text)) {
      if (rule.check !== undefined && !rule.check(m)) continue;
      const line = text.slice(0, m.index).split('\n').length;
      hits.push({ rule: rule.name, file, line, excerpt: m[0].slice(0, 12) });
    }
  }
  return hits;
}

import type { SourceFileNode } from '../../syntax/src';

interface Range {
  readonly code: string | undefined;
  readonly from: number;
  readonly to: number;
}

/**
 * `#pragma warning disable X[, Y]` ... `#pragma warning restore X[, Y]` (or to the end of the file), as the AL
 * compiler honours them. A disable without codes disables every rule.
 */
export class Suppressions {
  private readonly ranges: Range[] = [];

  constructor(file: SourceFileNode) {
    const open = new Map<string, number>();
    const allKey = '*';
    for (const directive of file.directives) {
      if (directive.directive !== 'pragma') continue;
      const match = /^\s*warning\s+(disable|restore)\b(.*)$/i.exec(directive.text);
      if (!match) continue;
      const verb = (match[1] ?? '').toLowerCase();
      const codes = (match[2] ?? '').split(/[\s,]+/).map((c) => c.trim().toUpperCase()).filter((c) => c.length > 0 && !c.startsWith('//'));
      const keys = codes.length === 0 ? [allKey] : codes;
      for (const key of keys) {
        if (verb === 'disable') {
          if (!open.has(key)) open.set(key, directive.end);
        } else {
          const from = open.get(key);
          if (from !== undefined) {
            this.ranges.push({ code: key === allKey ? undefined : key, from, to: directive.start });
            open.delete(key);
          }
        }
      }
    }
    for (const [key, from] of open) this.ranges.push({ code: key === allKey ? undefined : key, from, to: Number.MAX_SAFE_INTEGER });
  }

  isSuppressed(code: string, offset: number): boolean {
    return this.ranges.some((r) => (r.code === undefined || r.code === code) && offset >= r.from && offset <= r.to);
  }
}

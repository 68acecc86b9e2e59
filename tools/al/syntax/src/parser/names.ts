import type { Identifier, QualifiedName } from '../ast';
import { T } from '../tokens';
import { TokenCursor } from './cursor';

/** Identifiers: plain, quoted, dotted (`Microsoft.Sales.Customer`) and qualified names. */
export class NameParser extends TokenCursor {
  protected identAt(i: number): Identifier {
    const s = this.start(i);
    const e = this.end(i);
    if (this.kinds[i] === T.QuotedIdent) {
      const closed = e - s >= 2 && this.text.charCodeAt(e - 1) === 34;
      const inner = this.text.slice(s + 1, closed ? e - 1 : e);
      return { kind: 'Identifier', name: inner.indexOf('""') >= 0 ? inner.replace(/""/g, '"') : inner, quoted: true, start: s, end: e };
    }
    return { kind: 'Identifier', name: this.text.slice(s, e), quoted: false, start: s, end: e };
  }

  protected missingIdent(): Identifier {
    const s = this.start();
    return { kind: 'Identifier', name: '', quoted: false, start: s, end: s };
  }

  /** A name in code (reserved words rejected). */
  protected parseName(): Identifier {
    if (this.isName()) {
      const id = this.identAt(this.p);
      this.advance();
      return id;
    }
    this.error('IdentifierExpected', [this.display()]);
    return this.missingIdent();
  }

  /** A name where any word is allowed (member names, property names, object names). */
  protected parseAnyName(): Identifier {
    if (this.isAnyName()) {
      const id = this.identAt(this.p);
      this.advance();
      return id;
    }
    this.error('IdentifierExpected', [this.display()]);
    return this.missingIdent();
  }

  /** A possibly dotted name (`Microsoft.Sales.Customer`, `System."Reflection"`) returned as one identifier. */
  protected parseDottedName(): Identifier {
    const first = this.parseAnyName();
    if (!(this.at(T.Dot) && this.isAnyName(this.p + 1))) return first;
    let name = first.name;
    let quoted = first.quoted;
    let end = first.end;
    while (this.at(T.Dot) && this.isAnyName(this.p + 1)) {
      this.advance();
      const part = this.identAt(this.p);
      this.advance();
      name += '.' + part.name;
      quoted = quoted || part.quoted;
      end = part.end;
    }
    return { kind: 'Identifier', name, quoted, start: first.start, end };
  }

  protected parseQualifiedName(): QualifiedName {
    const parts: Identifier[] = [this.parseAnyName()];
    while (this.at(T.Dot)) {
      this.advance();
      parts.push(this.parseAnyName());
    }
    const first = parts[0];
    const lastPart = parts[parts.length - 1];
    return {
      kind: 'QualifiedName',
      parts,
      text: parts.map((x) => x.name).join('.'),
      start: first ? first.start : this.start(),
      end: lastPart ? lastPart.end : this.start(),
    };
  }
}

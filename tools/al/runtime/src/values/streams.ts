/**
 * Blob fields and streams (Microsoft Learn, "Blob data type", "InStream data type", "OutStream data type").
 * A Blob value is immutable text content; CreateOutStream puts a fresh Blob into the field and writes into it, so a
 * stored record keeps its old content until Modify.
 */
export class BlobV {
  constructor(public content: string) {}
  get hasValue(): boolean {
    return this.content.length > 0;
  }
}

export const EMPTY_BLOB = new BlobV('');

export class OutStreamV {
  constructor(readonly target: BlobV) {}
  write(text: string): void {
    this.target.content += text;
  }
}

export class InStreamV {
  pos = 0;
  constructor(readonly text: string) {}
  get eos(): boolean {
    return this.pos >= this.text.length;
  }
  /** ReadText: up to the next line break (or `max` characters); returns the number of characters read. */
  readText(max?: number): { text: string; read: number } {
    if (this.eos) return { text: '', read: 0 };
    const rest = this.text.slice(this.pos);
    let line: string;
    let consumed: number;
    const m = /\r\n|\n|\r/.exec(rest);
    if (m === null) {
      line = rest;
      consumed = rest.length;
    } else {
      line = rest.slice(0, m.index);
      consumed = m.index + m[0].length;
    }
    if (max !== undefined && max > 0 && line.length > max) {
      line = line.slice(0, max);
      consumed = max;
    }
    this.pos += consumed;
    return { text: line, read: consumed };
  }
}

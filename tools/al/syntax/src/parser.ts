/**
 * Entry of the AL parser: `parseAl` turns one source file into a syntax tree plus diagnostics. The parser itself is
 * split by concept under parser/ as a chain of classes, each adding one part of the grammar to the one before:
 * cursor (tokens, diagnostics, comments) -> names -> expressions -> types -> tableFilters -> properties -> statements
 * -> declarations -> sections -> objects (the complete parser, whose `parseFile` is the entry).
 */
import type { Diagnostic } from '../../../common/src/diagnostic';
import type { SourceFileNode } from './ast';
import { computeLineStarts } from './lexer';
import { ObjectParser } from './parser/objects';

export interface ParseOptions {
  readonly fileName: string;
  readonly defines?: readonly string[];
}

export interface ParseResult {
  readonly file: SourceFileNode;
  readonly diagnostics: Diagnostic[];
}

/** Parses one AL source file. Never throws: problems become diagnostics and the tree is partial. */
export function parseAl(text: string, options: ParseOptions): ParseResult {
  const diagnostics: Diagnostic[] = [];
  let lineStarts: number[] = [0];
  try {
    lineStarts = computeLineStarts(text);
    const parser = new ObjectParser(text, options, lineStarts, diagnostics);
    return { file: parser.parseFile(), diagnostics };
  } catch (e) {
    // Defensive: a parser bug must not crash callers. Report it as a diagnostic on line 1.
    diagnostics.push({
      file: options.fileName,
      line: 1,
      column: 1,
      code: 'AL0999',
      severity: 'error',
      message: `Internal parser error: ${e instanceof Error ? e.message : String(e)}. Please report this file.`,
    });
    return {
      file: {
        kind: 'SourceFile',
        fileName: options.fileName,
        start: 0,
        end: text.length,
        lineStarts,
        usings: [],
        objects: [],
        comments: [],
        directives: [],
        inactiveRanges: [],
      },
      diagnostics,
    };
  }
}

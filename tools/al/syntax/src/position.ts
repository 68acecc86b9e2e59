/** 1-based line and column of a character offset, by binary search over line start offsets. */
export function positionAt(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
}

/** Line and column of `offset` in a parsed file: `positionOf(result.file, node.start)`. */
export function positionOf(file: { readonly lineStarts: readonly number[] }, offset: number): { line: number; column: number } {
  return positionAt(file.lineStarts, offset);
}

import { formatValue } from '../values/format';

/** A method argument as text: a Char (number) becomes its character, other values their formatted text. */
export const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String.fromCharCode(v) : formatValue(v));

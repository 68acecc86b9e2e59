import { alError } from '../errors';

/**
 * SecretText (Microsoft Learn, "SecretText data type"): a text value that cannot be shown. Format, Message, Error
 * texts and string conversion all refuse it, so a secret never reaches logs or test output; only Unwrap (and
 * the runtime's HTTP and storage services) read the value.
 */
export class SecretTextV {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  unwrap(): string {
    return this.#value;
  }
  isEmpty(): boolean {
    return this.#value === '';
  }
  toString(): string {
    return '<SecretText>';
  }
  toJSON(): string {
    return '<SecretText>';
  }
  alFormat(): string {
    throw alError('A SecretText value cannot be converted to text (Format, Message and Error texts cannot show secrets).');
  }
}

export const EMPTY_SECRET = new SecretTextV('');

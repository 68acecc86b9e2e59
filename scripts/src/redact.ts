/**
 * Keeps secrets out of everything the scripts print. A Redactor knows the secret values in play (passwords,
 * client secrets, tokens) and replaces them, plus anything shaped like an Authorization header or a token field,
 * with `***`. Every line written by a CLI and every error message goes through one.
 */
const MASK = '***';

/** Environment variables whose values are secrets; their values are masked wherever they appear. */
export const SECRET_ENV_NAMES = ['BC_PASSWORD', 'BC_CLIENT_SECRET', 'BC_REFRESH_TOKEN', 'BC_ACCESS_TOKEN'] as const;

const patterns: readonly RegExp[] = [
  /(authorization\s*[:=]\s*)(?:basic|bearer)?\s*[^\s,;"']+/gi,
  /("?(?:access_token|refresh_token|id_token|client_secret|password)"?\s*[:=]\s*"?)[^"&\s,}]+/gi,
];

export class Redactor {
  private readonly secrets = new Set<string>();

  /** Registers a secret value; values shorter than 4 characters are masked too, but only as whole tokens. */
  add(value: string | undefined): this {
    if (value !== undefined && value.length > 0) {
      this.secrets.add(value);
      // The same secret base64-encoded inside a Basic header must not leak either.
      this.secrets.add(Buffer.from(value).toString('base64'));
    }
    return this;
  }

  static fromEnv(env: NodeJS.ProcessEnv): Redactor {
    const r = new Redactor();
    for (const name of SECRET_ENV_NAMES) r.add(env[name]);
    const user = env['BC_USERNAME'];
    const password = env['BC_PASSWORD'];
    if (user !== undefined && password !== undefined) r.add(Buffer.from(`${user}:${password}`).toString('base64'));
    return r;
  }

  redact(text: string): string {
    let out = text;
    // Longest first, so a secret that contains another is masked whole.
    const ordered = [...this.secrets].sort((a, b) => b.length - a.length);
    for (const s of ordered) out = out.split(s).join(MASK);
    for (const p of patterns) out = out.replace(p, `$1${MASK}`);
    return out;
  }
}

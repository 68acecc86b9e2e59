import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../../../common/src/diagnostic';
import { message } from './messages';
import { validateAppJson, type AppJsonResult } from './validateAppJson';

/**
 * Reads and validates an app.json. `displayPath` labels the diagnostics (pass a relative path so output is
 * the same on every machine). A missing or unreadable file is a diagnostic, not an exception.
 */
export function loadAppJson(path: string, displayPath: string = path): AppJsonResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'the file does not exist' : String(error);
    const diagnostic: Diagnostic = {
      file: displayPath, line: 1, column: 1, code: 'BKI1000', severity: 'error', message: message('BKI1000', displayPath, reason),
    };
    return { manifest: undefined, diagnostics: [diagnostic] };
  }
  // A UTF-8 byte order mark is legal in app.json (VS Code may write one).
  return validateAppJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, displayPath);
}

/**
 * `npm run build:addin`: builds the control add-in bundle into src-al/ControlAddIn/Resources/, checks that the AL
 * controladdin object names existing files, and prints the bundle size (raw and gzipped). Exit 1 on any error.
 */
import { formatDiagnostic } from '../../../tools/common/src/diagnostic';
import { bookingGridAlFile, checkControlAddIn, defaultAppRoot } from './addinHost';
import { buildAddin } from './build';

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function main(): Promise<number> {
  const result = await buildAddin();
  if (!result.ok) {
    for (const error of result.errors) console.error(error);
    return 1;
  }
  for (const warning of result.warnings) console.warn(`warning: ${warning}`);
  let raw = 0;
  let gzip = 0;
  for (const file of result.files) {
    raw += file.bytes;
    gzip += file.gzipBytes;
    console.log(`${file.path}: ${kb(file.bytes)} raw, ${kb(file.gzipBytes)} gzipped`);
  }
  console.log(`bundle total: ${kb(raw)} raw, ${kb(gzip)} gzipped`);
  const { diagnostics } = checkControlAddIn(defaultAppRoot, bookingGridAlFile);
  for (const d of diagnostics) console.error(formatDiagnostic(d));
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (process.env['DEBUG'] !== undefined ? error.stack : error.message) : String(error));
    process.exitCode = 1;
  },
);

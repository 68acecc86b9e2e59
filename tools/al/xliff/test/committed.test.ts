import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadAppJson } from '../../project/src';
import { generateXliff, hasFeature, TRANSLATION_FEATURE, translationFilePath } from '../src';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** The committed generated files must be what `npm run al -- xliff <folder>` writes now (alc would rewrite them). */
const APPS: readonly { readonly appDir: string; readonly folder: string; readonly command: string }[] = [
  { appDir: ROOT, folder: join(ROOT, 'src-al'), command: 'npm run al -- xliff src-al' },
  { appDir: join(ROOT, 'test-app'), folder: join(ROOT, 'test-app'), command: 'npm run al -- xliff test-app' },
];

describe('committed translation files are current', () => {
  for (const app of APPS) {
    const manifest = loadAppJson(join(app.appDir, 'app.json')).manifest;
    const label = app.command.replace('npm run al -- xliff ', '');
    if (manifest !== undefined && hasFeature(manifest, TRANSLATION_FEATURE)) {
      it(`${label}: Translations/${manifest.name}.g.xlf equals a fresh generation`, () => {
        const target = translationFilePath(app.folder, manifest);
        assert.ok(existsSync(target), `${target} is missing: run \`${app.command}\` and commit it`);
        const fresh = generateXliff(app.appDir).text;
        assert.ok(readFileSync(target, 'utf8') === fresh, `${target} is stale (the AL sources changed its texts): run \`${app.command}\` and commit the file`);
      });
    } else {
      it(`${label}: no TranslationFile feature, so no generated .g.xlf is committed`, () => {
        assert.ok(manifest !== undefined, `${join(app.appDir, 'app.json')} is not a valid app.json`);
        const dir = join(app.folder, 'Translations');
        const generated = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.g.xlf')) : [];
        assert.deepEqual(generated, [], `${dir} holds generated files although app.json has no "${TRANSLATION_FEATURE}" feature`);
      });
    }
  }
});

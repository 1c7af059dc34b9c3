import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { runnerImport, type Plugin } from 'vite';
import { textFingerprint } from '../../src/domain/fingerprint.ts';
import type { ParseResult, parseDatasetText } from '../../src/domain/validate.ts';

/**
 * The bundled dataset is validated here, at build time, with the app's own validator: when the
 * file is valid and the validator reads it exactly as written (nothing migrated, nothing dropped),
 * its fingerprint is given to the app (src/data/dataset-check.ts), which then shows those very
 * bytes without fetching the validator's code. Any other text, and any text in development, is
 * validated in the browser.
 */
export function checkedDataset(file = 'public/data/dataset.json'): Plugin {
  return {
    name: 'checked-dataset',
    apply: 'build',
    async config() {
      // Through Vite, as the app's own module (its imports are written for the bundler).
      const { module } = await runnerImport<{ parseDatasetText: typeof parseDatasetText }>(
        '/src/domain/validate.ts',
        { configFile: false, logLevel: 'error' },
      );
      const fingerprint = checkedFingerprint(readFileSync(file, 'utf8'), module.parseDatasetText);
      return { define: { __CHECKED_DATASET__: JSON.stringify(fingerprint) } };
    },
  };
}

/** The fingerprint of a dataset file the validator accepts as it is written; null otherwise. */
export function checkedFingerprint(
  text: string,
  parse: (text: string) => ParseResult,
): string | null {
  const result = parse(text);
  if (!result.ok || result.migratedFrom !== null) return null;
  return isDeepStrictEqual(result.data, JSON.parse(text)) ? textFingerprint(text) : null;
}

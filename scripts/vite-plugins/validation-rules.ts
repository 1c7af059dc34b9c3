import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { textFingerprint } from '../../src/domain/fingerprint.ts';

/** The modules whose rules decide whether a dataset is valid, in this tree. */
const RULES = ['schema.ts', 'validate.ts', 'migrate.ts'].map(
  (name) => new URL(`../../src/domain/${name}`, import.meta.url),
);
const VALIBOT = new URL('../../node_modules/valibot/package.json', import.meta.url);

/**
 * A fingerprint of the validator's rules (its modules' text and valibot's version), given to the
 * app as `__VALIDATION_RULES__`: an import validated and kept by one build is not validated again
 * on a visit by a build with the same rules, if its bytes are still those written
 * (src/data/kept-load.ts); any change to the rules changes the fingerprint, and the next visit
 * validates. Absent in development and tests: there, a kept import is always validated. The
 * bench's keeper (scripts/bench-keeper/) is built with it too, to keep an import as the app does.
 */
export function validationRules(): Plugin {
  return {
    name: 'validation-rules',
    apply: 'build',
    config() {
      const valibot = JSON.parse(readFileSync(VALIBOT, 'utf8'));
      const text = [...RULES.map((file) => readFileSync(file, 'utf8')), valibot.version].join('\n');
      return { define: { __VALIDATION_RULES__: JSON.stringify(textFingerprint(text)) } };
    },
  };
}

// `cem analyze` for every element package, run from the package's folder by its build
// (`cem analyze --config ../../custom-elements-manifest.config.mjs`). The type parser
// expands aliases (`Size`, `Theme`, `ListLayout`) into their values (`parsedType`), so the
// README tables, Storybook's controls and the editors' data show `'compact' | 'default' |
// 'large'` rather than a name a reader has to look up.
import { resolve } from 'node:path';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';

export default {
  litelement: true,
  globs: ['src/*.ts'],
  exclude: ['src/*.test.ts', 'src/*.stories.ts', 'src/*.fixture.ts'],
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.json');
    // The program also holds the sibling packages' sources it resolves (`../core/src/index.ts`);
    // the manifest describes this package's own files only, matched by their whole path
    // (matching by the end of a name kept core's `src/index.ts` and `src/version.ts`).
    const own = new Set(globs.map((glob) => resolve(glob)));
    return program.getSourceFiles().filter((file) => own.has(resolve(file.fileName)));
  },
  plugins: [typeParserPlugin()],
};

// `cem analyze` for every element package, run from the package's folder by its build
// (`cem analyze --config ../../custom-elements-manifest.config.mjs`). The type parser
// expands aliases (`Size`, `Theme`, `ListLayout`) into their values (`parsedType`), so the
// README tables, Storybook's controls and the editors' data show `'compact' | 'default' |
// 'large'` rather than a name a reader has to look up.
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';

export default {
  litelement: true,
  globs: ['src/*.ts'],
  exclude: ['src/*.test.ts', 'src/*.stories.ts', 'src/*.fixture.ts'],
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.json');
    return program
      .getSourceFiles()
      .filter((file) => globs.find((glob) => file.fileName.includes(glob)));
  },
  plugins: [typeParserPlugin()],
};

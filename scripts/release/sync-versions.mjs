// Writes each public package's version into its `src/version.ts` (`VERSION`, which
// defineOnce uses to tell two versions on one page apart). Run by the release script after
// `changeset version`; the packaging lints fail when a packed VERSION differs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publicPackages } from './packages.mjs';

const CONSTANT = /export const VERSION = '[^']*';/;

export function syncVersions() {
  for (const pkg of publicPackages()) {
    const file = join(pkg.dir, 'src/version.ts');
    if (!existsSync(file)) continue;
    const source = readFileSync(file, 'utf8');
    const next = source.replace(CONSTANT, `export const VERSION = '${pkg.version}';`);
    if (next !== source) {
      writeFileSync(file, next);
      console.log(`${pkg.name}: VERSION = '${pkg.version}'`);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) syncVersions();

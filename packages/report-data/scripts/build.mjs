// Build step before tsc: writes `dist/schema.json` from `src/schema.ts` and validates every
// data file against it. Any problem fails the build, with the file and the JSON path.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createValidator, loadSchema } from './validate.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const schema = await loadSchema();
await mkdir(`${packageDir}dist`, { recursive: true });
await writeFile(`${packageDir}dist/schema.json`, `${JSON.stringify(schema, null, 2)}\n`);

const check = await createValidator(schema);
const files = (await readdir(`${packageDir}data`)).filter((name) => name.endsWith('.json'));
let failed = files.length === 0;
for (const file of files) {
  const problems = await check(`${packageDir}data/${file}`);
  for (const problem of problems) console.error(`data/${file}: ${problem}`);
  failed ||= problems.length > 0;
}
if (failed) {
  console.error('report-data: the data does not match src/schema.ts (see above).');
  process.exit(1);
}
console.log(`report-data: dist/schema.json written; ${files.join(', ')} valid.`);

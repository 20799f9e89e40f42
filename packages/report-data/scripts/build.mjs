// Build step before tsc: validates every report file of data/ (each alone, then together),
// writes `dist/schema.json` from `src/schema.ts`, and fails while the committed modules of
// `src/generated/` differ from what the JSON generates. Any problem fails the build, naming
// the file, the record and the field.
//   node scripts/build.mjs                      the build
//   node scripts/build.mjs --check [file.json…] validates data/ plus these files, writes nothing
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dataFiles, staleModules } from './generate.mjs';
import { checkReports, loadSchema } from './validate.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const checkOnly = process.argv.includes('--check');
const extra = process.argv.slice(2).filter((arg) => arg !== '--check');

const schema = await loadSchema();
const published = await dataFiles();
const files = [...published, ...extra];
const problems = await checkReports(files, schema);
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error('report-data: the data does not validate (see above); nothing written.');
  process.exit(1);
}
const stale = await staleModules(published);
if (stale.length > 0) {
  console.error(
    `report-data: ${stale.join(', ')} differ from ${published.join(', ')}: run \`npm run generate -w @relais/report-data\` and commit the result.`,
  );
  process.exit(1);
}
if (checkOnly) {
  console.log(`report-data: ${files.join(', ')} valid.`);
} else {
  await mkdir(`${packageDir}dist`, { recursive: true });
  await writeFile(`${packageDir}dist/schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`report-data: dist/schema.json written; ${files.join(', ')} valid.`);
}

// `node --test`: the data files pass the validation the build runs; broken data is rejected
// with errors a person can act on (record, field, rule); a second report cannot redefine
// the first; the committed generated modules are what the JSON generates. The fixtures sit
// in src/fixtures and never ship.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Ajv } from 'ajv';
import { dataFiles, generatedModules, staleModules } from './generate.mjs';
import { checkReports, createValidator, importSource, loadSchema } from './validate.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const DATA = 'data/monde-social-numerique-2020.json';
const TEST_REPORT = 'src/fixtures/reports/rivertown-health-2031.json';
const schema = await loadSchema();
const check = await createValidator(schema);
const readJson = async (file) => JSON.parse(await readFile(`${packageDir}${file}`, 'utf8'));

/** A copy of the report's data where « 13 millions » says something else, in a temp folder. */
async function corruptedCopy() {
  const dir = await mkdtemp(join(tmpdir(), 'relais-second-report-'));
  const data = await readJson(DATA);
  data.figures.find((figure) => figure.id === 'eloignes-du-numerique').value = 14_000_000;
  const file = join(dir, 'monde-social-numerique-2020.json');
  await writeFile(file, JSON.stringify(data, null, 2));
  return { dir, file };
}

test('the report’s data file is valid, and so is the made-up test report beside it', async () => {
  assert.deepEqual(await check(`${packageDir}${DATA}`), []);
  assert.deepEqual(await checkReports([DATA, TEST_REPORT], schema), []);
});

test('the two reports share ids (teleconsultations) without conflict: ids are per report', async () => {
  const [first, second] = await Promise.all([readJson(DATA), readJson(TEST_REPORT)]);
  const ids = (data) => data.figures.map((figure) => figure.id);
  assert.ok(ids(first).includes('teleconsultations') && ids(second).includes('teleconsultations'));
});

test('a second file redefining the report fails the build, naming both files and each id', async () => {
  const { dir, file } = await corruptedCopy();
  try {
    const run = promisify(execFile)(
      process.execPath,
      [`${packageDir}scripts/build.mjs`, '--check', file],
      { cwd: packageDir },
    );
    const failure = await run.then(
      () => assert.fail('the build passed'),
      (error) => error,
    );
    assert.equal(failure.code, 1);
    const lines = failure.stderr.trim().split('\n');
    assert.ok(
      lines.includes(
        `figure "eloignes-du-numerique" of report "monde-social-numerique-2020" is defined in both ${DATA} and ${file}`,
      ),
      failure.stderr,
    );
    assert.ok(
      lines.includes(`report "monde-social-numerique-2020" is defined in both ${DATA} and ${file}`),
    );
    assert.equal(
      lines.at(-1),
      'report-data: the data does not validate (see above); nothing written.',
    );
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('a figure that loses its source is rejected, naming the record and the field', async () => {
  assert.deepEqual(await check(`${packageDir}src/fixtures/broken-figure-without-source.json`), [
    '/figures/0 figure "teleconsultations": "source" is required',
  ]);
});

test('wrong types, unknown values, stray fields, dangling references and repeats are each named', async () => {
  assert.deepEqual(await check(`${packageDir}src/fixtures/broken-wrong-types.json`), [
    '/figures/0 figure "teleconsultations": is not a field of the model: "sauce"',
    '/figures/0 figure "teleconsultations": "kind" must be one of count, percent, currency, ratio, multiplier, not "multiple"',
    '/figures/0 figure "teleconsultations": "value" must be number',
    '/figures/0 figure "teleconsultations": "date" must match pattern "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"',
    '/quotes/0 quote "jean-deydier": "text/en" must NOT have fewer than 1 characters',
    '/people/1 person "cedric-o": "id" is used twice (first at /people/0)',
    '/quotes/0 quote "jean-deydier": "author" "jean-deydier" is not a person of this report',
    '/report: "opEdBy" "cyril-garcia" is not a person of this report',
  ]);
});

test('a record that says it belongs to another report is refused', async () => {
  const data = await readJson(TEST_REPORT);
  data.people[1] = { ...data.people[1], report: 'monde-social-numerique-2020' };
  assert.deepEqual(await check(data), [
    '/people/1 person "sam-okafor": "report" is "monde-social-numerique-2020", but this file is report "rivertown-health-2031"',
  ]);
});

test('exactly one source of a report is the report itself, which « cité par » names', async () => {
  const data = await readJson(TEST_REPORT);
  const none = structuredClone(data);
  delete none.sources.find((source) => source.isReport).isReport;
  assert.deepEqual(await check(none), [
    '/sources: exactly one source must be the report itself ("isReport": true), not 0',
  ]);
  const two = structuredClone(data);
  two.sources[1].isReport = true;
  assert.deepEqual(await check(two), [
    '/sources: exactly one source must be the report itself ("isReport": true), not 2 (report, city-council)',
  ]);
  const notTrue = structuredClone(data);
  notTrue.sources[1].isReport = false;
  const [problem] = await check(notTrue);
  assert.match(
    problem,
    /^\/sources\/1 source "city-council": "isReport" must be equal to constant/,
  );
});

test('a source is cited by a source of the same report, never by itself', async () => {
  const data = await readJson(TEST_REPORT);
  const unknown = structuredClone(data);
  unknown.sources[1].citedBy = 'press-release';
  assert.deepEqual(await check(unknown), [
    '/sources/1 source "city-council": "citedBy" "press-release" is not a source of this report',
  ]);
  const itself = structuredClone(data);
  itself.sources[1].citedBy = 'city-council';
  assert.deepEqual(await check(itself), [
    '/sources/1 source "city-council": "citedBy" names the source itself',
  ]);
  const report = structuredClone(data);
  report.sources[1].citedBy = 'report';
  assert.deepEqual(await check(report), []);
});

// One fixture per rule (src/fixtures/figure-kinds.ts, which tsc also checks), each put into
// the test report in place of its figures.
const KIND_RULES = {
  ratioWithoutDenominator:
    '"denominator" is required: a ratio needs a denominator above 0 (9 out of 10)',
  ratioOverZero: '"denominator" must be > 0',
  currencyWithoutCode:
    '"currency" is required: a currency figure needs an ISO 4217 currency code (EUR)',
  currencyNotIso: '"currency" must be an ISO 4217 currency code in capitals, e.g. EUR, not "EURO"',
  rangeUpsideDown:
    '"valueMax" must be >= 8: a range ends at or above where it starts: valueMax ≥ value',
  multiplierAtZero: '"value" must be > 0: a multiplier is above 0',
};

test('each per-kind rule refuses its fixture, with the record, the field and the rule', async () => {
  const fixtures = await importSource('src/fixtures/figure-kinds.ts');
  assert.deepEqual(Object.keys(fixtures).sort(), Object.keys(KIND_RULES).sort());
  const report = await readJson(TEST_REPORT);
  for (const [name, message] of Object.entries(KIND_RULES)) {
    const figure = fixtures[name];
    assert.deepEqual(
      await check({ ...report, figures: [figure] }),
      [`/figures/0 figure "${figure.id}": ${message}`],
      name,
    );
  }
});

test('the published schema.json is standard draft-07: any validator reads it, no $data', async () => {
  // The built file when there is one (a test below keeps it equal to src/schema.ts), read
  // by a user's ajv with its defaults and nothing else, as an editor following a data
  // file's `$schema` would: ajv without `$data` refused the schema itself ("valueMax/minimum
  // must be number") while the range rule used it.
  const published = await readFile(`${packageDir}dist/schema.json`, 'utf8').then(
    (text) => JSON.parse(text),
    () => schema,
  );
  assert.doesNotMatch(JSON.stringify(published), /"\$data"/);
  assert.equal(published.$schema, 'http://json-schema.org/draft-07/schema#');
  const standard = new Ajv({ strict: false });
  assert.equal(standard.validateSchema(published), true, JSON.stringify(standard.errors));
  const validate = standard.compile(published);
  const fixtures = await importSource('src/fixtures/figure-kinds.ts');
  const report = await readJson(TEST_REPORT);
  assert.equal(validate(report), true, JSON.stringify(validate.errors));
  for (const name of Object.keys(KIND_RULES)) {
    // The range compares two fields: the build's own check refuses it (test above), not
    // the schema.
    if (name === 'rangeUpsideDown') continue;
    assert.equal(validate({ ...report, figures: [fixtures[name]] }), false, name);
  }
  // The fixtures with the one field fixed pass: each breaks its own rule only.
  const fixed = {
    ratioWithoutDenominator: { denominator: 10 },
    ratioOverZero: { denominator: 10 },
    currencyWithoutCode: { currency: 'EUR' },
    currencyNotIso: { currency: 'EUR' },
    rangeUpsideDown: { valueMax: 8 },
    multiplierAtZero: { value: 2 },
  };
  for (const [name, fields] of Object.entries(fixed)) {
    const figure = { ...fixtures[name], ...fields };
    assert.equal(validate({ ...report, figures: [figure] }), true, name);
  }
});

test('the schema closes every object, and ids are slugs valid for any report', async () => {
  const figure = schema.properties.figures.items;
  assert.equal(figure.additionalProperties, false);
  assert.equal(figure.properties.id.pattern, '^[a-z0-9]+(-[a-z0-9]+)*$');
  assert.ok(figure.required.includes('source') && figure.required.includes('report'));
  assert.ok(!figure.required.includes('theme'));
  assert.ok(!schema.properties.people.items.required.includes('organization'));
  assert.equal(figure.allOf.length, 3);
});

test('dist/schema.json, once built, is what src/schema.ts generates', async (context) => {
  let built;
  try {
    built = JSON.parse(await readFile(`${packageDir}dist/schema.json`, 'utf8'));
  } catch {
    context.skip('not built yet');
    return;
  }
  assert.deepEqual(built, schema);
});

test('src/generated/ is what data/ generates, and a change to the JSON makes it stale', async () => {
  const files = await dataFiles();
  assert.deepEqual(files, [DATA]);
  assert.deepEqual(await staleModules(files), []);
  const { dir, file } = await corruptedCopy();
  try {
    const modules = await generatedModules([file]);
    const figures = modules['src/generated/figures.ts'];
    assert.match(figures, /value: 14000000,/);
    assert.notEqual(figures, await readFile(`${packageDir}src/generated/figures.ts`, 'utf8'));
    assert.equal(
      modules['src/generated/people.ts'],
      await readFile(`${packageDir}src/generated/people.ts`, 'utf8').then((code) =>
        code.replace(DATA, file),
      ),
    );
  } finally {
    await rm(dir, { recursive: true });
  }
});

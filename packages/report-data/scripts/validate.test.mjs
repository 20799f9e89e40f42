// `node --test`: the data file passes the validation the build runs, and broken files are
// rejected with errors a person can act on. The fixtures sit in src/fixtures and never ship.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createValidator, loadSchema } from './validate.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const schema = await loadSchema();
const check = await createValidator(schema);

test('the report’s data file is valid', async () => {
  assert.deepEqual(await check(`${packageDir}data/monde-social-numerique-2020.json`), []);
});

test('a figure that loses its source is rejected, with the path of the figure', async () => {
  assert.deepEqual(await check(`${packageDir}src/fixtures/broken-figure-without-source.json`), [
    "/figures/0 must have required property 'source'",
  ]);
});

test('wrong types, unknown values, stray fields, dangling references and repeats are each named', async () => {
  assert.deepEqual(await check(`${packageDir}src/fixtures/broken-wrong-types.json`), [
    '/figures/0 must NOT have additional properties: "sauce"',
    '/figures/0/kind must be equal to one of the allowed values (count, percent, currency, ratio, multiplier)',
    '/figures/0/value must be number',
    '/figures/0/date must match pattern "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"',
    '/quotes/0/text/en must NOT have fewer than 1 characters',
    '/people/1/id "cedric-o" is used twice',
    '/quotes/0/author "jean-deydier" is not a known person',
    '/report/opEdBy "cyril-garcia" is not a known person',
  ]);
});

test('the schema closes every object and narrows every id', async () => {
  const figure = schema.properties.figures.items;
  assert.equal(figure.additionalProperties, false);
  assert.deepEqual(figure.properties.id.enum, [
    'plan-de-relance-numerique',
    'eloignes-du-numerique',
    'decrochage-scolaire',
    'emplois-competences-numeriques',
    'competences-numeriques-de-base',
    'teleconsultations',
  ]);
  assert.ok(figure.required.includes('source'));
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

// The one validation of the data, shared by the build (`build.mjs`) and the Node tests
// (`validate.test.mjs`): the JSON Schema generated from `src/schema.ts`, checked by ajv,
// plus what JSON Schema cannot say (unique ids, references that resolve).
//
// Why Node and not the browser tests: ajv ships as CommonJS only, and the test runner's dev
// server resolves bare imports but does not convert CommonJS, so ajv cannot load there.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Ajv } from 'ajv';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * The JSON Schema of a data file, from `src/schema.ts`. esbuild bundles the TypeScript
 * (TypeBox included) in memory, so no build has to run first.
 */
export async function loadSchema() {
  const result = await build({
    entryPoints: [`${packageDir}src/schema.ts`],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const module = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  );
  // A round trip through JSON drops TypeBox's symbol keys: what ajv checks is exactly what
  // `dist/schema.json` contains.
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...JSON.parse(JSON.stringify(module.ReportDataSchema)),
  };
}

/** Reads one ajv error as a person would: where, what is wrong, what was expected. */
function describe(error) {
  const where = error.instancePath || '(root)';
  const detail =
    error.keyword === 'enum'
      ? ` (${error.params.allowedValues.join(', ')})`
      : error.keyword === 'additionalProperties'
        ? `: "${error.params.additionalProperty}"`
        : '';
  return `${where} ${error.message}${detail}`;
}

/** Ids that must be unique, and references that must point to an existing record. */
function checkIntegrity(data) {
  const problems = [];
  const ids = (list) => new Set((list ?? []).map((record) => record.id));
  for (const key of ['sources', 'themes', 'figures', 'quotes', 'people']) {
    const seen = new Set();
    (data[key] ?? []).forEach((record, index) => {
      if (seen.has(record.id)) problems.push(`/${key}/${index}/id "${record.id}" is used twice`);
      seen.add(record.id);
    });
  }
  const sources = ids(data.sources);
  const themes = ids(data.themes);
  const people = ids(data.people);
  const refer = (where, id, known, what) => {
    if (id !== undefined && !known.has(id))
      problems.push(`${where} "${id}" is not a known ${what}`);
  };
  (data.figures ?? []).forEach((figure, index) => {
    refer(`/figures/${index}/source`, figure.source, sources, 'source');
    refer(`/figures/${index}/theme`, figure.theme, themes, 'theme');
  });
  (data.quotes ?? []).forEach((quote, index) => {
    refer(`/quotes/${index}/source`, quote.source, sources, 'source');
    refer(`/quotes/${index}/author`, quote.author, people, 'person');
  });
  refer('/report/prefaceBy', data.report?.prefaceBy, people, 'person');
  refer('/report/opEdBy', data.report?.opEdBy, people, 'person');
  (data.report?.themes ?? []).forEach((theme, index) =>
    refer(`/report/themes/${index}`, theme, themes, 'theme'),
  );
  return problems;
}

/** A validator for data files: `check(path)` resolves to the list of problems (empty: valid). */
export async function createValidator(schema) {
  const validate = new Ajv({ allErrors: true, strict: true }).compile(
    schema ?? (await loadSchema()),
  );
  return async function check(path) {
    let data;
    try {
      data = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      return [`not readable JSON: ${error.message}`];
    }
    const problems = validate(data) ? [] : validate.errors.map(describe);
    problems.push(...checkIntegrity(data));
    const expected = `${data.report?.id}.json`;
    if (basename(path) !== expected && !basename(path).startsWith('broken-')) {
      problems.push(`the file name should be the report id: ${expected}`);
    }
    return problems;
  };
}

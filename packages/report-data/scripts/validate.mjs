// The one validation of the data, shared by the build (`build.mjs`), the generator
// (`generate.mjs`) and the Node tests (`validate.test.mjs`): the JSON Schema generated from
// `src/schema.ts`, checked by ajv, plus what JSON Schema cannot say (unique ids, references
// that resolve within the report, records that belong to their file's report) and, across
// files, that no report redefines another's records.
//
// Why Node and not the browser tests: ajv ships as CommonJS only, and the test runner's dev
// server resolves bare imports but does not convert CommonJS, so ajv cannot load there.
import { readFile } from 'node:fs/promises';
import { basename, isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Ajv } from 'ajv';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Bundles a TypeScript module of `src/` (TypeBox included) in memory and imports it. */
export async function importSource(file) {
  const result = await build({
    entryPoints: [`${packageDir}${file}`],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** The JSON Schema of a data file, from `src/schema.ts`; no build has to run first. */
export async function loadSchema() {
  const module = await importSource('src/schema.ts');
  // A round trip through JSON drops TypeBox's symbol keys: what ajv checks is exactly what
  // `dist/schema.json` contains.
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...JSON.parse(JSON.stringify(module.ReportDataSchema)),
  };
}

/** What each list holds, for messages: `figure "teleconsultations"`. */
const RECORD_NAMES = {
  sources: 'source',
  themes: 'theme',
  figures: 'figure',
  quotes: 'quote',
  people: 'person',
};

/** `/figures/3 figure "x"`: the record a JSON path points into, by its list and id. */
function recordAt(path, data) {
  const match = /^\/(sources|themes|figures|quotes|people)\/(\d+)/.exec(path);
  if (!match) return { where: path.split('/').slice(0, 2).join('/') || '(root)', rest: path };
  const [prefix, list, index] = match;
  const id = data?.[list]?.[Number(index)]?.id;
  const name = typeof id === 'string' ? ` ${RECORD_NAMES[list]} "${id}"` : '';
  return { where: `${prefix}${name}`, rest: path.slice(prefix.length) };
}

/** The `description` of the `allOf` rule an error comes from, if any. */
function ruleOf(error, schema) {
  const match = /^(.*\/allOf\/\d+)\//.exec(error.schemaPath);
  if (!match) return undefined;
  let node = schema;
  for (const key of match[1].replace(/^#\//, '').split('/')) node = node?.[key];
  return node?.description;
}

/** The value at a JSON pointer of the data. */
function valueAt(pointer, data) {
  return pointer
    .split('/')
    .slice(1)
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((node, key) => node?.[key], data);
}

/** The `description` of the schema an enum error comes from (its list is too long to print). */
function ruleOfEnum(error, schema) {
  let node = schema;
  for (const key of error.schemaPath.replace(/^#\//, '').split('/').slice(0, -1))
    node = node?.[key];
  return node?.description ?? 'one of the allowed values';
}

/**
 * Reads one ajv error as a person would: the record (list, index and id), the field, what
 * is wrong, and for a per-kind rule the rule itself.
 */
function describe(error, data, schema) {
  const { where, rest } = recordAt(error.instancePath, data);
  const field =
    error.keyword === 'required'
      ? [rest, error.params.missingProperty].filter(Boolean).join('/').replace(/^\//, '')
      : rest.replace(/^\//, '');
  let message = error.message;
  if (error.keyword === 'required') message = 'is required';
  if (error.keyword === 'additionalProperties') {
    message = `is not a field of the model: "${error.params.additionalProperty}"`;
  }
  if (error.keyword === 'enum') {
    const allowed = error.params.allowedValues;
    message =
      allowed.length > 12
        ? `must be ${ruleOfEnum(error, schema)}`
        : `must be one of ${allowed.join(', ')}`;
    message += `, not ${JSON.stringify(valueAt(error.instancePath, data))}`;
  }
  const rule = ruleOf(error, schema);
  return `${where}: ${field ? `"${field}" ` : ''}${message}${rule ? `: ${rule}` : ''}`;
}

/**
 * Within one report: ids unique in each list, every record belonging to the report of its
 * file, references that resolve to records of the same report, and exactly one source that
 * is the report itself.
 */
function checkIntegrity(data, rangeRule) {
  const problems = [];
  const reportId = data.report?.id;
  for (const list of Object.keys(RECORD_NAMES)) {
    const first = new Map();
    (data[list] ?? []).forEach((record, index) => {
      const { where } = recordAt(`/${list}/${index}`, data);
      if (first.has(record.id)) {
        problems.push(`${where}: "id" is used twice (first at /${list}/${first.get(record.id)})`);
      } else first.set(record.id, index);
      if (record.report !== undefined && record.report !== reportId) {
        problems.push(
          `${where}: "report" is "${record.report}", but this file is report "${reportId}"`,
        );
      }
    });
  }
  const ownSources = (data.sources ?? []).filter((source) => source.isReport === true);
  if (ownSources.length !== 1) {
    problems.push(
      `/sources: exactly one source must be the report itself ("isReport": true), not ${ownSources.length}${ownSources.length ? ` (${ownSources.map((source) => source.id).join(', ')})` : ''}`,
    );
  }
  const ids = (list) => new Set((data[list] ?? []).map((record) => record.id));
  const known = { sources: ids('sources'), themes: ids('themes'), people: ids('people') };
  const refer = (path, field, id, list) => {
    if (id !== undefined && !known[list].has(id)) {
      const { where } = recordAt(path, data);
      problems.push(`${where}: "${field}" "${id}" is not a ${RECORD_NAMES[list]} of this report`);
    }
  };
  (data.sources ?? []).forEach((source, index) => {
    refer(`/sources/${index}`, 'citedBy', source.citedBy, 'sources');
    if (source.citedBy !== undefined && source.citedBy === source.id) {
      const { where } = recordAt(`/sources/${index}`, data);
      problems.push(`${where}: "citedBy" names the source itself`);
    }
  });
  (data.figures ?? []).forEach((figure, index) => {
    const { value, valueMax } = figure;
    if (typeof value === 'number' && typeof valueMax === 'number' && valueMax < value) {
      const { where } = recordAt(`/figures/${index}`, data);
      problems.push(`${where}: "valueMax" must be >= ${value}: ${rangeRule}`);
    }
    refer(`/figures/${index}`, 'source', figure.source, 'sources');
    refer(`/figures/${index}`, 'theme', figure.theme, 'themes');
  });
  (data.quotes ?? []).forEach((quote, index) => {
    refer(`/quotes/${index}`, 'source', quote.source, 'sources');
    refer(`/quotes/${index}`, 'author', quote.author, 'people');
  });
  refer('/report', 'prefaceBy', data.report?.prefaceBy, 'people');
  refer('/report', 'opEdBy', data.report?.opEdBy, 'people');
  (data.report?.themes ?? []).forEach((theme, index) =>
    refer('/report', `themes/${index}`, theme, 'themes'),
  );
  return problems;
}

/** A validator for report data: `check(path or data)` resolves to its problems (empty: valid). */
export async function createValidator(schema) {
  const model = schema ?? (await loadSchema());
  const { RANGE_RULE } = await importSource('src/schema.ts');
  // No `$data`: the schema is standard draft-07, and the rule across two fields (a range)
  // is checkIntegrity's. `strictRequired: false` (ajv's default): a per-kind rule requires
  // a field that the figure's own `properties` define, one level up.
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  const validate = ajv.compile(model);
  /** `source`: a file's path, or the data itself (then the file name is not checked). */
  return async function check(source) {
    let data = source;
    if (typeof source === 'string') {
      try {
        data = JSON.parse(await readFile(source, 'utf8'));
      } catch (error) {
        return [`not readable JSON: ${error.message}`];
      }
    }
    const problems = validate(data)
      ? []
      : validate.errors
          // An `if` error only repeats that its `then` failed, which the error before said.
          .filter((error) => error.keyword !== 'if')
          .map((error) => describe(error, data, model));
    problems.push(...checkIntegrity(data, RANGE_RULE));
    const expected = `${data.report?.id}.json`;
    const name = typeof source === 'string' ? basename(source) : expected;
    if (name !== expected && !name.startsWith('broken-')) {
      problems.push(`the file name should be the report id: ${expected}`);
    }
    return problems;
  };
}

/** A path as messages show it: relative to the package when inside it. */
const shown = (file) => {
  const absolute = isAbsolute(file) ? file : `${packageDir}${file}`;
  const inside = relative(packageDir, absolute);
  return inside.startsWith('..') ? absolute : inside;
};

/**
 * Validates report files together, as the build does: each file alone, then across files:
 * a report id, or a record id of the same report, defined in two files is an error naming
 * both files and the id (the last file would otherwise silently win).
 * @param files - paths, relative to the package or absolute
 * @returns the problems, each starting with its file; empty when every file is valid
 */
export async function checkReports(files, schema) {
  const check = await createValidator(schema);
  const problems = [];
  const defined = new Map();
  const define = (key, file, what) => {
    const first = defined.get(key);
    if (first === undefined) defined.set(key, file);
    // A repeat inside one file is the integrity check's ("is used twice").
    else if (first !== file) problems.push(`${what} is defined in both ${first} and ${file}`);
  };
  for (const file of files) {
    const path = isAbsolute(file) ? file : `${packageDir}${file}`;
    const own = await check(path);
    problems.push(...own.map((problem) => `${shown(file)}: ${problem}`));
    let data;
    try {
      data = JSON.parse(await readFile(path, 'utf8'));
    } catch {
      continue;
    }
    const report = data.report?.id;
    define(`report ${report}`, shown(file), `report "${report}"`);
    for (const [list, name] of Object.entries(RECORD_NAMES)) {
      for (const record of data[list] ?? []) {
        define(
          `${report} ${list} ${record.id}`,
          shown(file),
          `${name} "${record.id}" of report "${report}"`,
        );
      }
    }
  }
  if (files.length === 0) problems.push('no data file: data/ holds one JSON file per report');
  return problems;
}

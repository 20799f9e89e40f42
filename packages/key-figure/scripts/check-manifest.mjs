// Fails the build when custom-elements.json (written by `cem analyze` from the JSDoc of
// src/key-figure.ts) misses part of the element's public API: an attribute of SPEC.md, a
// part used in the template, a --relais-* property read by the styles, the relais-error
// event or the fallback slot. Storybook's controls and the README come from the manifest,
// so a gap here is a gap in the docs.
import { readFileSync } from 'node:fs';
import { expectedReadme } from './api-docs.mjs';

const read = (path) => readFileSync(new URL(path, import.meta.url), 'utf8');
const manifest = JSON.parse(read('../custom-elements.json'));
const element = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.tagName === 'relais-key-figure');

const problems = [];
if (!element) problems.push('no declaration with tagName relais-key-figure (@tagname missing?)');

/** The public attributes, as SPEC.md lists them, plus the options of this element. */
const ATTRIBUTES = [
  'figure',
  'value',
  'value-max',
  'kind',
  'currency',
  'denominator',
  'unit',
  'compare-value',
  'compare-label',
  'label',
  'source',
  'source-url',
  'animate',
  'size',
  'theme',
];
const template = read('../src/key-figure.ts');
const parts = [...template.matchAll(/part="([\w-]+)"/g)].map((match) => match[1]);
const styles = read('../src/key-figure.styles.ts') + read('../../core/src/styles.ts');
const properties = [
  ...new Set([...styles.matchAll(/var\(\s*(--relais-[\w-]+)/g)].map((m) => m[1])),
];

const names = (list = []) => list.map((item) => item.name);
const documented = (list = []) =>
  list.filter((item) => item.description?.trim()).map((item) => item.name);
const expectAll = (kind, wanted, list) => {
  for (const name of wanted) {
    if (!names(list).includes(name)) problems.push(`${kind} ${name} is not in the manifest`);
    else if (!documented(list).includes(name)) problems.push(`${kind} ${name} has no description`);
  }
};

if (element) {
  expectAll('attribute', ATTRIBUTES, element.attributes);
  expectAll('part', parts, element.cssParts);
  expectAll('CSS property', properties, element.cssProperties);
  expectAll('event', ['relais-error'], element.events);
  expectAll('slot', [''], element.slots);
}

if (element) {
  const { current, expected } = expectedReadme(element);
  // Prettier may re-wrap the tables; compare the words, not the spacing.
  const words = (text) => text.replace(/[\s|-]+/g, ' ');
  if (words(current) !== words(expected)) {
    problems.push('README.md API tables are out of date: run `npm run docs -w @relais/key-figure`');
  }
}

if (problems.length) {
  console.error(`custom-elements.json is incomplete:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `custom-elements.json documents ${ATTRIBUTES.length} attributes, ${parts.length} parts, ` +
    `${properties.length} CSS properties, the relais-error event and the fallback slot.`,
);

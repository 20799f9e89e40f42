// What the guides show, read from the repository at build time so that they cannot drift
// from it: README sections, package versions, the changelogs (or the changesets waiting
// for the next release), and the names of the tests that check each promise.

import { getCitingSource, getSource } from '@relais/report-data';

const readmes = import.meta.glob<string>('../packages/*/README.md', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const packageJsons = import.meta.glob<{ name: string; version: string; private?: boolean }>(
  '../packages/*/package.json',
  { eager: true, import: 'default' },
);
const changelogs = import.meta.glob<string>('../packages/*/CHANGELOG.md', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const changesets = import.meta.glob<string>(['../.changeset/*.md', '!../.changeset/README.md'], {
  eager: true,
  query: '?raw',
  import: 'default',
});
const elementTests = import.meta.glob<string>('../packages/*/src/*.test.ts', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const pageTests = import.meta.glob<string>(
  ['../packages/*/scripts/*.test.mjs', '../apps/*/e2e/*.test.mjs', '../scripts/*.test.mjs'],
  { eager: true, query: '?raw', import: 'default' },
);

const folderOf = (path: string): string => path.split('/').at(-3) ?? path;

/**
 * One section of a package's README, without its heading: from `heading` to the next
 * heading of the same or a higher level. Empty when the README has no such section.
 */
export function readmeSection(packageFolder: string, heading: string): string {
  const readme = readmes[`../packages/${packageFolder}/README.md`] ?? '';
  const lines = readme.split('\n');
  const start = lines.findIndex(
    (line) => /^#{2,4} /.test(line) && line.replace(/^#+ /, '') === heading,
  );
  if (start === -1) return '';
  const level = (lines[start] ?? '').indexOf(' ');
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => {
    const match = /^(#+) /.exec(line);
    return match?.[1] !== undefined && match[1].length <= level;
  });
  return (end === -1 ? rest : rest.slice(0, end)).join('\n').trim();
}

/** The public packages and their versions, as npm will serve them. */
export const packages = Object.values(packageJsons)
  .filter((pkg) => !pkg.private)
  .map(({ name, version }) => ({ name, version }))
  .sort((a, b) => a.name.localeCompare(b.name));

/** The released history: each package's CHANGELOG.md, written by changesets. */
export const releasedChangelogs = Object.entries(changelogs).map(([path, text]) => ({
  package: `@relais/${folderOf(path)}`,
  text: text.replace(/^# .*\n/, '').trim(),
}));

/** Changesets not yet released: which packages they move, how, and what they say. */
export const pendingChangesets = Object.entries(changesets)
  .map(([path, text]) => {
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const bumps = [...front.matchAll(/^['"]?([^'":]+)['"]?:\s*(major|minor|patch)/gm)].map(
      ([, name, bump]) => `${name} (${bump})`,
    );
    return { file: path.replace('../', ''), bumps, summary: body.trim() };
  })
  .sort((a, b) => a.file.localeCompare(b.file));

/** The titles of `describe`, `it` and `test` calls in a test file. */
function titles(source: string): string[] {
  return [...source.matchAll(/\b(?:describe|it|test)\(\s*(['`"])((?:(?!\1).)+)\1/g)].map(
    ([, , title = '']) => title.replace(/\$\{[^}]*\}/g, '…'),
  );
}

/** Each test file and what it checks, element tests first, then page and end-to-end tests. */
export const testCatalogue = [...Object.entries(elementTests), ...Object.entries(pageTests)].map(
  ([path, source]) => ({ file: path.replace('../', ''), titles: titles(source) }),
);

/** The test catalogue as Markdown, so that the docs theme styles it like the rest. */
export const testCatalogueMarkdown = testCatalogue
  .map(
    ({ file, titles }) =>
      `#### \`${file}\` (${titles.length})\n\n${titles.map((title) => `- ${title}`).join('\n')}`,
  )
  .join('\n\n');

/**
 * A source's French name, and the document that cites it: « Union européenne, cité par
 * WeTechCare, rapport « … » ». What the Data guide's table of figures shows.
 */
export function sourceWithCiting(id: string): string {
  const source = getSource(id);
  const citing = getCitingSource(source);
  const name = source?.name.fr ?? '';
  return citing ? `${name}, cité par ${citing.name.fr}` : name;
}

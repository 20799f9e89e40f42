// The list and the documents agree with what ships: relais.js holds every element package of
// the repository, and what packages/embed/README.md tells partners to paste is what the
// build writes and what the end-to-end tests prove (the snippet stylesheet, the CSP).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIST, ELEMENTS, ROOT, partnerCsp } from './harness.mjs';

const README = readFileSync(join(ROOT, 'packages/embed/README.md'), 'utf8');
/** CSS without comments or spaces, and without the last `;` of a block. */
const bare = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, '')
    .replaceAll(';}', '}');

test('the README shows rules of the snippet stylesheet as the build writes them (dist/relais.css)', () => {
  const built = bare(readFileSync(join(DIST, 'relais.css'), 'utf8'));
  const section = README.slice(README.indexOf('## No layout shift'));
  const block = section.match(/```css\n([\s\S]*?)```/)?.[1] ?? '';
  // Each rule shown (the shortened parts are comments), and every rule that is not a room.
  const shown = bare(block)
    .replace(/@media\([^)]*\)\{\}/, '')
    .split(/(?<=\})/)
    .filter(Boolean);
  assert.ok(shown.length >= 4, block);
  for (const rule of shown) assert.ok(built.includes(rule), `${rule} is not in relais.css`);
  for (const rule of built.split(/(?<=\})/).filter((text) => !/^(relais-|@media|\}$)/.test(text)))
    assert.ok(shown.includes(rule), `the README leaves out ${rule}`);
});

test('the README gives the Content-Security-Policy the hostile page is tested under', () => {
  const advised = partnerCsp('https://cdn.jsdelivr.net/npm/@relais/embed@1/dist/');
  assert.ok(README.includes(advised), advised);
});

test('relais.js holds every element package of the repository (packages/embed/src/elements.json)', () => {
  const elementPackages = readdirSync(join(ROOT, 'packages'))
    .map((folder) => join(ROOT, 'packages', folder, 'package.json'))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')))
    .filter((manifest) => typeof manifest.customElements === 'string' && !manifest.private)
    .map((manifest) => manifest.name)
    .sort();
  assert.deepEqual(ELEMENTS.map((element) => element.package).sort(), elementPackages);
});

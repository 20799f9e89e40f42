// What packages/embed/README.md tells partners to paste is what the build ships and what
// the end-to-end tests prove: the snippet stylesheet and the Content-Security-Policy.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIST, ROOT, partnerCsp } from './harness.mjs';

const README = readFileSync(join(ROOT, 'packages/embed/README.md'), 'utf8');
/** CSS without comments or spaces, and without the last `;` of a block. */
const bare = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, '')
    .replaceAll(';}', '}');

test('the README shows the snippet stylesheet the build writes (dist/relais.css)', () => {
  const blocks = [...README.matchAll(/```css\n([\s\S]*?)```/g)].map((match) => bare(match[1]));
  assert.ok(
    blocks.includes(bare(readFileSync(join(DIST, 'relais.css'), 'utf8'))),
    blocks.join('\n'),
  );
});

test('the README gives the Content-Security-Policy the hostile page is tested under', () => {
  assert.ok(README.includes(partnerCsp('<cdn origin>')), partnerCsp('<cdn origin>'));
});

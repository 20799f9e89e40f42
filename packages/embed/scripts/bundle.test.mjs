// The CSS and HTML template minifiers of dist/ (scripts/bundle.mjs): what they remove and what they must keep.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { SourceMapConsumer } from 'source-map-js';
import { PACKAGE_DIR, minifyCssLiterals, minifyHtmlLiterals } from './bundle.mjs';

const minified = (code) => minifyCssLiterals().transform(code, 'styles.js')?.code ?? code;

test('a comment holding an apostrophe goes, and so does the whitespace after it', () => {
  const out = minified(
    [
      'const s = css`',
      "  /* the snippet's reserved room */",
      '  .figure {',
      '    position: relative;',
      '    margin: 0;',
      '  }',
      "  /* a theme's div */",
      '  p { margin: 0; }',
      '`;',
    ].join('\n'),
  );
  assert.equal(out, 'const s = css`.figure{position:relative;margin:0}p{margin:0}`;');
});

test('quoted strings and interpolations stay exactly as written', () => {
  const out = minified(
    "const s = css`\n  .a::before { content: '/* not a comment */  x'; }\n  ${unsafeCSS(y)}   .b { color: red; }\n`;",
  );
  assert.equal(
    out,
    "const s = css`.a::before{content:'/* not a comment */  x'}${unsafeCSS(y)} .b{color:red}`;",
  );
});

// The html`…` whitespace collapser of dist/ (scripts/bundle.mjs).
const collapsed = (code) => minifyHtmlLiterals().transform(code, 'element.js')?.code ?? code;

test('indentation inside html templates becomes one space, interpolations untouched', () => {
  const out = collapsed(
    [
      'const t = html`',
      '  <p class="statement">',
      '    <span class="spoken"',
      '      >${a ? html`',
      '          <b>${a}</b>',
      '        ` : nothing}</span',
      '    >',
      '    text  kept   as   written',
      '  </p>',
      '`;',
    ].join('\n'),
  );
  assert.equal(
    out,
    'const t = html` <p class="statement"> <span class="spoken">${a ? html` <b>${a}</b> ` : nothing}</span> text  kept   as   written </p> `;',
  );
});

test('only html templates change: css, other tags and plain strings stay as written', () => {
  const code = 'const a = svg`\n  <g></g>\n`; const b = `\n  x\n`; const c = css`\n  p {}\n`;';
  assert.equal(collapsed(code), code);
});

test('a line continuation inside a template is left exactly as written', () => {
  const code = 'const t = html`<p>a\\\n  b</p>`;';
  assert.equal(collapsed(code), code);
});

test('the source map follows the collapsed template', () => {
  const result = minifyHtmlLiterals().transform(
    'const t = html`\n  <p>${x}</p>\n`;\nlater();',
    'e.js',
  );
  assert.equal(result.code, 'const t = html` <p>${x}</p> `;\nlater();');
  assert.equal(result.map.sources[0], 'e.js');
  assert.ok(result.map.mappings.includes(';'), 'the line after the template is still mapped');
});

/** Where `needle` is in `code` (1-based line, 0-based column, as source maps count), or undefined. */
function positionOf(code, needle, from = 0) {
  const index = code.indexOf(needle, from);
  if (index < 0) return undefined;
  const before = code.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1).length };
}

test('the source map follows the minified css template, and the code after it', () => {
  const code = [
    'const s = css `',
    '  /* the host */',
    '  :host {',
    '    display: block;',
    '  }',
    '  p { color: red; }',
    '`;',
    'later();',
  ].join('\n');
  const result = minifyCssLiterals().transform(code, 'styles.js');
  assert.equal(result.code, 'const s = css`:host{display:block}p{color:red}`;\nlater();');
  const map = new SourceMapConsumer(result.map);
  const from = (needle) => map.originalPositionFor(positionOf(result.code, needle));
  assert.deepEqual(from('later'), { source: 'styles.js', line: 8, column: 0, name: null });
  // Each kept character where it was written: the property on line 4, the rule on line 6.
  assert.deepEqual(
    [from('display'), from('color:red')].map(({ line, column }) => [line, column]),
    [
      [4, 4],
      [6, 6],
    ],
  );
});

test('a template already minified is left alone (no edit, no map)', () => {
  assert.equal(minifyCssLiterals().transform('const s = css`p{margin:0}`;', 's.js'), null);
});

// relais.js as built: a position maps back to its module and line. Terser keeps a template
// literal as one token, so a character of minified CSS maps to the line its template starts
// on. Without the minifier's map, every template after the first of a module moved up by the
// lines the first one lost (containerStyles mapped inside baseStyles, line 17 for 69).
const relais = `${PACKAGE_DIR}dist/relais.js`;
const notBuilt = !existsSync(`${relais}.map`);
test(
  'a position in the built relais.js maps back to its source line',
  { skip: notBuilt && !process.env.CI ? 'not built yet (npx turbo run build)' : false },
  () => {
    assert.ok(!notBuilt, `${relais}.map: build before this test (CI)`);
    const code = readFileSync(relais, 'utf8');
    const map = new SourceMapConsumer(JSON.parse(readFileSync(`${relais}.map`, 'utf8')));
    const lineOf = (file, needle) => {
      const lines = readFileSync(new URL(file, `file://${PACKAGE_DIR}dist/`), 'utf8').split('\n');
      const index = lines.findIndex((line) => line.includes(needle));
      assert.ok(index >= 0, `${needle} in ${file}`);
      return index + 1;
    };
    const cases = [
      // The second css template of core's styles, after a template of some 50 lines.
      ['container-type:inline-size', '../../core/dist/styles.js', 'containerStyles = css'],
      ['border-end-end-radius', '../../core/dist/styles.js', 'cardStyles = css'],
      // The tag name, in the registration of an element.
      ['"relais-key-figure"', '../../key-figure/dist/define.js', "'relais-key-figure'"],
    ];
    for (const [needle, source, sourceNeedle] of cases) {
      const at = positionOf(code, needle);
      assert.ok(at, `${needle} is in relais.js`);
      const original = map.originalPositionFor(at);
      assert.equal(original.source, source, needle);
      assert.equal(original.line, lineOf(source, sourceNeedle), `${needle}: its line in ${source}`);
    }
  },
);

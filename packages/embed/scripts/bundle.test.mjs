// The CSS and HTML template minifiers of dist/ (scripts/bundle.mjs): what they remove and what they must keep.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCssLiterals, minifyHtmlLiterals } from './bundle.mjs';

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

// The CSS minifier of dist/ (scripts/bundle.mjs): what it removes and what it must keep.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCssLiterals } from './bundle.mjs';

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

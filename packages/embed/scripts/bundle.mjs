// How every file of dist/ is bundled: one place, used by rollup.config.mjs and by the size
// report (which bundles Lit alone the same way, for comparison).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import MagicString from 'magic-string';
import { transform } from 'esbuild';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';

export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${PACKAGE_DIR}package.json`, 'utf8'));
export const VERSION = pkg.version;

/**
 * The elements the bundle holds: one entry per element in src/elements.json. `name` is the
 * file of its own bundle: `@relais/key-figure` → dist/elements/key-figure.js.
 */
export const ELEMENTS = JSON.parse(readFileSync(`${PACKAGE_DIR}src/elements.json`, 'utf8')).map(
  (element) => ({ ...element, name: element.package.replace(/^@relais\//, '') }),
);
for (const element of ELEMENTS) {
  // turbo builds an element before this bundle only if it is a (dev) dependency.
  if (!pkg.devDependencies?.[element.package]) {
    throw new Error(`${element.package} is in src/elements.json: add it to devDependencies.`);
  }
}

/**
 * What the script-tag files must parse in: ES2021, the language of Safari 14, Chrome 85 and
 * Firefox 79. The people the report is about keep their phones for years; a file with one
 * ES2022 construct (a class field, a `static {}` block, `#private`, `at()` is fine: that is
 * a method, not syntax) is a syntax error there, and the page shows only the fallback. The
 * npm packages stay modern: a partner's own bundler targets what the partner supports.
 */
export const TARGET = 'es2021';
const ECMA_VERSION = 2021;

const BANNER = `/*! @relais/embed ${VERSION} | MIT | includes Lit, BSD-3-Clause, Google LLC */`;

/** Compiles this package's own TypeScript (the entry) with esbuild; tsc is not needed. */
function typescript() {
  return {
    name: 'relais-typescript',
    resolveId(source, importer) {
      if (!importer?.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) {
        return null;
      }
      const file = fileURLToPath(new URL(source.replace(/\.js$/, '.ts'), `file://${importer}`));
      return existsSync(file) ? file : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(code, {
        loader: 'ts',
        target: 'es2022',
        sourcemap: true,
        sourcefile: id,
        tsconfigRaw: {
          compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
        },
      });
      return { code: result.code, map: result.map };
    },
  };
}

/**
 * Lowers the whole chunk (Lit's sources and ours) to TARGET before terser minifies it:
 * Lit 3 ships ES2022 (class fields, `static {}` blocks), which old engines cannot parse.
 */
function lowerSyntax() {
  return {
    name: 'relais-lower-syntax',
    async renderChunk(code, chunk) {
      const result = await transform(code, {
        loader: 'js',
        format: 'esm',
        target: TARGET,
        sourcemap: true,
        sourcefile: chunk.fileName,
      });
      return { code: result.code, map: result.map };
    },
  };
}

/**
 * Fails the build unless every chunk parses as ES2021 (acorn, `ecmaVersion: 2021`), after
 * minification: what the browser gets is what is checked.
 */
export function parsesAt(code, ecmaVersion = ECMA_VERSION) {
  try {
    parse(code, { ecmaVersion, sourceType: 'module' });
    return undefined;
  } catch (error) {
    const { line, column } = error.loc ?? {};
    const lineText = code.split('\n')[line - 1] ?? '';
    return `${error.message}: …${lineText.slice(Math.max(0, column - 40), column + 40)}…`;
  }
}

function checkSyntax() {
  return {
    name: 'relais-check-syntax',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const problem = parsesAt(chunk.code);
        if (problem) {
          this.error(`dist/${chunk.fileName} does not parse as ES${ECMA_VERSION}: ${problem}`);
        }
      }
    },
  };
}

/**
 * Minifies the CSS inside Lit's css`…` templates, which terser leaves as written (comments,
 * indentation). Only whitespace and comments go: no rule, value or selector is rewritten,
 * and a quoted string or an interpolation (`${…}`) is left exactly as it is.
 */
export function minifyCssLiterals() {
  const template = /\bcss\s*`((?:[^`\\$]|\\.|\$\{[^`{}]*\}|\$(?!\{))*)`/g;
  const kept = /('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\$\{[^`{}]*\})/;
  // Comments go first, in one left-to-right scan with the strings: an apostrophe inside a
  // comment ("the snippet's room") must not be read as the start of a string.
  const withoutComments = (text) =>
    text.replace(new RegExp(`${kept.source}|/\\*[\\s\\S]*?\\*/`, 'g'), (_, keep) => keep ?? ' ');
  const minify = (text) =>
    withoutComments(text)
      .split(kept)
      .map((part, index) =>
        index % 2 === 1
          ? part
          : part
              .replace(/\s+/g, ' ')
              .replace(/\s*([{};])\s*/g, '$1')
              .replace(/,\s+/g, ',')
              .replace(/:\s+/g, ':')
              .replace(/;}/g, '}'),
      )
      .join('')
      .trim();
  return {
    name: 'relais-minify-css-literals',
    transform(code, id) {
      if (!/\.[jt]s$/.test(id) || !code.includes('css')) return null;
      const out = new MagicString(code);
      for (const match of code.matchAll(template)) {
        const [whole, body] = match;
        const small = minify(body);
        if (small === body) continue;
        const tick = match.index + whole.indexOf('`');
        // `css \`` (as tsc writes it) becomes `css\``.
        if (tick > match.index + 3) out.remove(match.index + 3, tick);
        editTo(out, tick + 1, body, small);
      }
      if (!out.hasChanged()) return null;
      // The code moves (a template of 50 lines becomes one): without a map, every position
      // after it in relais.js.map would name the wrong line.
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}

/**
 * Edits `out` so that `body` (at `start`) reads `small`, character by character, so the source
 * map keeps each kept character at its place. The minifier only deletes (whitespace, comments,
 * a `;` before `}`) and turns a run of whitespace or a comment into one space, so `small` is
 * found in `body` from left to right; should that ever fail, the body is overwritten whole
 * (the text is the same, and positions after the template still map right).
 */
function editTo(out, start, body, small) {
  const edits = [];
  let at = 0;
  for (const char of small) {
    for (;;) {
      if (at >= body.length) return void out.overwrite(start, start + body.length, small);
      if (body.startsWith('/*', at)) {
        const end = body.indexOf('*/', at + 2) + 2;
        if (char === ' ') {
          edits.push([at, end, ' ']);
          at = end;
          break;
        }
        edits.push([at, end, '']);
        at = end;
      } else if (body[at] === char || (char === ' ' && /\s/.test(body[at]))) {
        if (body[at] !== char) edits.push([at, at + 1, char]);
        at += 1;
        break;
      } else if (/[\s;]/.test(body[at])) {
        edits.push([at, at + 1, '']);
        at += 1;
      } else {
        return void out.overwrite(start, start + body.length, small);
      }
    }
  }
  if (at < body.length) edits.push([at, body.length, '']);
  for (const [from, to, text] of edits) {
    if (text) out.overwrite(start + from, start + to, text);
    else out.remove(start + from, start + to);
  }
}

/**
 * Collapses the indentation inside Lit's html`…` templates, which terser leaves as written:
 * every run of whitespace that holds a line break becomes one space (none at all before a
 * tag's closing `>`). HTML renders a run of
 * spaces as one (no Relais template uses `white-space: pre`), so what the reader sees and
 * what assistive technology reads do not change; a template's parts and interpolations keep
 * their number and order, so Lit's bindings do not move. Templates are found by parsing
 * (nested templates inside `${…}` included), and the source map follows the edits.
 */
export function minifyHtmlLiterals() {
  // A line break before a tag's closing `>` (`</span\n  >`, as Prettier writes) goes entirely.
  const collapse = (raw) => raw.replace(/\s*\n\s*(?=>)/g, '').replace(/\s*\n\s*/g, ' ');
  return {
    name: 'relais-minify-html-literals',
    transform(code, id) {
      if (!/\.js$/.test(id) || !/\bhtml\s*`/.test(code)) return null;
      const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
      const out = new MagicString(code);
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (
          node.type === 'TaggedTemplateExpression' &&
          node.tag.type === 'Identifier' &&
          node.tag.name === 'html'
        ) {
          for (const quasi of node.quasi.quasis) {
            const raw = quasi.value.raw;
            // A backslash before a line break continues the line: left exactly as written.
            if (/\\\r?\n/.test(raw)) continue;
            const small = collapse(raw);
            if (small !== raw) out.overwrite(quasi.start, quasi.end, small);
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(ast);
      if (!out.hasChanged()) return null;
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}

/** A module made of `code`, resolved from src/ so that `@relais/*` imports find node_modules. */
function entry(code) {
  const id = `${PACKAGE_DIR}src/\0entry.js`;
  return {
    name: 'relais-entry',
    resolveId: (source) => (source === id ? id : null),
    load: (source) => (source === id ? code : null),
    id,
  };
}

/**
 * Rollup options for one self-contained, minified ES module: `code` is its entry, `file` its
 * path under dist/. Lit's production build is used (the `development` export condition is
 * never set), every import is bundled (a bare import left in the output fails the build),
 * and no plugin adds a network request.
 */
export function bundle({ code, file, plugins = [] }) {
  const input = entry(code);
  return {
    input: input.id,
    plugins: [
      input,
      typescript(),
      minifyCssLiterals(),
      minifyHtmlLiterals(),
      replace({
        preventAssignment: true,
        values: { __RELAIS_EMBED_VERSION__: VERSION },
      }),
      json({ preferConst: true }),
      nodeResolve({ exportConditions: ['browser', 'production'], browser: true }),
      lowerSyntax(),
      terser({
        ecma: ECMA_VERSION,
        module: true,
        compress: { passes: 2 },
        format: { comments: (_node, comment) => comment.value.startsWith('! @relais') },
      }),
      checkSyntax(),
      ...plugins,
    ],
    onwarn(warning) {
      // A warning here means a bare import left unbundled, a circular import or a
      // rewritten `this`: each would break a partner page, so each stops the build.
      throw new Error(`${warning.code}: ${warning.message}`);
    },
    output: {
      file: `${PACKAGE_DIR}dist/${file}`,
      format: 'es',
      sourcemap: true,
      banner: BANNER,
    },
  };
}

/** The entry of a bundle holding `elements`: the version under `Symbol.for('relais')`, then each element. */
export function elementsEntry(elements) {
  return [
    `export { VERSION } from '${PACKAGE_DIR}src/relais.ts';`,
    ...elements.map((element) => `import '${element.package}';`),
  ].join('\n');
}

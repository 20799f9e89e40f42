// Every French text a user sees or copies, read where it is written: the report's data, the
// elements' strings, the stories and the snippet generator, the catalogue's guides and panel,
// the partner demo, the React and Vue apps, the READMEs. It fails on an ordinary space where
// French typography wants a no-break one (scripts/french-typography.mjs). What code builds at
// run time (formatted numbers, generated snippets) is checked by the browser tests that
// build it (packages/core/src/typography.test.ts).
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { looksFrench, typographyProblems } from './french-typography.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The files a user reads from, by where they are; tests, fixtures and changelogs are not. */
const USER_FACING = [
  /^packages\/report-data\/data\/.+\.json$/,
  /^packages\/[^/]+\/src\/(?!.*\.test\.ts$)(?!fixtures\/)(?!generated\/).+\.ts$/,
  /^\.storybook\/.+\.(?:ts|mdx|html)$/,
  /^apps\/(?!.*\/e2e\/).+\.(?:html|tsx|ts|vue)$/,
  /(?:^|\/)README\.md$/,
];

const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => USER_FACING.some((pattern) => pattern.test(file)))
  .filter((file) => file !== '.changeset/README.md');

/** `{ line, text }` of each piece of text a file holds, with its line number. */
function textsOf(file, source) {
  if (file.endsWith('.json')) return jsonTexts(source);
  if (/\.(?:ts|tsx)$/.test(file)) return scriptTexts(file, source, 0);
  if (file.endsWith('.vue')) {
    const script = /<script[^>]*>([\s\S]*?)<\/script>/.exec(source);
    const offset = script ? source.slice(0, script.index).split('\n').length - 1 : 0;
    const template = source.replace(/<script[^>]*>[\s\S]*?<\/script>/, (block) =>
      block.replace(/[^\n]/g, ''),
    );
    return [
      ...lineTexts(template),
      ...(script ? scriptTexts(`${file}.ts`, script[1] ?? '', offset) : []),
    ];
  }
  return lineTexts(source);
}

/** The report's data: each French text, all of them French whatever their letters. */
function jsonTexts(source) {
  const texts = [];
  const lines = source.split('\n');
  lines.forEach((line, index) => {
    const fr = /"fr":\s*"((?:[^"\\]|\\.)*)"/.exec(line);
    if (fr) texts.push({ line: index + 1, text: JSON.parse(`"${fr[1]}"`), french: true });
  });
  return texts;
}

/** String literals, template pieces and JSX text: what a script shows or writes. */
function scriptTexts(file, source, lineOffset) {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const texts = [];
  const visit = (node) => {
    // Styles (css``) are read by the browser, not by anyone.
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(sourceFile) === 'css') return;
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      // Import paths and CSS are not read by anyone.
      if (!ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent)) {
        const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
        texts.push({ line: line + 1 + lineOffset, text: node.text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return texts;
}

/** Markup and prose: each line, French when it reads as French. */
function lineTexts(source) {
  return source.split('\n').map((text, index) => ({ line: index + 1, text }));
}

test('the user-facing files are found', () => {
  for (const expected of [
    'packages/report-data/data/monde-social-numerique-2020.json',
    'packages/core/src/strings.ts',
    'packages/interviewee-list/src/interviewee-list.strings.ts',
    '.storybook/findings.stories.ts',
    '.storybook/snippet-panel.ts',
    'apps/partner-demo/index.html',
    'apps/react-app/src/App.tsx',
    'apps/vue-app/src/App.vue',
    'README.md',
    'packages/key-figure/README.md',
  ]) {
    assert.ok(files.includes(expected), `${expected} is read`);
  }
});

for (const file of files) {
  test(`French typography: ${file}`, () => {
    const source = readFileSync(join(root, file), 'utf8');
    const found = [];
    for (const { line, text, french } of textsOf(file, source)) {
      for (const problem of typographyProblems(text, { french: french ?? looksFrench(text) })) {
        found.push(`${file}:${line}: ${problem.wants}: ${problem.excerpt}`);
      }
    }
    assert.deepEqual(found, [], `\n${found.join('\n')}`);
  });
}

test('the rules catch what they are for, and let French as it is printed pass', () => {
  const wants = (text) => typographyProblems(text).map((problem) => problem.wants);
  assert.deepEqual(wants('Qui a été interrogé ?'), ['a no-break space before « : ; ! ? % »']);
  assert.deepEqual(wants('Source : WeTechCare'), ['a no-break space before « : ; ! ? % »']);
  assert.deepEqual(wants('42 % des Européens'), ['a no-break space before « : ; ! ? % »']);
  assert.deepEqual(wants('« Monde social »'), [
    'a no-break space after «',
    'a no-break space before »',
  ]);
  assert.deepEqual(wants('«Monde social»'), [
    'a no-break space after «',
    'a no-break space before »',
  ]);
  assert.deepEqual(wants('13 millions de Français'), [
    'a no-break space between a number and its unit word',
  ]);
  assert.deepEqual(wants('1 200 personnes'), [
    'a no-break space between the groups of a number (« 1 200 »)',
    'a no-break space between a number and its unit word',
  ]);
  for (const printed of [
    'Qui a été interrogé\u202f?',
    'Source\u202f: WeTechCare',
    '42\u202f% des Européens (40\u00A0% en France)',
    '«\u202fMonde social\u202f»',
    '13\u00A0millions de Français',
    '9\u00A0emplois sur 10',
    'https://cdn.jsdelivr.net/npm/@relais/embed@1',
    '<relais-key-figure ?hidden=${x} :figure="id">',
    '21 septembre 2020',
  ]) {
    assert.deepEqual(typographyProblems(printed), [], printed);
  }
  // Outside French text, only the guillemets are French.
  assert.deepEqual(typographyProblems('a ? b : c', { french: false }), []);
});

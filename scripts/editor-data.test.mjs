// What editors are given about each element (`npx turbo run build` first): VS Code's custom
// data offers every value an enumerated attribute takes, as the manifest types it, and
// neither the manifest, JetBrains' web-types nor the React and Vue types show the internal event.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['key-figure', 'quote-card', 'interviewee-list'];

const readText = (name, file) => {
  const path = `${ROOT}packages/${name}/${file}`;
  assert.ok(existsSync(path), `${path} is missing: run \`npx turbo run build\` first`);
  return readFileSync(path, 'utf8');
};
const read = (name, file) => JSON.parse(readText(name, file));

/** `2 | 3 | '2' | 'x' | undefined` → ['2', '3', 'x']; undefined when a member is no literal. */
function literals(text) {
  const members = text
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member !== 'undefined' && member !== 'null');
  if (!members.every((member) => /^(?:'[^']*'|"[^"]*"|\d+)$/.test(member))) return undefined;
  return [...new Set(members.map((member) => member.replace(/^['"]|['"]$/g, '')))].sort();
}

for (const name of PACKAGES) {
  test(`@relais/${name}: VS Code offers each enumerated attribute's values, booleans take none`, () => {
    const manifest = read(name, 'custom-elements.json');
    const data = read(name, 'dist/html-custom-data.json');
    const checked = [];
    for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
      if (!declaration.tagName) continue;
      const tag = data.tags.find((t) => t.name === declaration.tagName);
      assert.ok(tag, `${declaration.tagName} in html-custom-data.json`);
      for (const attribute of declaration.attributes ?? []) {
        const offered = tag.attributes.find((a) => a.name === attribute.name);
        assert.ok(offered, `${declaration.tagName} ${attribute.name} is offered`);
        const type = (attribute.parsedType ?? attribute.type)?.text ?? '';
        if (type.replace(/\s*\|\s*undefined/, '') === 'boolean') {
          assert.equal(offered.valueSet, 'v', `${attribute.name}: written without a value`);
          continue;
        }
        const expected = literals(type);
        if (!expected) continue;
        const values = (offered.values ?? []).map((value) => value.name).sort();
        assert.deepEqual(values, expected, `${declaration.tagName} ${attribute.name}`);
        checked.push(attribute.name);
      }
    }
    assert.ok(checked.length >= 2, `enumerated attributes checked: ${checked.join(', ')}`);
  });

  test(`@relais/${name}: neither the manifest, web-types nor the framework types name the internal event`, () => {
    const texts = {
      'custom-elements.json': JSON.stringify(read(name, 'custom-elements.json')),
      'dist/web-types.json': JSON.stringify(read(name, 'dist/web-types.json')),
      'dist/react.d.ts': readText(name, 'dist/react.d.ts'),
      'dist/vue.d.ts': readText(name, 'dist/vue.d.ts'),
    };
    for (const [file, text] of Object.entries(texts)) {
      assert.ok(
        !/relais-person-change|PERSON_CHANGE/.test(text),
        `${file} names the internal event`,
      );
      // The public event is there: the check reads the right text.
      assert.ok(/relais-error|onRelaisError/.test(text), `${file} names relais-error`);
    }
  });
}

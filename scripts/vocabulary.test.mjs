// One vocabulary across the elements, read from the built manifests (`npx turbo run build`
// first): an idea two elements share has one attribute name, one type and one default.
// `theme`'s default is left out of the default check only, while issue 21 moves it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['key-figure', 'quote-card', 'interviewee-list'];

/**
 * The shared ideas, each by its one name, with the other names it has been or could be given
 * (the words a second element would be tempted to use). A name of the right column in any
 * manifest fails: it is the idea of the left column under a second name.
 */
const IDEAS = {
  size: ['variant', 'scale', 'sizing', 'hero'],
  theme: ['color-scheme', 'mode', 'appearance', 'scheme'],
  report: ['report-id', 'dataset'],
  source: ['source-name', 'credit', 'cite'],
  'source-url': ['source-href', 'cite-url', 'url', 'href'],
  'heading-level': ['level', 'heading-tag', 'heading-rank'],
};
/** A text's language is `<what>-lang` (`quote-lang`, `role-lang`), never `…-language` or `…-locale`. */
const LANGUAGE_WORDS = /(^|-)(language|locale|lng)$/;
/**
 * HTML's global attributes (WHATWG, « Global attributes »), ARIA's `role` and `aria-*`, and
 * the shadow-part ones: on a custom element's host they already mean something to the
 * browser and to assistive technology, before the script runs and without it. An element
 * never gives one of them a meaning of its own (`role="Directrice"` on a rendered host is an
 * invalid ARIA role: the quote card's job title is `author-role`).
 */
const GLOBAL_ATTRIBUTES = new Set(
  (
    'accesskey autocapitalize autocorrect autofocus class contenteditable dir draggable ' +
    'enterkeyhint exportparts hidden id inert inputmode is itemid itemprop itemref itemscope ' +
    'itemtype lang nonce part popover role slot spellcheck style tabindex title translate ' +
    'writingsuggestions'
  ).split(' '),
);

/**
 * The one exception, written in SPEC.md (« `role` is safe there: a person element is never
 * rendered itself »): `<relais-person>` is `display: none` data for its list, so its `role` is
 * the person's role. No other element may join it without the contract saying so.
 */
const GLOBAL_ALLOWED = new Set(['relais-person role']);

/** Defaults another issue is moving: compared by name and type, not by default. */
const DEFAULT_MOVING = new Set(['theme']);

/** Every custom element of the three packages, with its package's name. */
function elements() {
  return PACKAGES.flatMap((name) => {
    const file = `${ROOT}packages/${name}/custom-elements.json`;
    assert.ok(existsSync(file), `${file} is missing: run \`npx turbo run build\` first`);
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    return manifest.modules.flatMap((module) =>
      (module.declarations ?? []).filter((d) => d.customElement && d.tagName),
    );
  });
}

/** A type as a set of its members, aliases expanded, `undefined` and `null` aside. */
function typeOf(attribute) {
  const text = (attribute.parsedType ?? attribute.type)?.text ?? '';
  return text
    .split('|')
    .map((member) => member.trim().replace(/^"(.*)"$/, "'$1'"))
    .filter((member) => member && member !== 'undefined' && member !== 'null')
    .sort()
    .join(' | ');
}

/** The attribute's default, as the manifest states it on the attribute or its field. */
function defaultOf(element, attribute) {
  const member = (element.members ?? []).find((m) => m.name === attribute.fieldName);
  return attribute.default ?? member?.default;
}

/** Every attribute of every element: [tag, attribute, type, default]. */
function attributes(list) {
  return list.flatMap((element) =>
    (element.attributes ?? []).map((attribute) => ({
      tag: element.tagName,
      name: attribute.name,
      type: typeOf(attribute),
      default: defaultOf(element, attribute),
    })),
  );
}

const isEnumeration = (type) => type !== '' && type.split(' | ').every((m) => /^'.*'$/.test(m));

test('the three manifests are read, with the shared ideas in them', () => {
  const all = attributes(elements());
  const tags = new Set(all.map((a) => a.tag));
  for (const tag of ['relais-key-figure', 'relais-quote-card', 'relais-interviewee-list']) {
    assert.ok(tags.has(tag), `${tag} is in a manifest`);
  }
  for (const idea of ['size', 'theme', 'report', 'source', 'source-url']) {
    assert.ok(
      all.filter((a) => a.name === idea).length >= 2,
      `${idea} is shared by at least two elements`,
    );
  }
});

test('a shared attribute has one type and one default in every element', () => {
  const byName = new Map();
  for (const a of attributes(elements())) byName.set(a.name, [...(byName.get(a.name) ?? []), a]);
  const problems = [];
  for (const [name, uses] of byName) {
    if (uses.length < 2) continue;
    const types = new Set(uses.map((a) => a.type));
    if (types.size > 1) {
      problems.push(
        `${name} has ${types.size} types: ${uses.map((a) => `<${a.tag}> ${a.type}`).join('; ')}`,
      );
    }
    const defaults = new Set(uses.map((a) => a.default ?? '(none)'));
    if (!DEFAULT_MOVING.has(name) && defaults.size > 1) {
      problems.push(
        `${name} has ${defaults.size} defaults: ${uses.map((a) => `<${a.tag}> ${a.default ?? '(none)'}`).join('; ')}`,
      );
    }
  }
  assert.deepEqual(problems, []);
});

test('a shared idea has one name: no synonym, no enumeration under two names', () => {
  const all = attributes(elements());
  const problems = [];
  for (const [idea, synonyms] of Object.entries(IDEAS)) {
    for (const a of all.filter((a) => synonyms.includes(a.name))) {
      problems.push(`<${a.tag}> ${a.name}: the idea is called ${idea}`);
    }
  }
  for (const a of all.filter((a) => LANGUAGE_WORDS.test(a.name))) {
    problems.push(`<${a.tag}> ${a.name}: a text's language is <what>-lang`);
  }
  // The same list of values under two names is one idea with two names (`size` and `scale`
  // of compact | default | large); values shared by two lists of two names are one idea
  // split (`size="hero"` beside `size="large"`).
  const enumerations = all.filter((a) => isEnumeration(a.type));
  for (const a of enumerations) {
    for (const b of enumerations) {
      if (a.name >= b.name || a.tag === b.tag) continue;
      const values = new Set(a.type.split(' | '));
      const shared = b.type.split(' | ').filter((value) => values.has(value));
      if (shared.length >= 2) {
        problems.push(`<${a.tag}> ${a.name} and <${b.tag}> ${b.name} share ${shared.join(', ')}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('no element gives an attribute HTML or ARIA already defines a meaning of its own', () => {
  const clashes = attributes(elements())
    .filter((a) => GLOBAL_ATTRIBUTES.has(a.name) || /^(aria-|on)/.test(a.name))
    .filter((a) => !GLOBAL_ALLOWED.has(`${a.tag} ${a.name}`))
    .map((a) => `<${a.tag}> ${a.name}`);
  assert.deepEqual(clashes, []);
});

test('every enumerated attribute lists its values in the manifest, not an alias', () => {
  const problems = [];
  for (const element of elements()) {
    for (const attribute of element.attributes ?? []) {
      const text = (attribute.parsedType ?? attribute.type)?.text ?? '';
      // An alias left unexpanded is a capitalised name: `Size`, `Theme`, `ListLayout`.
      const alias = text
        .split('|')
        .map((member) => member.trim())
        .find((member) => /^[A-Z]\w*$/.test(member));
      if (alias) problems.push(`<${element.tagName}> ${attribute.name}: ${text}`);
    }
  }
  assert.deepEqual(problems, []);
});

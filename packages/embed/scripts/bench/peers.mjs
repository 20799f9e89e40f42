// The nearest peer: Red Hat's design system (@rhds/elements, also Lit), whose <rh-stat> and
// <rh-blockquote> do what our key figure and quote card do. Each peer says which of our
// elements it stands beside and how to fill it with the same words: `markup(parts)` gets the
// text of our element's rendered parts (`part="value"`, `part="label"`…, and `text`, all of
// its visible text) and returns the peer's HTML. An element with no peer here (the
// interviewee list) is measured against static HTML only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const PEER_PACKAGE = '@rhds/elements';
const { version: PEER_VERSION } = JSON.parse(
  // Its exports map sends every subpath but `.` into elements/: find the root beside `.`.
  readFileSync(join(dirname(require.resolve(PEER_PACKAGE)), 'package.json'), 'utf8'),
);

const escapeText = (text) =>
  String(text ?? '').replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);

/** The first non-empty part among `names`, else `fallback`. */
const pick = (parts, names, fallback = '') =>
  names.map((name) => parts[name]).find((text) => text?.trim()) ?? fallback;

export const PEERS = [
  {
    tag: 'rh-stat',
    for: 'relais-key-figure',
    package: PEER_PACKAGE,
    version: PEER_VERSION,
    module: `${PEER_PACKAGE}/rh-stat/rh-stat.js`,
    markup: (parts) =>
      `<rh-stat><span slot="statistic">${escapeText(pick(parts, ['value']))}</span>` +
      `<p>${escapeText(pick(parts, ['label'], parts.text))}</p>` +
      `<span slot="cta">${escapeText(pick(parts, ['source']))}</span></rh-stat>`,
  },
  {
    tag: 'rh-blockquote',
    for: 'relais-quote-card',
    package: PEER_PACKAGE,
    version: PEER_VERSION,
    module: `${PEER_PACKAGE}/rh-blockquote/rh-blockquote.js`,
    markup: (parts) =>
      `<rh-blockquote><p>${escapeText(pick(parts, ['quote', 'text', 'body'], parts.text))}</p>` +
      `<span slot="author">${escapeText(pick(parts, ['author', 'name', 'person', 'attribution']))}</span>` +
      `<span slot="title">${escapeText(pick(parts, ['role', 'title', 'source']))}</span></rh-blockquote>`,
  },
];

/** The peer standing beside `tag`, if any. */
export const peerOf = (tag) => PEERS.find((peer) => peer.for === tag);

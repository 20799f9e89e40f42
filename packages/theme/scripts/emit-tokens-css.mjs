// Writes dist/tokens.css from the tokens the elements use (dist/tokens.js, built by tsc),
// so that the values live in one place. The file is for pages: it themes every Relais
// element from outside (a rule on the element beats the element's own `:host` rule) and
// lets an ancestor choose the theme with `data-relais-theme="light|dark"`.
import { writeFileSync } from 'node:fs';
import { darkColors, forcedColors, lightColors, scale } from '../dist/tokens.js';

const TAGS = ['relais-key-figure', 'relais-quote-card', 'relais-interviewee-list', 'relais-person'];
const all = (suffix = '') => TAGS.map((tag) => `${tag}${suffix}`).join(',\n');
const within = (ancestor, suffix) => TAGS.map((tag) => `${ancestor} ${tag}${suffix}`).join(',\n');
/**
 * The sections an element can sit in, nearest last, as chains of `data-relais-theme` values
 * that alternate (a dark section in a light one in a dark page…), up to NESTING deep. The
 * nearest section must win, and CSS has no "nearest ancestor" selector: a longer chain is
 * more specific, so `[light] [dark] tag` beats `[dark] tag` and `[light] tag` for a dark
 * section inside a light one, whatever the order of the rules. Same-theme repeats add
 * nothing and are left out. Deeper nesting than NESTING falls back to rule order.
 */
const NESTING = 4;
function chains(depth = NESTING) {
  const found = [];
  const grow = (chain) => {
    found.push(chain);
    if (chain.length === depth) return;
    grow([...chain, chain.at(-1) === 'dark' ? 'light' : 'dark']);
  };
  grow(['dark']);
  grow(['light']);
  return found.sort((a, b) => a.length - b.length);
}
const sectionRules = () =>
  chains()
    .map((chain) => {
      const theme = chain.at(-1);
      const other = theme === 'dark' ? 'light' : 'dark';
      const ancestors = chain.map((value) => `[data-relais-theme='${value}']`).join(' ');
      return block(
        within(ancestors, `:not([theme='${other}'])`),
        theme === 'dark' ? darkColors : lightColors,
      );
    })
    .join('\n');

const block = (selector, result) =>
  `${selector} {\n${result.cssText
    .trim()
    .split('\n')
    .map((line) => `  ${line.trim()}`)
    .join('\n')}\n}\n`;

// Light unless the page says otherwise: `theme="dark"` or `theme="auto"` on an element,
// `data-relais-theme="dark"` (or "auto", the reader's system) on a section. The section
// rules come after the `auto` section rule, so that a light or dark section inside an
// `auto` page wins.
const css = `/* @relais/theme: the design tokens of every Relais element, for pages that want them.
 * Elements carry the same values already; link this file to restyle them from one place,
 * or to let an ancestor set the theme: <html data-relais-theme="dark">. */
${block(all(), scale)}
${block(all(), lightColors)}
@media (prefers-color-scheme: dark) {
${block(all("[theme='auto']"), darkColors)}
${block(within("[data-relais-theme='auto']", ":not([theme='light'])"), darkColors)}}
${block(all("[theme='dark']"), darkColors)}
${sectionRules()}
@media (forced-colors: active) {
${block(all(), forcedColors)}}
`;

writeFileSync(new URL('../dist/tokens.css', import.meta.url), css);
console.log('@relais/theme: wrote dist/tokens.css');

// Writes dist/tokens.css from the tokens the elements use (dist/tokens.js, built by tsc),
// so that the values live in one place. The file is for pages: it themes every Relais
// element from outside (a rule on the element beats the element's own `:host` rule) and
// lets an ancestor choose the theme with `data-relais-theme="light|dark"`.
import { writeFileSync } from 'node:fs';
import { darkColors, forcedColors, lightColors, scale } from '../dist/tokens.js';

const TAGS = ['relais-key-figure', 'relais-quote-card', 'relais-interviewee-list', 'relais-person'];
const all = (suffix = '') => TAGS.map((tag) => `${tag}${suffix}`).join(',\n');
const within = (ancestor, suffix) => TAGS.map((tag) => `${ancestor} ${tag}${suffix}`).join(',\n');
const block = (selector, result) =>
  `${selector} {\n${result.cssText
    .trim()
    .split('\n')
    .map((line) => `  ${line.trim()}`)
    .join('\n')}\n}\n`;

const css = `/* @relais/theme: the design tokens of every Relais element, for pages that want them.
 * Elements carry the same values already; link this file to restyle them from one place,
 * or to let an ancestor set the theme: <html data-relais-theme="dark">. */
${block(all(), scale)}
${block(all(), lightColors)}
@media (prefers-color-scheme: dark) {
${block(all(":not([theme='light'])"), darkColors)}}
${block(all("[theme='dark']"), darkColors)}
${block(within("[data-relais-theme='dark']", ":not([theme='light'])"), darkColors)}
${block(within("[data-relais-theme='light']", ":not([theme='dark'])"), lightColors)}
@media (forced-colors: active) {
${block(all(), forcedColors)}}
`;

writeFileSync(new URL('../dist/tokens.css', import.meta.url), css);
console.log('@relais/theme: wrote dist/tokens.css');

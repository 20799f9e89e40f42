// The stylesheet partners paste (or link) beside the script tag: dist/relais.css.
//
// Each element gets its room before its script runs: a `min-height` (its `reserve` in
// src/elements.json) while it is `:not(:defined)`. A reserve is a list of rules, each the
// element's height for the attributes that change it (`when`: `[size='compact']`,
// `[layout='grid']`…; the most specific rule wins, as in any stylesheet), in a phone's
// column (`narrow`, below 48em of viewport) and in a desktop article's (`wide`): the tallest
// of the element's samples, measured by apps/partner-demo/e2e/reserve.test.mjs, which fails
// when a reserve is too short (the page would move) or too tall (a band).
//
// After the upgrade the element keeps that room while the reader can see it, through the
// custom state `:state(reserved)` (@relais/core's ReserveController), its card filling it
// (no blank band), and takes its own height once out of view, where the change moves
// nothing the reader sees: cumulative layout shift 0. The `:state()` rule stands alone: a
// browser that does not know it drops that rule only. Before the upgrade, the light-DOM
// fallback shows in the same box, its margins dropped so that they do not add to it.

/** Where a phone's column ends and a desktop article's begins. */
export const WIDE = '48em';

/** The CSS text for `elements` ({ tag, reserve: [{ when, narrow, wide }] }). */
export function snippetCss(elements) {
  const tags = elements.map((element) => element.tag).join(',');
  const rules = (width) =>
    elements.flatMap((element) =>
      element.reserve.map((rule) => `${element.tag}${rule.when}{--relais-reserve:${rule[width]}}`),
    );
  return [
    '/* Relais: keeps room for each element while relais.js loads, so the page never moves. */',
    ...rules('narrow'),
    `@media (min-width:${WIDE}){${rules('wide').join('')}}`,
    `:is(${tags}):not(:defined){display:block;min-height:var(--relais-reserve)}`,
    `:is(${tags}):state(reserved){min-height:var(--relais-reserve)}`,
    `:is(${tags}):not(:defined)>*{margin-block:0}`,
    '',
  ].join('\n');
}

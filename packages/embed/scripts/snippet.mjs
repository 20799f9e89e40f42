// The stylesheet partners paste (or link) beside the script tag: dist/relais.css.
//
// Each element gets a `min-height` (its `reserve` in src/elements.json: the tallest it
// renders in a column of 240 px or more), before AND after its script runs: a box that
// grew or shrank when the script arrived would move everything below it (layout shift).
// `display: grid` stretches the element's content to that height, so a short figure is
// an evenly sized card rather than a card with a gap under it. Before the script runs
// (`:not(:defined)`) the light-DOM fallback text shows in the same box; its own margins are
// dropped so that they do not add to it.

/** The CSS text for `elements` ({ tag, reserve }). */
export function snippetCss(elements) {
  const tags = elements.map((element) => element.tag);
  return [
    '/* Relais: keeps room for each element while relais.js loads, so the page never moves. */',
    ...elements.map((element) => `${element.tag}{display:grid;min-height:${element.reserve}}`),
    `:is(${tags.join(',')}):not(:defined)>*{margin-block:0}`,
    '',
  ].join('\n');
}

// The stylesheet partners paste (or link) beside the script tag: dist/relais.css.
//
// Each element gets its room before its script runs: a `min-height` (its `reserve` in
// src/elements.json, in em: its height at a typical width, one per `size` when sizes
// differ) while it is `:not(:defined)`. After the upgrade the element keeps that room while
// the reader can see it, through the custom state `:state(reserved)` (@relais/core's
// ReserveController), and takes its own height once out of view, where the change moves
// nothing the reader sees: cumulative layout shift 0, and no empty band left under a card.
// The `:state()` rule stands alone: a browser that does not know it drops that rule only.
// Before the upgrade, the light-DOM fallback shows in the same box, its margins dropped so
// that they do not add to it.

/** `{ default: '13em', compact: '8em' }` from a reserve given as one height or per size. */
const reservesOf = (element) =>
  typeof element.reserve === 'string' ? { default: element.reserve } : element.reserve;

/** The CSS text for `elements` ({ tag, reserve }). */
export function snippetCss(elements) {
  const tags = elements.map((element) => element.tag).join(',');
  return [
    '/* Relais: keeps room for each element while relais.js loads, so the page never moves. */',
    ...elements.flatMap((element) =>
      Object.entries(reservesOf(element)).map(([size, height]) =>
        size === 'default'
          ? `${element.tag}{--relais-reserve:${height}}`
          : `${element.tag}[size='${size}']{--relais-reserve:${height}}`,
      ),
    ),
    `:is(${tags}):not(:defined){display:block;min-height:var(--relais-reserve)}`,
    `:is(${tags}):state(reserved){min-height:var(--relais-reserve)}`,
    `:is(${tags}):not(:defined)>*{margin-block:0}`,
    '',
  ].join('\n');
}

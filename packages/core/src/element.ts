import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { LocaleController } from './locale.js';
import { ProblemsController } from './problems.js';
import { ReserveController } from './reserve.js';

/**
 * The line `.measure` draws (containerStyles): three invisible blocks with a line-break
 * opportunity (`<wbr>`) between them, so that the host's narrowest width is the
 * widest block and its natural width the three side by side. Empty and `visibility:
 * hidden`: nothing to read, to find by touch or to copy.
 */
const MEASURE = html`<div class="measure">
  <span></span><wbr /><span></span><wbr /><span></span>
</div>`;

/**
 * What every Relais element is: a Lit element that follows the language of the page around
 * it, reports its bad input once it has rendered, keeps the room `relais.css` reserved for
 * it while the reader can see it, and has a width of its own wherever a page puts it (a
 * float, a table cell, a grid `auto` column). An element package extends it and adds only
 * what is its own: properties, template (`renderContent`), styles (after
 * `containerStyles` of this package, whose two boxes this class renders).
 */
export class RelaisElement extends LitElement {
  /** The element's language (`locale`) and the `lang` to mark on Relais's own words. */
  protected readonly localeController = new LocaleController(this);
  /** Problems found while working out what to show; reported after the update. */
  protected readonly problems = new ProblemsController(this);
  /** Holds the room reserved by `relais.css` while in view, so nothing moves. */
  protected readonly reserve = new ReserveController(this);

  protected override render(): TemplateResult {
    return html`<div class="box">${this.renderContent()}</div>
      ${MEASURE}`;
  }

  /** The element's own template, drawn inside the query container. */
  protected renderContent(): TemplateResult | typeof nothing {
    return nothing;
  }
}

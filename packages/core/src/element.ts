import { LitElement } from 'lit';
import { LocaleController } from './locale.js';
import { ProblemsController } from './problems.js';
import { ReserveController } from './reserve.js';

/**
 * What every Relais element is: a Lit element that follows the language of the page around
 * it, reports its bad input once it has rendered, and keeps the room `relais.css` reserved
 * for it while the reader can see it. An element package extends it and adds only what is
 * its own: properties, template, styles.
 */
export class RelaisElement extends LitElement {
  /** The element's language (`locale`) and the `lang` to mark on Relais's own words. */
  protected readonly localeController = new LocaleController(this);
  /** Problems found while working out what to show; reported after the update. */
  protected readonly problems = new ProblemsController(this);
  /** Holds the room reserved by `relais.css` while in view, so nothing moves. */
  protected readonly reserve = new ReserveController(this);
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The custom state `relais.css` keys on: `relais-key-figure:state(reserved)`. */
export const RESERVED_STATE = 'reserved';

/**
 * Keeps the room `relais.css` reserved for the element (its `min-height` before the script
 * runs) after the element upgrades, while the reader can see it, and gives it up once the
 * element is out of view: the card then takes its own height where the change moves nothing
 * the reader sees (below the viewport, or above it, where scroll anchoring holds the page).
 * Cumulative layout shift stays 0 whether the card is shorter or as tall as the reserve,
 * and no empty band stays under a card. Done with a custom state (`:state(reserved)`), so
 * that no attribute is added to the partner's markup; a browser without custom states gets
 * the reserve before the upgrade only.
 */
export class ReserveController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly states: CustomStateSet | undefined;
  private observer: IntersectionObserver | undefined;
  private released = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    let states: CustomStateSet | undefined;
    try {
      states = host.attachInternals().states;
    } catch {
      // No ElementInternals (old browsers): the reserve applies before the upgrade only.
    }
    this.states = states;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.released || !this.states || typeof IntersectionObserver === 'undefined') return;
    try {
      this.states.add(RESERVED_STATE);
    } catch {
      // Chrome 90–124 accepts only `--reserved`: keep the reserve before the upgrade only.
      return;
    }
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => !entry.isIntersecting)) this.release();
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    // Moved or removed: it is no longer the fallback's box that the page laid out.
    this.release();
  }

  private release(): void {
    this.released = true;
    this.observer?.disconnect();
    this.observer = undefined;
    this.states?.delete(RESERVED_STATE);
  }
}

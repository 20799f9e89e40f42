import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `onEnter` once, the first time the host is in the viewport after `arm()`, and
 * follows the host wherever the page moves it: the observer is let go when the host leaves
 * the page and taken up again when it comes back (a CMS moving a block, a framework
 * re-parenting a node, a section shown later), until it fires or `disarm()` is called.
 * An element that watched for the viewport only once, from its first update, never
 * noticed it again after a move.
 */
export class InViewController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly onEnter: () => void;
  private observer: IntersectionObserver | undefined;
  private armed = false;

  constructor(host: ReactiveControllerHost & HTMLElement, onEnter: () => void) {
    this.host = host;
    this.onEnter = onEnter;
    host.addController(this);
  }

  /** Waits for the host to be in view (now, or once it is on the page). */
  arm(): void {
    this.armed = true;
    this.observe();
  }

  /** Stops waiting. */
  disarm(): void {
    this.armed = false;
    this.release();
  }

  hostConnected(): void {
    if (this.armed) this.observe();
  }

  hostDisconnected(): void {
    this.release();
  }

  private observe(): void {
    if (this.observer || !this.host.isConnected || typeof IntersectionObserver === 'undefined')
      return;
    this.observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.disarm();
      this.onEnter();
    });
    this.observer.observe(this.host);
  }

  private release(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}

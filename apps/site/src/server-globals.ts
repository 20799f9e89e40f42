// The few browser globals the elements touch while they work out what to show, as the
// server has them: nothing to observe, nothing to animate, no children yet (the fallback is
// written around the rendered element, not read by it). Installed before the elements are
// imported; Lit's own DOM shim (@lit-labs/ssr-dom-shim) gives HTMLElement and
// customElements. Nothing here runs in a browser.
import { Element as ShimElement } from '@lit-labs/ssr-dom-shim';

type Globals = Record<string, unknown>;
const globals = globalThis as unknown as Globals;

class ServerMutationObserver {
  observe(): void {}
  disconnect(): void {}
  takeRecords(): [] {
    return [];
  }
}

globals['Element'] ??= ShimElement;
// No shadow root is ever a parent on the server: `instanceof ShadowRoot` is simply false.
globals['ShadowRoot'] ??= function ShadowRoot(): void {};
globals['MutationObserver'] ??= ServerMutationObserver;
globals['cancelAnimationFrame'] ??= (): void => {};
if (!('children' in ShimElement.prototype)) {
  Object.defineProperty(ShimElement.prototype, 'children', { get: (): [] => [] });
}
if (!('querySelectorAll' in ShimElement.prototype)) {
  Object.defineProperty(ShimElement.prototype, 'querySelectorAll', { value: (): [] => [] });
}

// Inlined in every page as a classic script, after the element: it runs before the first
// paint and needs no file of its own, so it also runs in WordPress's sandboxed frame
// (`sandbox="allow-scripts"`, origin null), where a module from another origin would need
// CORS headers that a static host may not send.
//
// 1. `?theme=dark` opts into the dark theme (the page is light by default).
// 2. In a frame, the page tells its parent how tall it is, whenever that changes:
//    - as WordPress's wp-embed.js expects: `{ message: 'height', value, secret }`, the
//      secret read from the frame's address (`#?secret=…`), sent again when wp-embed.js
//      says `{ message: 'ready', secret }`;
//    - as Relais's own message, for any other site: `{ type: 'relais:height', height, url }`
//      (`frame.js`, beside the pages, is a small parent script that applies it).
const root = document.documentElement;
const main = document.querySelector('main');

if (new URLSearchParams(location.search).get('theme') === 'dark') {
  root.dataset['theme'] = 'dark';
  main?.querySelectorAll('[theme]').forEach((element) => element.setAttribute('theme', 'dark'));
}

if (window.parent !== window && main) {
  root.dataset['framed'] = '';
  const secret = /[#?&]secret=([A-Za-z0-9]+)/.exec(location.hash)?.[1];
  const url = location.href.split('#')[0];
  let sent = -1;
  const send = (again: boolean): void => {
    const height = Math.ceil(main.getBoundingClientRect().height);
    if (!again && height === sent) return;
    sent = height;
    if (secret) window.parent.postMessage({ message: 'height', value: height, secret }, '*');
    window.parent.postMessage({ type: 'relais:height', height, url }, '*');
  };
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (event.source !== window.parent || typeof data !== 'object' || data === null) return;
    const { message, secret: theirs } = data as { message?: unknown; secret?: unknown };
    if (message === 'ready' && (!secret || theirs === secret)) send(true);
  });
  if (typeof ResizeObserver === 'function') new ResizeObserver(() => send(false)).observe(main);
  window.addEventListener('load', () => send(true));
  send(true);
}

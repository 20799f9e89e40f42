// `frame.js`: an optional script for a partner page that frames Relais pages without
// WordPress. It sets each Relais frame to the height its page reports
// (`{ type: 'relais:height', height, url }`), so the finding is never clipped and never
// leaves a blank band. Two lines on the partner's page:
//
//   <iframe src="https://…/fr/eloignes-du-numerique/" title="…" style="width: 100%; border: 0"></iframe>
//   <script src="https://…/frame.js" async></script>
window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data;
  if (typeof data !== 'object' || data === null) return;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== 'relais:height' || typeof height !== 'number' || !Number.isFinite(height)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source)
      frame.style.height = `${Math.max(0, Math.ceil(height))}px`;
  }
});

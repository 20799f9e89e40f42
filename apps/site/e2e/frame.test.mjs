// A finding's page inside a frame as WordPress makes it (`sandbox="allow-scripts"`, so the
// page's origin is null, and `#?secret=…` in its address), on a parent page of another
// origin: the page reports its height as wp-embed.js expects and again when asked, the
// parent sizes the frame to the card, never clipped, never with a blank band; and Relais's
// own message sizes a plain iframe with frame.js.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startStaticServer } from '../../../scripts/static-server.mjs';
import { ENGINE, launch, serveSite, skipIn } from './site-harness.mjs';

const SECRET = 'Xy7k2LmQ9p';

// What wp-embed.js does with the messages (WordPress 6.1, wp-includes/js/wp-embed.js):
// the frame whose window sent `height` with its `data-secret` takes that height, clamped to
// 200–1000 px; it says `ready` to every frame once the parent has loaded.
const WORDPRESS_LIKE = `<script>
window.received = [];
addEventListener('message', (event) => {
  window.received.push(event.data);
  const data = event.data;
  if (!data || data.message !== 'height' || /[^a-zA-Z0-9]/.test(data.secret)) return;
  for (const frame of document.querySelectorAll('iframe[data-secret="' + data.secret + '"]')) {
    if (frame.contentWindow !== event.source) continue;
    frame.height = Math.min(1000, Math.max(200, parseInt(data.value, 10)));
  }
});
addEventListener('load', () => {
  for (const frame of document.querySelectorAll('iframe[data-secret]')) {
    frame.contentWindow.postMessage({ message: 'ready', secret: frame.dataset.secret }, '*');
  }
});
</script>`;

let site;
let parent;
let work;
let browser;
before(async () => {
  site = await serveSite();
  work = mkdtempSync(join(tmpdir(), 'relais-frame-'));
  const frame = (path) =>
    `<iframe sandbox="allow-scripts" security="restricted" src="${site.origin}/${path}#?secret=${SECRET}" data-secret="${SECRET}" width="600" height="300" title="finding" frameborder="0" marginwidth="0" marginheight="0" scrolling="no" style="max-width:100%;display:block"></iframe>`;
  for (const { path } of site.pages) {
    const name = path.replaceAll('/', '_');
    writeFileSync(
      join(work, `wp-${name}.html`),
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Post</title><style>body{margin:0}article{max-width:600px;margin:0 auto;padding:0 10px}</style></head><body><article><p>Avant.</p>${frame(path)}<p>Après.</p></article>${WORDPRESS_LIKE}</body></html>`,
    );
    writeFileSync(
      join(work, `plain-${name}.html`),
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Plain</title></head><body><iframe src="${site.origin}/${path}" title="finding" style="width:100%;border:0"></iframe><script src="${site.origin}/frame.js"></script></body></html>`,
    );
  }
  // Copied, not linked: the partner serves frame.js from the site's own origin in real life.
  parent = await startStaticServer({ mounts: { '/': work } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => parent?.server.close(resolve));
  await site?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The frame's height on the parent, and the card's own height inside the frame. */
async function heights(page) {
  const frameHeight = await page.evaluate(() =>
    Math.round(document.querySelector('iframe').getBoundingClientRect().height),
  );
  const inner = page.frames().find((frame) => frame !== page.mainFrame());
  const card = await inner.evaluate(() => ({
    height: document.querySelector('main > :not(h1)').getBoundingClientRect().height,
    origin: self.origin,
    upgraded: document.querySelector('main > :not(h1)').matches(':defined'),
  }));
  return { frameHeight, card };
}

async function settled(page, check) {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const seen = await heights(page);
    if (check(seen)) return seen;
    await page.waitForTimeout(100);
  }
  return heights(page);
}

test(
  'in WordPress’s sandbox the frame takes the card’s height, fr and en, 320 and 1280 px wide',
  { skip: skipIn({ webkit: 'frames of another origin are not reachable over WebDriver' }) },
  async () => {
    for (const width of [320, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const { path } of site.pages) {
        await page.goto(`${parent.origin}/wp-${path.replaceAll('/', '_')}.html`);
        const seen = await settled(
          page,
          ({ frameHeight, card }) => card.upgraded && Math.abs(frameHeight - card.height) <= 2,
        );
        assert.equal(seen.card.origin, 'null', `${path}: sandboxed, origin null`);
        assert.equal(seen.card.upgraded, true, `${path}: the module ran in the sandbox`);
        assert.ok(seen.card.height <= 1000, `${path} at ${width} px fits WordPress's 1000 px`);
        assert.ok(
          Math.abs(seen.frameHeight - Math.max(200, seen.card.height)) <= 2,
          `${path} at ${width} px: frame ${seen.frameHeight} px, card ${seen.card.height} px`,
        );
        const messages = await page.evaluate(() => window.received);
        assert.ok(
          messages.some((m) => m?.message === 'height' && m.secret === 'Xy7k2LmQ9p'),
          `${path}: a height message with the frame's secret`,
        );
      }
      await context.close();
    }
  },
);

test(
  'the page answers wp-embed.js’s ready, and reports again when its width changes',
  { skip: skipIn({ webkit: 'frames of another origin are not reachable over WebDriver' }) },
  async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const { path } = site.pages.find((p) => p.tag === 'relais-quote-card');
    await page.goto(`${parent.origin}/wp-${path.replaceAll('/', '_')}.html`);
    const wide = await settled(
      page,
      ({ frameHeight, card }) => Math.abs(frameHeight - card.height) <= 2,
    );
    const count = () =>
      page.evaluate(() => window.received.filter((m) => m?.message === 'height').length);
    const before = await count();
    await page.evaluate((secret) => {
      document.querySelector('iframe').contentWindow.postMessage({ message: 'ready', secret }, '*');
    }, SECRET);
    await page.waitForFunction(
      (n) => window.received.filter((m) => m?.message === 'height').length > n,
      before,
    );
    await page.evaluate(() => {
      document.querySelector('iframe').style.width = '300px';
    });
    const narrow = await settled(
      page,
      ({ frameHeight, card }) =>
        card.height > wide.card.height && Math.abs(frameHeight - card.height) <= 2,
    );
    assert.ok(narrow.card.height > wide.card.height, 'narrower, the quote is taller');
    assert.ok(Math.abs(narrow.frameHeight - narrow.card.height) <= 2, 'and the frame follows');
    await context.close();
  },
);

test(
  'on any other site, frame.js applies Relais’s own message to a plain iframe',
  { skip: skipIn({ webkit: 'frames of another origin are not reachable over WebDriver' }) },
  async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    for (const { path } of site.pages.filter((p) => p.locale === 'en')) {
      await page.goto(`${parent.origin}/plain-${path.replaceAll('/', '_')}.html`);
      const seen = await settled(
        page,
        ({ frameHeight, card }) => Math.abs(frameHeight - card.height) <= 2,
      );
      assert.ok(
        Math.abs(seen.frameHeight - seen.card.height) <= 2,
        `${path}: frame ${seen.frameHeight} px, card ${seen.card.height} px`,
      );
    }
    await context.close();
  },
);

void ENGINE;

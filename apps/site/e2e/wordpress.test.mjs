// The four cases of a partner on WordPress, on a real WordPress (./wordpress.mjs), each
// asserted on the published post as a visitor sees it, in Chromium:
// 1. an Author pastes the script snippet: kses strips the script and the element, and the
//    post shows the fallback paragraph with its source, with no markup showing as text;
// 2. an Editor pastes it: the script stays, and the element upgrades;
// 3. any role pastes a finding's address alone on a line (Embed block, classic content):
//    an iframe, wp-embed.js loaded, the frame as tall as the card (±2 px), fr and en, 320
//    and 1280 px wide;
// 4. with DISALLOW_UNFILTERED_HTML: case 1 for the Editor too, case 3 unchanged.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { getFigure } from '@relais/report-data';
import { startStaticServer } from '../../../scripts/static-server.mjs';
import { ROOT, launch, serveSite, skipIn } from './site-harness.mjs';
import { startWordPress } from './wordpress.mjs';

const WIDTHS = [320, 1280];
const SKIP = skipIn({ webkit: 'frames of another origin are not reachable over WebDriver' });

let site;
let cdn;
let wordpress;
let browser;
const started = Date.now();
before(async () => {
  site = await serveSite();
  // The script tag's "CDN": packages/embed/dist on another local origin, with CORS.
  cdn = await startStaticServer({
    mounts: { '/': join(ROOT, 'packages/embed/dist') },
    headers: () => ({ 'access-control-allow-origin': '*' }),
  });
  wordpress = await startWordPress({ sitePort: Number(new URL(site.origin).port) });
  browser = await launch();
  console.log(`# WordPress test bed ready in ${Math.round((Date.now() - started) / 1000)} s`);
});
after(async () => {
  await browser?.close();
  await wordpress?.stop();
  await new Promise((resolve) => (cdn ? cdn.server.close(resolve) : resolve()));
  await site?.close();
  console.log(`# WordPress cases took ${Math.round((Date.now() - started) / 1000)} s in all`);
});

const FIGURE = 'eloignes-du-numerique';
// The fallback the root README's snippet carries: the sentence and its source.
const FALLBACK = `${getFigure(FIGURE).spoken.fr} (WeTechCare, 2020).`;

/** The documented script-tag snippet, in a Custom HTML block, loading relais.js from `cdn`. */
function snippetBlock() {
  return `<!-- wp:html -->
<link rel="stylesheet" href="${cdn.origin}/relais.css" />
<script type="module" src="${cdn.origin}/relais.js"></script>

<relais-key-figure figure="${FIGURE}">
  <p>${FALLBACK}</p>
</relais-key-figure>
<!-- /wp:html -->`;
}

/** A finding's address alone on a line: as the Embed block writes it, or in classic content. */
function urlContent(url, form) {
  if (form === 'classic') return `<p>Avant.</p>\n\n${url}\n\n<p>Après.</p>`;
  return `<!-- wp:paragraph --><p>Avant.</p><!-- /wp:paragraph -->
<!-- wp:embed {"url":"${url}","type":"rich","className":""} -->
<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">
${url}
</div></figure>
<!-- /wp:embed -->
<!-- wp:paragraph --><p>Après.</p><!-- /wp:paragraph -->`;
}

async function visit(url, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  return { page, close: () => context.close() };
}

/** Case 1: the fallback paragraph, no element, no script, no markup shown as text. */
async function assertFallbackOnly(postUrl, who) {
  const { page, close } = await visit(postUrl);
  try {
    const content = page.locator('.wp-block-post-content, .entry-content').first();
    // White space read as one space on both sides: `\s` takes the no-break space of
    // « 13 millions » too.
    const text = (await content.innerText()).replace(/\s+/g, ' ');
    assert.ok(text.includes(FALLBACK.replace(/\s+/g, ' ')), `${who}: the fallback paragraph shows`);
    assert.ok(text.includes('WeTechCare, 2020'), `${who}: with its source`);
    assert.doesNotMatch(text, /<|>|relais-key-figure|script/, `${who}: no markup as text`);
    assert.equal(await page.locator('relais-key-figure').count(), 0, `${who}: element stripped`);
    assert.equal(
      await page.locator(`script[src^="${cdn.origin}"]`).count(),
      0,
      `${who}: script stripped`,
    );
  } finally {
    await close();
  }
}

/** Case 3: every embed of the post is an iframe as tall as its card, wp-embed.js loaded. */
async function assertEmbedded(postUrl, who) {
  for (const width of WIDTHS) {
    const { page, close } = await visit(postUrl, width);
    try {
      assert.equal(await page.locator('script#wp-embed-js').count(), 1, `${who}: wp-embed.js`);
      const frame = page.locator('iframe.wp-embedded-content');
      assert.equal(await frame.count(), 1, `${who}: one iframe`);
      assert.equal(await frame.getAttribute('sandbox'), 'allow-scripts');
      const inner = await (await frame.elementHandle()).contentFrame();
      let seen;
      for (let attempt = 0; attempt < 100; attempt += 1) {
        const frameHeight = (await frame.boundingBox())?.height ?? 0;
        const card = await inner.evaluate(() => {
          const element = document.querySelector('main > :not(h1)');
          return {
            height: element.getBoundingClientRect().height,
            text: element.shadowRoot?.textContent ?? '',
          };
        });
        seen = { frameHeight, card };
        if (Math.abs(frameHeight - card.height) <= 2) break;
        await page.waitForTimeout(100);
      }
      assert.ok(
        Math.abs(seen.frameHeight - seen.card.height) <= 2,
        `${who} at ${width} px: frame ${seen.frameHeight} px, card ${seen.card.height} px`,
      );
      assert.ok(await frame.isVisible(), `${who}: the frame shows`);
      const box = await frame.boundingBox();
      assert.ok(
        box.x >= 0 && box.x + box.width <= width,
        `${who} at ${width} px: frame inside the page`,
      );
      assert.ok(
        await inner.evaluate(() => document.documentElement.scrollWidth <= innerWidth),
        `${who} at ${width} px: the card is not cut on the right`,
      );
      if (process.env.RELAIS_SCREENSHOTS) {
        const name = `${who.replace(/[^a-z0-9]+/gi, '-')}-${width}.png`;
        await page.screenshot({ path: join(process.env.RELAIS_SCREENSHOTS, name), fullPage: true });
      }
      assert.ok(
        !(await page.locator('blockquote.wp-embedded-content').isVisible()),
        `${who}: the fallback blockquote is hidden`,
      );
    } finally {
      await close();
    }
  }
}

test(
  '1. an Author pastes the script snippet: the fallback paragraph shows, with its source',
  { skip: SKIP },
  async () => {
    const link = await wordpress.as('author').publish('Snippet (Author)', snippetBlock());
    await assertFallbackOnly(link, 'Author');
  },
);

test('2. an Editor pastes the script snippet: the element upgrades', { skip: SKIP }, async () => {
  const link = await wordpress.as('editor').publish('Snippet (Editor)', snippetBlock());
  const { page, close } = await visit(link);
  try {
    await page.waitForFunction(() => customElements.get('relais-key-figure') !== undefined);
    const element = page.locator('relais-key-figure');
    await page.waitForFunction(() =>
      document.querySelector('relais-key-figure')?.shadowRoot?.querySelector('figure'),
    );
    const text = await element.evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
    // WordPress's own language here is English (`<html lang="en-US">`): so is the element.
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-US');
    assert.ok(text.includes(getFigure(FIGURE).label.en), `upgraded: ${text}`);
  } finally {
    await close();
  }
});

test(
  '3. any role pastes a finding’s address: a frame as tall as the card, fr and en, 320 and 1280 px',
  { skip: SKIP },
  async () => {
    const cases = [
      ['author', 'block', 'fr', FIGURE],
      ['author', 'classic', 'en', 'jean-deydier'],
      ['editor', 'classic', 'fr', 'interviewees'],
      ['editor', 'block', 'en', 'teleconsultations'],
    ];
    for (const [role, form, locale, slug] of cases) {
      const url = `${site.origin}/${locale}/${slug}/`;
      const link = await wordpress
        .as(role)
        .publish(`${slug} ${locale} (${role}, ${form})`, urlContent(url, form));
      await assertEmbedded(link, `${role}, ${form}, ${locale}/${slug}`);
    }
  },
);

test(
  '4. with DISALLOW_UNFILTERED_HTML: the Editor’s snippet falls back; addresses still embed',
  { skip: SKIP },
  async () => {
    wordpress.setDisallowUnfilteredHtml(true);
    try {
      const snippet = await wordpress
        .as('editor')
        .publish('Snippet (Editor, disallowed)', snippetBlock());
      await assertFallbackOnly(snippet, 'Editor with DISALLOW_UNFILTERED_HTML');
      const url = `${site.origin}/en/${FIGURE}/`;
      const link = await wordpress
        .as('editor')
        .publish('Address (Editor, disallowed)', urlContent(url, 'block'));
      await assertEmbedded(link, 'Editor with DISALLOW_UNFILTERED_HTML');
    } finally {
      wordpress.setDisallowUnfilteredHtml(false);
    }
  },
);

// Every page of the findings' site, as a visitor gets it: without JavaScript the finding is
// on screen (pre-rendered, declarative shadow DOM) and axe finds nothing; with JavaScript
// the element upgrades and shows the very same words. The head carries what search
// engines, social networks and WordPress read.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  ENGINE,
  SOURCE_WORDS,
  TAGS,
  axeViolations,
  expectedWords,
  launch,
  readElements,
  serveSite,
  watch,
} from './site-harness.mjs';

let site;
let browser;
before(async () => {
  site = await serveSite();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** What the visitor sees of the page's one element, after any upgrade has landed. */
async function shown(page) {
  const elements = await readElements(page, TAGS);
  assert.equal(elements.length, 1, 'the page holds one element');
  return elements[0];
}

test('the site has a page per finding and language: 6 figures, the quote, the list, fr and en', () => {
  assert.equal(site.pages.length, 16);
  assert.deepEqual([...new Set(site.pages.map((page) => page.locale))].sort(), ['en', 'fr']);
});

describe(`every page without JavaScript (${ENGINE})`, () => {
  let context;
  let page;
  before(async () => {
    context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 800, height: 600 },
    });
    page = await context.newPage();
  });
  after(() => context?.close());

  test('shows the finding with its source', async () => {
    for (const { path, slug, locale } of site.pages) {
      await page.goto(`${site.origin}/${path}`);
      const element = await shown(page);
      assert.equal(element.defined, false, `${path}: not upgraded`);
      for (const words of [...expectedWords(slug, locale), SOURCE_WORDS[locale], 'WeTechCare']) {
        assert.ok(element.text.includes(words), `${path} shows « ${words} »: ${element.text}`);
      }
      assert.ok(element.height > 100, `${path}: the finding takes room (${element.height} px)`);
    }
  });

  test('axe finds no violation in the pre-rendered page (its module missing)', async () => {
    const withScripts = await browser.newContext({ viewport: { width: 800, height: 600 } });
    try {
      const bare = await withScripts.newPage();
      for (const { path } of site.pages) {
        await bare.goto(`${site.withoutModule}/${path}`);
        assert.equal((await shown(bare)).defined, false, `${path}: not upgraded`);
        assert.deepEqual(await axeViolations(bare), [], `${path}: axe`);
      }
    } finally {
      await withScripts.close();
    }
  });
});

describe(`every page with JavaScript (${ENGINE})`, () => {
  let context;
  let page;
  before(async () => {
    context = await browser.newContext({ viewport: { width: 800, height: 600 } });
    page = await context.newPage();
  });
  after(() => context?.close());

  test('the element upgrades and shows the same words in the same box, with no error', async () => {
    const without = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 800, height: 600 },
    });
    const bare = await without.newPage();
    // One page each (WebKit's WebDriver drives one page per context), watched throughout.
    const seen = await watch(page);
    try {
      for (const { path } of site.pages) {
        await bare.goto(`${site.origin}/${path}`);
        const preRendered = await shown(bare);
        await page.goto(`${site.origin}/${path}`);
        await page.evaluate((tag) => customElements.whenDefined(tag), preRendered.tag);
        const upgraded = await shown(page);
        assert.equal(upgraded.defined, true, `${path}: upgraded`);
        assert.equal(upgraded.text, preRendered.text, `${path}: same words`);
        // Hydration keeps the server's words: they must be the very words the element draws
        // by itself, in the browser, from the same attributes (a copy made beside it).
        const drawn = await page.evaluate(async (tag) => {
          const words = (root) => {
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, (node) =>
              node.parentElement?.closest('style')
                ? NodeFilter.FILTER_REJECT
                : NodeFilter.FILTER_ACCEPT,
            );
            let text = '';
            while (walker.nextNode()) text += ` ${walker.currentNode.data}`;
            return text.replace(/\s+/g, ' ').trim();
          };
          const hydrated = document.querySelector(tag);
          const copy = document.createElement(tag);
          for (const { name, value } of hydrated.attributes) copy.setAttribute(name, value);
          hydrated.after(copy);
          await copy.updateComplete;
          const result = { hydrated: words(hydrated.shadowRoot), drawn: words(copy.shadowRoot) };
          copy.remove();
          return result;
        }, preRendered.tag);
        assert.ok(drawn.drawn.length > 20, `${path}: the copy draws the finding`);
        assert.equal(
          drawn.hydrated,
          drawn.drawn,
          `${path}: the pre-rendered words are the element's`,
        );
        assert.ok(Math.abs(upgraded.height - preRendered.height) < 1, `${path}: same height`);
        assert.deepEqual(seen.errors, [], `${path}: no uncaught error`);
        assert.deepEqual(seen.consoleErrors, [], `${path}: no console error`);
      }
    } finally {
      await without.close();
    }
  });

  test('axe finds no violation once upgraded (one page per element), nor with ?theme=dark', async () => {
    const oneOfEach = [...new Map(site.pages.map((p) => [p.tag, p])).values()];
    assert.equal(oneOfEach.length, 3);
    for (const { path } of oneOfEach) {
      await page.goto(`${site.origin}/${path}`);
      await page.evaluate(() => customElements.whenDefined('relais-key-figure'));
      assert.deepEqual(await axeViolations(page), [], `${path}: axe`);
    }
    const [first] = site.pages;
    await page.goto(`${site.origin}/${first.path}`);
    const light = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    await page.goto(`${site.origin}/${first.path}?theme=dark`);
    const dark = await page.evaluate(() => ({
      page: getComputedStyle(document.documentElement).backgroundColor,
      theme: document.querySelector('main > [theme]')?.getAttribute('theme'),
    }));
    assert.equal(light, 'rgb(255, 255, 255)');
    assert.notEqual(dark.page, light);
    assert.equal(dark.theme, 'dark');
    assert.deepEqual(await axeViolations(page), [], 'dark: axe');
  });
});

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the share image of every page', () => {
  test('a 1200 × 630 PNG, in Open Graph and Twitter card tags, its alt the spoken sentence', async () => {
    for (const { path, locale } of site.pages) {
      const html = site.read(`${path}index.html`);
      const meta = (key) =>
        new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1];
      const image = meta('og:image');
      assert.equal(image, `${site.origin}/${path}share.png`, `${path}: og:image`);
      assert.equal(meta('twitter:image'), image);
      assert.equal(meta('twitter:card'), 'summary_large_image');
      const description = meta('description');
      assert.equal(meta('og:image:alt'), description, `${path}: alt is the spoken sentence`);
      assert.equal(meta('twitter:image:alt'), description);
      assert.equal(meta('og:locale'), locale === 'fr' ? 'fr_FR' : 'en_GB');
      const response = await fetch(image);
      assert.equal(response.headers.get('content-type'), 'image/png');
      const bytes = Buffer.from(await response.arrayBuffer());
      assert.deepEqual(pngSize(bytes), { width: 1200, height: 630 });
      assert.equal(meta('og:image:width'), '1200');
      assert.equal(meta('og:image:height'), '630');
      assert.ok(bytes.length < 150_000, `${path}: share image ${bytes.length} B`);
      const oembed = JSON.parse(site.read(`${path}oembed.json`));
      assert.equal(oembed.thumbnail_url, image);
    }
  });
});

describe('the head of every page', () => {
  test('title, description, canonical address, the other language and the oEmbed link', async () => {
    for (const { path, locale } of site.pages) {
      const html = site.read(`${path}index.html`);
      const url = `${site.origin}/${path}`;
      assert.match(html, new RegExp(`<html lang="${locale}">`));
      assert.match(html, /<title>[^<]{20,}— WeTechCare<\/title>/, `${path}: title`);
      assert.match(html, /<meta name="description" content="[^"]{30,}">/, `${path}: description`);
      assert.ok(html.includes(`<link rel="canonical" href="${url}">`), `${path}: canonical`);
      const other = locale === 'fr' ? 'en' : 'fr';
      assert.ok(
        html.includes(`hreflang="${other}" href="${url.replace(`/${locale}/`, `/${other}/`)}"`),
      );
      const oembed = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(
        html,
      );
      assert.ok(oembed, `${path}: oEmbed discovery link`);
      const response = await fetch(oembed[1]);
      assert.equal(response.status, 200);
      const json = await response.json();
      assert.equal(json.version, '1.0');
      assert.equal(json.type, 'rich');
      assert.equal(json.provider_name, 'WeTechCare · Relais');
      assert.ok(json.width > 0 && json.height > 0);
      assert.match(
        json.html,
        new RegExp(
          `^<blockquote class="wp-embedded-content"[^>]*>.*<a href="${url}">.*</blockquote><iframe [^>]*sandbox="allow-scripts" security="restricted" src="${url}"[^>]* width="100%"`,
        ),
        `${path}: blockquote, then the iframe`,
      );
    }
  });
});

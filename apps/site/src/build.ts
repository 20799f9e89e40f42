// Writes the site: for every finding and language, `<locale>/<slug>/index.html` (the
// element pre-rendered), `oembed.json` beside it, and (when given) its share image; the
// hydration module and the optional parent script are written by scripts/build.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findings, LOCALES, type Finding } from './findings.js';
import { oembedOf } from './oembed.js';
import { pageHtml, urlsOf } from './page.js';
import { renderFinding } from './render-element.js';
import { renderShareImage } from './share-image.js';
import type { Locale } from '../../../.storybook/snippet.js';

export interface ShareImage {
  png: Uint8Array;
  width: number;
  height: number;
}

export interface SiteOptions {
  /** The absolute address the site is served at, ending with `/`. */
  base: string;
  /** The folder to write into. */
  out: string;
  /** client/frame.ts, built: inlined in every page. */
  frameScript: string;
  /** The hydration module's path from the site's root (`assets/relais-site.js`). */
  modulePath: string;
  /** Whether to draw each finding's share image (on by default). */
  shareImages?: boolean;
}

export interface BuiltPage {
  slug: string;
  tag: Finding['tag'];
  locale: Locale;
  path: string;
  bytes: number;
  imageBytes: number | undefined;
}

export async function buildSite(options: SiteOptions): Promise<BuiltPage[]> {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const built: BuiltPage[] = [];
  for (const finding of findings()) {
    for (const locale of LOCALES) {
      const folder = join(options.out, locale, finding.slug);
      mkdirSync(folder, { recursive: true });
      const urls = urlsOf(base, finding.slug, locale);
      const element = renderFinding(finding, locale);
      const image =
        options.shareImages === false
          ? undefined
          : await renderShareImage(finding, locale, element);
      if (image) writeFileSync(join(folder, 'share.png'), image.png);
      const size = image ? { width: image.width, height: image.height } : undefined;
      const html = pageHtml({
        finding,
        locale,
        urls,
        element,
        frameScript: options.frameScript,
        moduleSrc: `../../${options.modulePath}`,
        image: size,
      });
      writeFileSync(join(folder, 'index.html'), html);
      const oembed = oembedOf(finding, locale, urls, base, size);
      writeFileSync(join(folder, 'oembed.json'), `${JSON.stringify(oembed, null, 2)}\n`);
      built.push({
        slug: finding.slug,
        tag: finding.tag,
        locale,
        path: `${locale}/${finding.slug}/`,
        bytes: Buffer.byteLength(html),
        imageBytes: image?.png.byteLength,
      });
    }
  }
  return built;
}

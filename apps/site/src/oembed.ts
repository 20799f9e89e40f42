// The oEmbed 1.0 `rich` response of one finding's page (https://oembed.com/), static, beside
// the page. Its `html` holds, in this order (WordPress keeps only these two, and only in
// this order), a `<blockquote class="wp-embedded-content">` and the iframe:
// - the blockquote is the fallback a consumer without frames shows (the finding, its
//   source, a link to the page), and what makes WordPress load its resize script
//   (wp-embed.js): with an iframe alone, the frame stays 300 px tall and clips the card;
// - the iframe shows the page itself, which reports its height to wp-embed.js.
import type { Locale } from '../../../.storybook/snippet.js';
import type { Finding } from './findings.js';
import { PROVIDER, type FindingUrls } from './page.js';

/**
 * The width a consumer is told; the iframe itself is `width="100%"`, since WordPress keeps
 * the attribute as it is (a fixed 600 overflows a phone's column; a style is stripped), and
 * the page fills whatever width it gets.
 */
export const EMBED_WIDTH = 600;

/** A first guess of the height at that width, until the page reports its own. */
const HEIGHT_GUESS: Record<Finding['tag'], number> = {
  'relais-key-figure': 280,
  'relais-quote-card': 420,
  'relais-interviewee-list': 900,
};

const escapeText = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (value: string): string => escapeText(value).replaceAll('"', '&quot;');

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  author_name: string;
  provider_name: string;
  provider_url: string;
  width: number;
  height: number;
  html: string;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

export function oembedOf(
  finding: Finding,
  locale: Locale,
  urls: FindingUrls,
  base: string,
  image: { width: number; height: number } | undefined,
): OEmbed {
  const title = finding.title[locale];
  const height = HEIGHT_GUESS[finding.tag];
  const blockquote =
    `<blockquote class="wp-embedded-content" lang="${locale}">` +
    `<p>${escapeText(finding.spoken[locale])}</p>` +
    `<p><a href="${escapeAttribute(urls.page)}">${escapeText(title)}</a></p>` +
    `</blockquote>`;
  const iframe =
    `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"` +
    ` src="${escapeAttribute(urls.page)}" title="${escapeAttribute(title)}"` +
    ` width="100%" height="${height}" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>`;
  return {
    version: '1.0',
    type: 'rich',
    title,
    author_name: 'WeTechCare',
    provider_name: PROVIDER,
    provider_url: base,
    width: EMBED_WIDTH,
    height,
    html: `${blockquote}${iframe}`,
    ...(image
      ? { thumbnail_url: urls.image, thumbnail_width: image.width, thumbnail_height: image.height }
      : {}),
  };
}

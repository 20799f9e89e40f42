// One finding's page: the element alone, pre-rendered, with what a search engine, a social
// network and WordPress read from its head (title, description, canonical address, the
// other language, the oEmbed discovery link, Open Graph and Twitter card tags).
import { findingPageUrl, shareImageUrl, type Locale } from '../../../.storybook/snippet.js';
import type { Finding } from './findings.js';

export const PROVIDER = 'WeTechCare · Relais';

/** The addresses of one finding in one language, all absolute (`base` ends with `/`). */
export interface FindingUrls {
  page: string;
  oembed: string;
  image: string;
  other: { locale: Locale; page: string };
}

export function urlsOf(base: string, slug: string, locale: Locale): FindingUrls {
  const other: Locale = locale === 'fr' ? 'en' : 'fr';
  const page = findingPageUrl(base, slug, locale);
  return {
    page,
    oembed: `${page}oembed.json`,
    image: shareImageUrl(base, slug, locale),
    other: { locale: other, page: findingPageUrl(base, slug, other) },
  };
}

const escapeText = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (value: string): string => escapeText(value).replaceAll('"', '&quot;');

const SITE_NAME: Record<Locale, string> = {
  fr: 'WeTechCare · les chiffres du rapport',
  en: 'WeTechCare · the report’s findings',
};

// The page is the element alone: no margin in a frame (the frame is exactly the card's
// height), some room around it when opened on its own. Light unless `?theme=dark`.
// WordPress makes a frame 200 to 1000 px tall: the key figures are `large` (over 200 px at
// any width), and the list of nine people is set a little smaller in a narrow frame, so that
// it fits 1000 px at 320 px wide.
const PAGE_CSS = `
html{color-scheme:light;background:#fff}
html[data-theme=dark]{color-scheme:dark;background:#0d0f11}
html[data-framed]{background:transparent}
body{margin:0}
main{box-sizing:border-box;max-width:44rem;margin:0 auto;padding:clamp(1rem,5vw,3rem) 1rem}
html[data-framed] main{max-width:none;padding:0}
@media (max-width:400px){html[data-framed] relais-interviewee-list{font-size:.875em}}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0}
`
  .trim()
  .replaceAll('\n', '');

export interface PageInput {
  finding: Finding;
  locale: Locale;
  urls: FindingUrls;
  element: string;
  /** The inline script that opts into dark and reports the height (client/frame.ts, built). */
  frameScript: string;
  /** The hydration module, relative to the page. */
  moduleSrc: string;
  image: { width: number; height: number } | undefined;
}

export function pageHtml({
  finding,
  locale,
  urls,
  element,
  frameScript,
  moduleSrc,
  image,
}: PageInput): string {
  const title = `${finding.title[locale]} — WeTechCare`;
  const description = finding.spoken[locale];
  const meta = (attribute: 'name' | 'property', key: string, value: string): string =>
    `<meta ${attribute}="${key}" content="${escapeAttribute(value)}">`;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${escapeAttribute(urls.page)}">`,
    `<link rel="alternate" hreflang="${locale}" href="${escapeAttribute(urls.page)}">`,
    `<link rel="alternate" hreflang="${urls.other.locale}" href="${escapeAttribute(urls.other.page)}">`,
    `<link rel="alternate" type="application/json+oembed" href="${escapeAttribute(urls.oembed)}" title="${escapeAttribute(finding.title[locale])}">`,
    '<link rel="icon" href="data:,">',
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', SITE_NAME[locale]),
    meta('property', 'og:title', finding.title[locale]),
    meta('property', 'og:description', description),
    meta('property', 'og:url', urls.page),
    meta('property', 'og:locale', locale === 'fr' ? 'fr_FR' : 'en_GB'),
    ...(image
      ? [
          meta('property', 'og:image', urls.image),
          meta('property', 'og:image:type', 'image/png'),
          meta('property', 'og:image:width', String(image.width)),
          meta('property', 'og:image:height', String(image.height)),
          meta('property', 'og:image:alt', description),
          meta('name', 'twitter:card', 'summary_large_image'),
          meta('name', 'twitter:image', urls.image),
          meta('name', 'twitter:image:alt', description),
        ]
      : [meta('name', 'twitter:card', 'summary')]),
    meta('name', 'twitter:title', finding.title[locale]),
    meta('name', 'twitter:description', description),
    `<style>${PAGE_CSS}</style>`,
  ];
  return `<!doctype html>
<html lang="${locale}">
<head>
${head.join('\n')}
</head>
<body>
<main>
<h1 class="visually-hidden">${escapeText(finding.heading[locale])}</h1>
${element}
</main>
<script>${frameScript}</script>
<script type="module" src="${escapeAttribute(moduleSrc)}"></script>
</body>
</html>
`;
}

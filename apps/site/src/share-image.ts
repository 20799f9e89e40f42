// A finding's share image (1200 × 630 PNG, what Open Graph and Twitter cards show): the
// finding, its words and its source, drawn from the element's own words (finding-words.ts)
// at build time with satori (layout to SVG) and resvg (SVG to PNG); no browser. The fonts
// come from npm packages (Atkinson Hyperlegible, designed for low-vision readers; Source
// Serif 4 for a quote), read from node_modules, never fetched.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { Locale } from '../../../.storybook/snippet.js';
import type { ShareImage } from './build.js';
import type { Finding } from './findings.js';
import { partsOf, type Parts } from './finding-words.js';

export const WIDTH = 1200;
export const HEIGHT = 630;

// The light theme's colours (@relais/theme): the image is the card, light.
const INK = '#1c1f23';
const MUTED = '#4f5760';
const ACCENT = '#1a4f8b';
const SURFACE = '#f7f6f2';
const RULE = '#767e87';

// The card's inner box: the image less its accent rule and padding (satori's boxes are
// content-box), so that every line wraps inside it.
const ACCENT_WIDTH = 20;
const PAD = { top: 52, right: 72, bottom: 44, left: 64 };
const INNER_WIDTH = WIDTH - ACCENT_WIDTH - PAD.left - PAD.right;
const INNER_HEIGHT = HEIGHT - PAD.top - PAD.bottom;

const require = createRequire(import.meta.url);
const font = (file: string): Buffer => readFileSync(require.resolve(file));
const FONTS = [
  {
    name: 'Atkinson',
    data: font(
      '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff',
    ),
    weight: 400 as const,
    style: 'normal' as const,
  },
  {
    name: 'Atkinson',
    data: font(
      '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff',
    ),
    weight: 700 as const,
    style: 'normal' as const,
  },
  {
    name: 'Serif',
    data: font('@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff'),
    weight: 400 as const,
    style: 'normal' as const,
  },
];

type Style = Record<string, string | number>;
interface Box {
  type: 'div';
  props: { style: Style; children?: (Box | string)[] | string };
}
const box = (style: Style, ...children: (Box | string)[]): Box => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});
// The fonts' Latin subsets lack U+202F (French: « 42 % », « crise : »): a no-break space
// keeps the same line breaks.
const text = (style: Style, value: string): Box => ({
  type: 'div',
  props: { style: { display: 'block', ...style }, children: value.replaceAll('\u202f', '\u00a0') },
});

const BRAND: Record<Locale, string> = {
  fr: 'WeTechCare · Monde social et numérique pendant la crise',
  en: 'WeTechCare · The social sector and digital technology during the crisis',
};

const first = (parts: Parts, name: string): string => parts.get(name)?.[0] ?? '';

function figureBody(parts: Parts): Box[] {
  const value = first(parts, 'value');
  const size = value.length > 14 ? 112 : value.length > 9 ? 136 : 168;
  return [
    text(
      { color: ACCENT, fontSize: size, fontWeight: 700, lineHeight: 1, letterSpacing: -2 },
      value,
    ),
    text({ color: INK, fontSize: 46, lineHeight: 1.25, marginTop: 24 }, first(parts, 'label')),
  ];
}

// The card draws its quotation marks with CSS; the image writes them, as each language does.
const MARKS: Record<Locale, [string, string]> = { fr: ['«\u00a0', '\u00a0»'], en: ['“', '”'] };

function quoteBody(parts: Parts, locale: Locale): Box[] {
  const [open, close] = MARKS[locale];
  const words = `${open}${(parts.get('quote') ?? []).join(' ')}${close}`;
  return [
    text(
      { color: INK, fontFamily: 'Serif', fontSize: words.length > 200 ? 36 : 44, lineHeight: 1.35 },
      words,
    ),
    box(
      { marginTop: 28, fontSize: 28, color: MUTED, gap: 12 },
      text({ color: INK, fontWeight: 700 }, first(parts, 'author')),
      text({}, first(parts, 'role')),
    ),
  ];
}

function listBody(parts: Parts, finding: Finding, locale: Locale): Box[] {
  const names = parts.get('name') ?? [];
  return [
    text({ color: INK, fontSize: 36, fontWeight: 700, lineHeight: 1.2 }, finding.title[locale]),
    box(
      { flexWrap: 'wrap', marginTop: 28, columnGap: 40, rowGap: 14 },
      ...names.map((name) =>
        text({ color: ACCENT, fontSize: 30, fontWeight: 700, width: 320 }, name),
      ),
    ),
  ];
}

/** The layout: a card as the elements draw it, accent rule on the left, source at the foot. */
export function shareTree(finding: Finding, locale: Locale, elementHtml: string): Box {
  const parts = partsOf(elementHtml);
  const body =
    finding.tag === 'relais-key-figure'
      ? figureBody(parts)
      : finding.tag === 'relais-quote-card'
        ? quoteBody(parts, locale)
        : listBody(parts, finding, locale);
  return box(
    {
      width: INNER_WIDTH,
      height: INNER_HEIGHT,
      backgroundColor: SURFACE,
      fontFamily: 'Atkinson',
      borderLeft: `${ACCENT_WIDTH}px solid ${ACCENT}`,
      padding: `${PAD.top}px ${PAD.right}px ${PAD.bottom}px ${PAD.left}px`,
      flexDirection: 'column',
      justifyContent: 'space-between',
    },
    text(
      {
        width: INNER_WIDTH,
        color: ACCENT,
        fontSize: 22,
        fontWeight: 700,
        letterSpacing: 1,
        textTransform: 'uppercase',
      },
      BRAND[locale],
    ),
    box({ flexDirection: 'column', width: INNER_WIDTH }, ...body),
    text(
      {
        width: INNER_WIDTH,
        color: MUTED,
        fontSize: 24,
        borderTop: `2px solid ${RULE}`,
        paddingTop: 16,
        lineHeight: 1.35,
      },
      first(parts, 'source'),
    ),
  );
}

export async function renderShareImage(
  finding: Finding,
  locale: Locale,
  elementHtml: string,
): Promise<ShareImage> {
  const tree = shareTree(finding, locale, elementHtml) as unknown as Parameters<typeof satori>[0];
  const svg = await satori(tree, { width: WIDTH, height: HEIGHT, fonts: FONTS });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: WIDTH } }).render().asPng();
  return { png, width: WIDTH, height: HEIGHT };
}

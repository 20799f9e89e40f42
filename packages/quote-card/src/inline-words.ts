import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '@relais/core';

/**
 * The words a partner writes inside a quote card, read as data, never as markup: text, and
 * the few inline elements that carry meaning a reader must keep — a change of language
 * (WCAG 3.1.2), emphasis, an abbreviation, a quotation inside the quote, the title of a
 * work, a line break, a link to a safe address. Everything else (a `<b>`, a `<font>`, an
 * image, a script) gives its text only. Rendered by Lit templates, one per kind: no
 * partner string ever reaches `innerHTML`.
 */
export type Words = string | WordsElement;

export interface WordsElement {
  readonly tag: 'span' | 'em' | 'strong' | 'abbr' | 'q' | 'cite' | 'a' | 'br';
  /** A language tag, on any of them: the partner's `lang` (any element with one is kept). */
  readonly lang?: string | undefined;
  /** `abbr`'s expansion. */
  readonly title?: string | undefined;
  /** `a`'s safe address. */
  readonly href?: string | undefined;
  readonly children: readonly Words[];
}

/** One paragraph of the quote. */
export type Paragraph = readonly Words[];

const KEPT = new Set<WordsElement['tag']>(['em', 'strong', 'abbr', 'q', 'cite', 'a', 'br']);
/** Elements whose text is not the quote's words. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);
/** Elements that start a paragraph of their own. */
const BLOCKS = new Set(['p', 'div', 'blockquote', 'li', 'section']);
/** Quotation marks a partner may have typed around the words, for readers without JavaScript. */
const LEADING_MARKS = /^[\s«“„‘‚‹"']+/;
const TRAILING_MARKS = /[\s»”“’‘›"']+$/;

function elementOf(
  node: Element,
  isLanguageTag: (value: string) => boolean,
  children: Words[],
): Words[] {
  const name = node.localName as WordsElement['tag'];
  const lang = node.getAttribute('lang')?.trim();
  const kept = lang !== undefined && isLanguageTag(lang) ? lang : undefined;
  if (name === 'a') {
    const href = safeUrl(node.getAttribute('href'));
    if (href) return [{ tag: 'a', href, lang: kept, children }];
  } else if (KEPT.has(name)) {
    const title = name === 'abbr' ? node.getAttribute('title')?.trim() || undefined : undefined;
    return [{ tag: name, lang: kept, title, children: name === 'br' ? [] : children }];
  }
  return kept ? [{ tag: 'span', lang: kept, children }] : children;
}

/** Collapses white space as a browser lays it out, and drops what is left empty. */
function tidy(words: readonly Words[]): Words[] {
  const out: Words[] = [];
  for (const piece of words) {
    if (typeof piece === 'string') {
      const text = piece.replace(/\s+/g, ' ');
      if (text) out.push(text);
    } else if (piece.tag === 'br' || piece.children.length) {
      out.push({ ...piece, children: tidy(piece.children) });
    }
  }
  return out;
}

/** `words` with `edit` applied to its first (or last) text, however deep. */
function editEdge(words: readonly Words[], last: boolean, edit: (text: string) => string): Words[] {
  const out = [...words];
  const index = last ? out.length - 1 : 0;
  const piece = out[index];
  if (piece === undefined) return out;
  if (typeof piece === 'string') out[index] = edit(piece);
  else out[index] = { ...piece, children: editEdge(piece.children, last, edit) };
  return tidy(out.filter((item) => item !== ''));
}

const textOf = (words: readonly Words[]): string =>
  words.map((piece) => (typeof piece === 'string' ? piece : textOf(piece.children))).join('');

/**
 * The words written inside `host`, one entry per paragraph, without the quotation marks a
 * partner typed around them (the card draws its own). `isLanguageTag` decides which `lang`
 * values are kept.
 */
export function wordsOf(host: Element, isLanguageTag: (value: string) => boolean): Paragraph[] {
  const paragraphs: Words[][] = [];
  let current: Words[] = [];
  const flush = (): void => {
    let words = editEdge(tidy(current), false, (text) => text.trimStart());
    words = editEdge(words, true, (text) => text.trimEnd());
    if (textOf(words).trim()) paragraphs.push(words);
    current = [];
  };
  const walk = (node: Node, into: Words[]): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      into.push((node as Text).data);
      return;
    }
    if (!(node instanceof Element) || SKIPPED.has(node.localName)) return;
    if (BLOCKS.has(node.localName) && into === current) {
      flush();
      node.childNodes.forEach((child) => walk(child, current));
      flush();
      return;
    }
    const children: Words[] = [];
    node.childNodes.forEach((child) => walk(child, children));
    into.push(...elementOf(node, isLanguageTag, children));
  };
  host.childNodes.forEach((child) => walk(child, current));
  flush();
  const last = paragraphs.length - 1;
  return paragraphs
    .map((words, index) => {
      const opened =
        index === 0 ? editEdge(words, false, (t) => t.replace(LEADING_MARKS, '')) : words;
      return index === last ? editEdge(opened, true, (t) => t.replace(TRAILING_MARKS, '')) : opened;
    })
    .filter((words) => textOf(words).trim() !== '');
}

/** The plain text of a paragraph (for a fallback, a title, a test). */
export const plainText = (paragraph: Paragraph): string => textOf(paragraph);

/** A paragraph as the card shows it. */
export function renderWords(words: readonly Words[]): (TemplateResult | string)[] {
  return words.map((piece) => {
    if (typeof piece === 'string') return piece;
    const inner = renderWords(piece.children);
    const lang = piece.lang ?? nothing;
    switch (piece.tag) {
      case 'em':
        return html`<em lang=${lang}>${inner}</em>`;
      case 'strong':
        return html`<strong lang=${lang}>${inner}</strong>`;
      case 'abbr':
        return html`<abbr lang=${lang} title=${piece.title ?? nothing}>${inner}</abbr>`;
      case 'q':
        return html`<q lang=${lang}>${inner}</q>`;
      case 'cite':
        return html`<cite lang=${lang}>${inner}</cite>`;
      case 'a':
        return html`<a lang=${lang} href=${piece.href ?? nothing}>${inner}</a>`;
      case 'br':
        return html`<br />`;
      default:
        return html`<span lang=${lang}>${inner}</span>`;
    }
  });
}

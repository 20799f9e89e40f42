// The reader chosen in the toolbar (language and theme), known to every story and every
// docs page. Stories get it from their context; docs pages, including guides that render
// no story, get it from the preview's channel, which announces the globals on start
// (SET_GLOBALS) and on every change (GLOBALS_UPDATED).
import { addons } from 'storybook/preview-api';
import { GLOBALS_UPDATED, SET_GLOBALS } from 'storybook/internal/core-events';
import type { Locale } from './snippet.js';

export type ThemeName = 'light' | 'dark';
export interface Reader {
  locale: Locale;
  theme: ThemeName;
}

/** The partner page behind every story: the page colours of each theme. */
export const PAGE_COLOURS: Record<ThemeName, { background: string; text: string }> = {
  light: { background: '#ffffff', text: '#1c1f23' },
  dark: { background: '#0e0f11', text: '#eceff2' },
};

export function readerOf(globals: Record<string, unknown> | undefined): Reader {
  return {
    locale: globals?.['locale'] === 'en' ? 'en' : 'fr',
    theme: globals?.['theme'] === 'dark' ? 'dark' : 'light',
  };
}

let current: Reader = readerOf(undefined);
const listeners = new Set<(reader: Reader) => void>();

export const currentReader = (): Reader => current;

/** Calls `listener` on every change; returns the unsubscribe function. */
export function onReaderChange(listener: (reader: Reader) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function update({ globals }: { globals?: Record<string, unknown> }): void {
  const next = readerOf(globals);
  if (next.locale === current.locale && next.theme === current.theme) return;
  current = next;
  for (const listener of listeners) listener(current);
}

const channel = addons.getChannel();
channel.on(SET_GLOBALS, update);
channel.on(GLOBALS_UPDATED, update);

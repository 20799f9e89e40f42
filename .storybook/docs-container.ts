// Docs pages in the toolbar's theme: Storybook gives a docs page one fixed theme, so with
// « Dark » selected the elements were dark on a white page (axe: contrast 1.15). This
// container re-renders the docs page in Storybook's dark or light theme as the toolbar
// changes; the stories on the page get the reader's lang and theme from preview.ts.
import { createElement, useEffect, useState, type PropsWithChildren } from 'react';
import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import { create } from 'storybook/theming';
import { PAGE_COLOURS, currentReader, onReaderChange } from './reader.js';

const DOCS_THEMES = {
  light: create({
    base: 'light',
    appContentBg: PAGE_COLOURS.light.background,
    textColor: PAGE_COLOURS.light.text,
    // Storybook's default secondary blue is 3.9:1 on white; the report's accent is 8.2:1.
    colorSecondary: '#1a4f8b',
  }),
  dark: create({
    base: 'dark',
    appContentBg: PAGE_COLOURS.dark.background,
    appBg: '#17191c',
    textColor: PAGE_COLOURS.dark.text,
    colorSecondary: '#a9d3ff',
  }),
};

export function ReaderDocsContainer(props: PropsWithChildren<DocsContainerProps>) {
  const [reader, setReader] = useState(currentReader);
  useEffect(() => onReaderChange(setReader), []);
  return createElement(DocsContainer, { ...props, theme: DOCS_THEMES[reader.theme] });
}

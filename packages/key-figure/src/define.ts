import { defineOnce } from '@relais/core';
import { RelaisKeyFigure } from './key-figure.js';
import { VERSION } from './version.js';

defineOnce('relais-key-figure', RelaisKeyFigure, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'relais-key-figure': RelaisKeyFigure;
  }
}

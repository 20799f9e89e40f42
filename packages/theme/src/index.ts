export { darkColors, forcedColors, lightColors, scale, tokens } from './tokens.js';
export { DEFAULT_THEME, THEMES, isTheme, type Theme } from './themes.js';
export { VERSION } from './version.js';

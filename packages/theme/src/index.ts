export { darkColors, forcedColors, lightColors, scale, tokens } from './tokens.js';
export { THEMES, isTheme, type Theme } from './themes.js';
export { VERSION } from './version.js';

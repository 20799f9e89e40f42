/** The version of @relais/embed; the build writes the one from package.json here. */
export const VERSION: string = '__RELAIS_EMBED_VERSION__';

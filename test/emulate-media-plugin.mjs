// A test-runner command that emulates media in Chromium like @web/test-runner-commands'
// `emulateMedia`, plus `forcedColors` (Windows High Contrast), which that command drops on
// Puppeteer's way. test/commands.ts sends `emulateMedia({ forcedColors })` here; shared by
// the tests of every package, never shipped.
export function emulateMediaPlugin() {
  return {
    name: 'relais-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'relais-emulate-media') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`relais-emulate-media is not supported for ${session.browser.type}`);
      }
      const page = session.browser.getPage(session.id);
      const names = {
        colorScheme: 'prefers-color-scheme',
        reducedMotion: 'prefers-reduced-motion',
        forcedColors: 'forced-colors',
      };
      const features = Object.entries(names)
        .filter(([key]) => payload?.[key] != null)
        .map(([key, name]) => ({ name, value: payload[key] }));
      await page.emulateMediaFeatures(features);
      if (payload?.media) await page.emulateMediaType(payload.media);
      return true;
    },
  };
}

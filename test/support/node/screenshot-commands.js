/**
 * Visual checks (test/visual/): the browser page's own pixels, taken by Chromium through Puppeteer,
 * and the committed reference each is compared with. Registered in web-test-runner.config.js.
 *
 * - `visual-page` with `{ width, height, colorScheme }`: a fixed viewport at scale 1, UTC, the given
 *   `prefers-color-scheme` and reduced motion, so that the same page gives the same pixels every run;
 *   with `{ reset: true }`, the page as it was (the launcher reuses it for the next test file).
 * - `screenshot` with `{ name, clip }` (CSS pixels, from the top of the page): takes the PNG and answers
 *   `{ actual, reference }`, both base64 (reference null when there is none), for the test to compare
 *   (the browser decodes PNGs for free: no image library here). The latest actual is always left in
 *   .cache/screenshots/<name>.png, to look at when a check fails.
 *
 * A missing reference is never made silently: only with UPDATE_SCREENSHOTS=1 in the environment are
 * the references written (or rewritten), and the answer then says so (`updated: true`).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export function screenshots({ directory, update = false, scratch = '.cache/screenshots' }) {
  /** Each page's viewport before the first `visual-page`, to put back. */
  const viewports = new WeakMap();
  return {
    name: 'screenshots',
    async executeCommand({ command, payload, session }) {
      if (command !== 'visual-page' && command !== 'screenshot') return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'visual-page' && payload.reset) {
        if (viewports.has(page)) await page.setViewport(viewports.get(page));
        viewports.delete(page);
        await page.emulateTimezone(undefined);
        await page.emulateMediaFeatures([]);
        return true;
      }
      if (command === 'visual-page') {
        if (!viewports.has(page)) viewports.set(page, page.viewport());
        await page.setViewport({ width: payload.width, height: payload.height, deviceScaleFactor: 1 });
        await page.emulateTimezone('UTC');
        await page.emulateMediaFeatures([
          { name: 'prefers-color-scheme', value: payload.colorScheme ?? 'light' },
          { name: 'prefers-reduced-motion', value: 'reduce' },
        ]);
        return true;
      }
      if (!/^[\w-]+$/.test(payload.name)) throw new Error(`A screenshot's name is a file name: ${payload.name}`);
      const png = Buffer.from(await page.screenshot({ type: 'png', clip: payload.clip, captureBeyondViewport: true }));
      await mkdir(scratch, { recursive: true });
      await writeFile(join(scratch, `${payload.name}.png`), png);
      const file = join(directory, `${payload.name}.png`);
      if (update) {
        await mkdir(directory, { recursive: true });
        await writeFile(file, png);
        return { actual: png.toString('base64'), reference: png.toString('base64'), updated: true };
      }
      const reference = await readFile(file).catch((error) => (error.code === 'ENOENT' ? null : Promise.reject(error)));
      return { actual: png.toString('base64'), reference: reference?.toString('base64') ?? null, updated: false };
    },
  };
}

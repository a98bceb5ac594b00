// Which Chromium the browser tests drive: CHROMIUM_PATH, then Debian's package, then Playwright's own.
import { existsSync } from 'node:fs';

/** @returns {string | undefined} an executable path, or undefined to let Playwright pick its own browser */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p));
}

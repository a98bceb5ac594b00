// Makes sure a Chromium exists before the browser tests: installs Debian's package when we are root
// with apt, otherwise stops with a message that says exactly what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium-path.mjs';

function playwrightBrowserExists() {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

if (!chromiumPath() && !playwrightBrowserExists()) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = existsSync('/usr/bin/apt-get');
  if (root && apt) {
    console.log('No Chromium found: installing Debian package "chromium" (about a minute)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  }
  if (!chromiumPath() && !playwrightBrowserExists()) {
    console.error(
      'The end-to-end tests need a Chromium and none was found.\n' +
        'Install one of:\n' +
        '  sudo apt-get install -y chromium          (Debian/Ubuntu; found at /usr/bin/chromium)\n' +
        '  npx playwright install chromium           (Playwright’s own build)\n' +
        'or set CHROMIUM_PATH=/path/to/chromium.',
    );
    process.exit(1);
  }
}

// Refuses to run the end-to-end suite without its browser: each file skips its tests when Chromium is missing (so a
// single file can be run while working on something else), and a whole run that skipped everything would pass green
// while proving nothing. E2E_ALLOW_SKIP=1 lets it skip on purpose.
import { existsSync } from 'node:fs';

export default function setup(): void {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromium) || process.env.E2E_ALLOW_SKIP === '1') return;
  throw new Error(
    `No Chromium at ${chromium}: the end-to-end tests need Debian's package (apt-get install chromium, as .ci/run does) ` +
      'or CHROMIUM_PATH; set E2E_ALLOW_SKIP=1 to skip them knowingly.',
  );
}

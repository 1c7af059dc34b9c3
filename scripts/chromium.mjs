import { existsSync } from 'node:fs';

/** The system Chromium: tests never download a browser of their own. */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate) => candidate && existsSync(candidate)) ?? null;
}

// Flags this machine needs: no sandbox as root, no GPU, and none of Chromium's own network
// traffic, which the closed network here refuses.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumLaunchOptions() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-tools.mjs`.');
  return { executablePath, args: chromiumArgs, headless: true };
}

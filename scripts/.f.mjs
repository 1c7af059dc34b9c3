import { chromium } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { chromiumLaunchOptions } from './chromium.mjs';
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
const msgs = [];
page.on('console', (m) => msgs.push(`${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => msgs.push(`pageerror ${e.message}`));
page.on('requestfailed', (r) => msgs.push(`FAILED ${r.url().slice(0, 120)}`));
page.on('request', (r) => {
  if (!r.url().startsWith('file:') && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
    msgs.push(`REQUEST ${r.url()}`);
});
await page.goto(pathToFileURL('dist-single/index.html').href + '?year=2022');
await page.locator('.recharts-surface').first().waitFor({ timeout: 10000 });
console.log('kpis', await page.locator('.kpi-card').count(), page.url());
console.log(
  'idb',
  await page.evaluate(
    () =>
      new Promise((res) => {
        try {
          const r = indexedDB.open('t');
          r.onsuccess = () => res('ok');
          r.onerror = () => res('error ' + r.error);
        } catch (e) {
          res('throw ' + e);
        }
      }),
  ),
);
await page.screenshot({ path: '/tmp/shots/single.png' });
console.log(msgs.join('\n') || 'no console messages');
await browser.close();

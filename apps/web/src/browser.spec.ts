import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltServer, type RunningServer } from '../../server/src/testing/server-process.js';

/**
 * The field app as a teacher meets it: the built server on a fresh embedded database with the demo
 * data, Debian's Chromium in a phone-sized window, and a reload with the network gone.
 */
const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);

if (!present && process.env['CI'] === 'true') {
  throw new Error(`${CHROMIUM} is missing: CI must run the browser test`);
}
if (!present) console.warn(`Skipping the browser test: ${CHROMIUM} is not installed.`);

describe.skipIf(!present)('the field app in a phone browser', () => {
  let server: RunningServer;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    server = await startBuiltServer();
    url = server.url;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs a teacher in, keeps a first-step draft and shows it again offline', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 640 },
      isMobile: true,
      hasTouch: true,
      locale: 'th-TH',
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByLabel('ชื่อผู้ใช้').fill('demo.teacher');
    await page.getByLabel('รหัสผ่าน').fill('isee-demo-2569');
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();

    await page.getByRole('heading', { name: 'นักเรียนในชั้นของฉัน' }).waitFor();
    const group = page.locator('details.group', { hasText: 'ยังไม่ได้คัดกรอง' });
    const first = group.locator('button.row').first();
    await first.waitFor();
    const name = (await first.locator('.name').textContent()) ?? '';
    await first.click();

    await page.getByRole('button', { name: 'เริ่มคัดกรอง' }).click();
    await page.getByText('ขั้นที่ 1 จาก').waitFor();
    await page.getByRole('button', { name: 'ถัดไป' }).click();
    await page.getByRole('heading', { name: 'ข้อมูลนักเรียน' }).waitFor();
    const livesWith = page.getByRole('group', { name: /นักเรียนอาศัยอยู่กับ/ });
    const option = livesWith.locator('label.option').first();
    const chosen = (await option.textContent()) ?? '';
    await option.getByRole('radio').check();

    // The service worker must control the page before the network goes, or nothing serves the shell.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    await context.setOffline(true);
    await page.reload();
    await page.getByText('ไม่มีอินเทอร์เน็ต').first().waitFor();
    await page.getByRole('heading', { name: name.trim() }).waitFor();
    await page.getByRole('heading', { name: 'ข้อมูลนักเรียน' }).waitFor();
    const kept = page.getByRole('group', { name: /นักเรียนอาศัยอยู่กับ/ });
    await expect(kept.getByRole('radio', { name: chosen.trim() }).isChecked()).resolves.toBe(true);
    await context.close();
  }, 120_000);
});

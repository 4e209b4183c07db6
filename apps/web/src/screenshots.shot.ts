import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import {
  ROOT,
  startBuiltServer,
  type RunningServer,
} from '../../server/src/testing/server-process.js';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  fillTypedSections,
  phone,
  signIn,
  INSIDE,
  OUTSIDE,
  signSubmit,
  startNewScreening,
  takePhoto,
  untilOfflineReady,
} from './testing/field.js';

/**
 * The main screens in Thai at 360 × 640, as a teacher, a certifier and a director see them on the
 * demo data: `npm run screenshots` (after `npm run build`) rewrites docs/screenshots/*.png.
 */
const OUT = join(ROOT, 'docs/screenshots');
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  server = await startBuiltServer();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const shot = (page: Page, name: string): Promise<Buffer> =>
  page.screenshot({ path: join(OUT, `${name}.png`), fullPage: false });

it('takes the teacher screens', async () => {
  const context = await phone(browser);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByLabel('ชื่อผู้ใช้').waitFor();
  await shot(page, '01-sign-in');
  await signIn(page, server.url, 'demo.teacher');
  await page.locator('details.group button.row').first().waitFor();
  await shot(page, '02-students');
  await startNewScreening(page);
  await untilOfflineReady(page);
  await fillTypedSections(page, 'members');
  await shot(page, '03-members-income');
  await page.locator('aside.preview').scrollIntoViewIfNeeded();
  await shot(page, '04-pmt-preview');
  await fillTypedSections(page, 'photos');
  await takePhoto(page, OUTSIDE, 1);
  await page.locator('section.card.photo').first().scrollIntoViewIfNeeded();
  await shot(page, '05-photos');
  // Offline, so the outbox shows the submission waiting on the phone.
  await context.setOffline(true);
  await takePhoto(page, INSIDE, 2);
  await signSubmit(page);
  await page.goto(`${server.url}/#/outbox`);
  await page.getByRole('heading', { name: 'รายการรอส่ง' }).waitFor();
  await page.locator('.outbox-item').first().waitFor();
  await shot(page, '06-outbox');
  // Back online: the submission goes to the certifier's queue for the next screens.
  await context.setOffline(false);
  await page.locator('.outbox-item.sent').first().waitFor({ timeout: 60_000 });
  await context.close();
});

it('takes the certifier and director screens', async () => {
  for (const [user, prefix] of [
    ['demo.certifier', '07-certifier'],
    ['demo.director', '08-director'],
  ] as const) {
    const context = await phone(browser);
    const page = await context.newPage();
    await signIn(page, server.url, user);
    await page.locator('main button.row').first().waitFor();
    await shot(page, `${prefix}-queue`);
    await page.locator('main button.row').first().click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await shot(page, `${prefix}-review`);
    await context.close();
  }
});

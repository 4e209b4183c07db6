import { sampleHouseholds, type FormRevisionId, type HouseholdForm } from '@isee/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { stepsOf } from '../form/wizard.js';

/**
 * What the browser tests and the screenshot script do on the field app, as a user does it: the
 * demo accounts, a phone-sized window in Thai, the camera fed a JPEG the way a phone's file picker is.
 */

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];
export const DEMO_PASSWORD = 'isee-demo-2569';
export const DEMO_PIN = '246810';
/** Somewhere in Ubon Ratchathani, the accuracy a cheap phone reports outdoors. */
const HERE = { latitude: 15.2448, longitude: 104.8473, accuracy: 12 };

/** A phone: 360 × 640, touch, Thai, the location permission given. */
export async function phone(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    geolocation: HERE,
    permissions: ['geolocation'],
  });
  context.setDefaultTimeout(30_000);
  return context;
}

/** A phone with a demo user signed in; close it with `page.context().close()`. */
export async function signedInPhone(
  browser: Browser,
  url: string,
  username: string,
): Promise<Page> {
  const page = await (await phone(browser)).newPage();
  await signIn(page, url, username);
  return page;
}

export async function signIn(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('ชื่อผู้ใช้').fill(username);
  await page.getByLabel('รหัสผ่าน').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
}

/** The service worker must control the page before the network goes, or nothing serves the shell. */
export async function untilOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

/** Opens the n-th student not screened yet and starts a screening; answers their name. */
export async function startNewScreening(page: Page, n = 0): Promise<string> {
  await page.getByRole('heading', { name: 'นักเรียนในชั้นของฉัน' }).waitFor();
  const group = page.locator('details.group', { hasText: 'ยังไม่ได้คัดกรอง' });
  const row = group.locator('button.row').nth(n);
  await row.waitFor();
  const name = ((await row.locator('.name').textContent()) ?? '').trim();
  await row.click();
  await page.getByRole('heading', { name }).waitFor();
  await page.getByRole('button', { name: 'เริ่มคัดกรอง' }).click();
  await page.getByText('ขั้นที่ 1 จาก').waitFor();
  return name;
}

/** The student page's draft as the app keeps it in IndexedDB. */
interface StoredDraft {
  readonly studentId: number;
  readonly id: string;
  readonly form: Record<string, unknown>;
  readonly step: number;
}

/** One read or write of the app's IndexedDB (`isee-field`), done in the page as the app does. */
export async function phoneStore<T>(
  page: Page,
  op:
    | { readonly kind: 'get'; readonly store: string; readonly key: string | number }
    | { readonly kind: 'put'; readonly store: string; readonly value: unknown }
    | { readonly kind: 'count'; readonly store: string },
): Promise<T> {
  return page.evaluate(async (o) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('isee-field');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const store = db
      .transaction(o.store, o.kind === 'put' ? 'readwrite' : 'readonly')
      .objectStore(o.store);
    const request =
      o.kind === 'get' ? store.get(o.key) : o.kind === 'put' ? store.put(o.value) : store.count();
    return new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result as T);
      request.onerror = () => reject(request.error);
    });
  }, op);
}

/** The draft of the student the page shows (the only one the test started). */
export async function currentDraft(page: Page): Promise<StoredDraft> {
  const studentId = Number(/#\/student\/(\d+)/.exec(page.url())?.[1]);
  return phoneStore<StoredDraft>(page, { kind: 'get', store: 'drafts', key: studentId });
}

/**
 * Fills every section a teacher types into with the domain's sample household (the wizard's own
 * inputs are exercised step by step elsewhere), leaving photos and the signature to the camera and
 * the signature pad, and opens the photo step. Reloads the page so the app reads the draft.
 */
export async function fillTypedSections(
  page: Page,
  stepId = 'photos',
  sampleId = 'northeast-farm',
): Promise<StoredDraft> {
  const draft = await currentDraft(page);
  const revision = draft.form['formRevision'] as FormRevisionId;
  const sample = sampleHouseholds(revision).find((s) => s.id === sampleId)?.form as HouseholdForm;
  const form = { ...sample, photos: { items: [] }, declarations: unsigned(sample.declarations) };
  const step = stepsOf(revision, sample.variant).findIndex((s) => s.id === stepId);
  const next = { ...draft, form, step };
  await phoneStore(page, { kind: 'put', store: 'drafts', value: next });
  await page.reload();
  await page.getByText(`ขั้นที่ ${step + 1} จาก`).waitFor();
  return next;
}

/** Declarations before the guardian signs (a parameter, so nothing is left unused). */
const unsigned = <T extends { readonly signature: string }>({
  signature: _signature,
  ...rest
}: T) => rest;

/** A camera-sized photo: noise, so it stays large after the phone's compression (several chunks). */
export async function cameraJpeg(seed: number, width = 2000, height = 1500): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  let x = seed * 2_654_435_761;
  for (let i = 0; i < pixels.length; i++) {
    x = (x * 1_103_515_245 + 12_345) >>> 0;
    pixels[i] = x >>> 24;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** Takes one photo of a kind through the app's camera input. */
export async function takePhoto(page: Page, kindLabel: string, seed: number): Promise<void> {
  const kinds = page.getByRole('group', { name: 'ภาพที่จะถ่าย' });
  await kinds.getByRole('radio', { name: kindLabel }).check();
  const before = await page.locator('section.card.photo').count();
  await page.locator('input[type=file]').setInputFiles({
    name: `photo-${seed}.jpg`,
    mimeType: 'image/jpeg',
    buffer: await cameraJpeg(seed),
  });
  await page.waitForFunction(
    (n) => document.querySelectorAll('section.card.photo').length > n,
    before,
  );
}

/** The guardian signs with a finger: a stroke across the pad, then "keep". */
export async function sign(page: Page): Promise<void> {
  const pad = page.getByLabel(/ช่องลงลายมือชื่อ/);
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (box === null) throw new Error('the signature pad is not on screen');
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(box.x + 20 + i * 25, box.y + box.height / 2 + (i % 2 ? -20 : 20));
  await page.mouse.up();
  await page.getByRole('button', { name: 'บันทึกลายมือชื่อ' }).click();
  await page.getByText('บันทึกลายมือชื่อแล้ว').first().waitFor();
}

/** Next step of the wizard. */
export async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'ถัดไป' }).click();
}

/** The photo kinds as the form names them. */
export const OUTSIDE = 'ภายนอกบ้าน (เห็นหลังคาและผนังทั้งหมด)';
export const INSIDE = 'ภายในบ้าน (เห็นพื้นและสภาพภายใน)';
export const SCHOOL_SIGN = 'นักเรียนคู่กับป้ายโรงเรียน';

/** From the photo step: two home photos, the signature, then submit. */
export async function photographSignSubmit(page: Page): Promise<void> {
  await takePhoto(page, OUTSIDE, 1);
  await takePhoto(page, INSIDE, 2);
  await signSubmit(page);
}

/** From the photo step with every photo taken: the signature, then submit. */
export async function signSubmit(page: Page): Promise<void> {
  await page.getByText('มีภาพครบตามที่ต้องการแล้ว').waitFor();
  await next(page);
  await page.getByRole('heading', { name: 'คำรับรอง' }).waitFor();
  await sign(page);
  await next(page);
  await page.getByRole('heading', { name: 'ตรวจและส่งแบบคัดกรอง' }).waitFor();
  await page.getByText('ข้อมูลครบถ้วน พร้อมส่ง').waitFor();
  await page.getByRole('button', { name: 'ส่งแบบคัดกรอง' }).click();
  await page.getByText('ส่งแบบคัดกรองแล้ว').waitFor();
}

/** A session on the server's API from Node, as a second phone or a check of what the server holds. */
export async function apiSession(
  url: string,
  username: string,
): Promise<{
  get: (path: string) => Promise<unknown>;
  put: (path: string, body: unknown) => Promise<Response>;
}> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login ${username}: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    get: async (path) => (await fetch(`${url}${path}`, { headers: { cookie } })).json(),
    put: (path, body) =>
      fetch(`${url}${path}`, {
        method: 'PUT',
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
  };
}

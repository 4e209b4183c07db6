import { formatNumber, previewHousehold, type HouseholdVariantForm } from '@isee/domain';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltServer, type RunningServer } from '../../server/src/testing/server-process.js';
import { accessibilityProblems } from './testing/axe.js';
import {
  apiSession,
  CHROMIUM,
  CHROMIUM_ARGS,
  currentDraft,
  DEMO_PIN,
  fillTypedSections,
  INSIDE,
  next,
  OUTSIDE,
  phone,
  phoneStore,
  photographSignSubmit,
  SCHOOL_SIGN,
  sign,
  signedInPhone,
  signIn,
  signSubmit,
  takePhoto,
  startNewScreening,
  untilOfflineReady,
} from './testing/field.js';

/**
 * The field app as its users meet it: the built server on a fresh embedded database with the demo
 * data, Debian's Chromium in a phone-sized window, the network taken away and given back, and the
 * server killed in the middle of a sync.
 */
const present = existsSync(CHROMIUM);

if (!present && process.env['CI'] === 'true') {
  throw new Error(`${CHROMIUM} is missing: CI must run the browser test`);
}
if (!present) console.warn(`Skipping the browser test: ${CHROMIUM} is not installed.`);

interface Screening {
  readonly status: string;
  readonly version: string;
  readonly form: Record<string, unknown>;
  readonly events: readonly { readonly to: string }[];
}

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
      args: CHROMIUM_ARGS,
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** The state the student page shows for the screening's outbox item. */
  const outboxState = (page: Page, text: string) =>
    page.locator('.outbox-state', { hasText: text }).waitFor({ timeout: 60_000 });

  it('keeps a first-step draft and shows it again offline after a reload', async () => {
    const page = await signedInPhone(browser, url, 'demo.teacher');
    const context = page.context();
    const name = await startNewScreening(page);
    await next(page);
    await page.getByRole('heading', { name: 'ข้อมูลนักเรียน' }).waitFor();
    const livesWith = page.getByRole('group', { name: /นักเรียนอาศัยอยู่กับ/ });
    const option = livesWith.locator('label.option').first();
    const chosen = (await option.textContent()) ?? '';
    await option.getByRole('radio').check();

    await untilOfflineReady(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByText('ไม่มีอินเทอร์เน็ต').first().waitFor();
    await page.getByRole('heading', { name }).waitFor();
    await page.getByRole('heading', { name: 'ข้อมูลนักเรียน' }).waitFor();
    const kept = page.getByRole('group', { name: /นักเรียนอาศัยอยู่กับ/ });
    await expect(kept.getByRole('radio', { name: chosen.trim() }).isChecked()).resolves.toBe(true);
    await context.close();
  }, 120_000);

  it('screens a household offline, sends it once when online, and the certifier and director sign it', async () => {
    const page = await signedInPhone(browser, url, 'demo.teacher');
    const context = page.context();
    const name = await startNewScreening(page);
    await untilOfflineReady(page);
    await context.setOffline(true);
    const draft = await fillTypedSections(page);
    await photographSignSubmit(page);

    // Closed and reopened with no network: the submission is still on the phone, waiting.
    await page.reload();
    await outboxState(page, 'อยู่ในเครื่อง รอส่ง');
    const teacherApi = await apiSession(url, 'demo.teacher');
    const before = (await teacherApi.get(`/api/screenings/${draft.id}`)) as { error?: unknown };
    expect(before.error).toBeDefined(); // The server has not heard of it yet.

    await context.setOffline(false);
    await outboxState(page, 'ส่งถึงระบบแล้ว');
    const sent = (await teacherApi.get(`/api/screenings/${draft.id}`)) as Screening;
    expect(sent.status).toBe('submitted');
    expect(sent.events.filter((e) => e.to === 'submitted')).toHaveLength(1);
    const photos = (await teacherApi.get(`/api/screenings/${draft.id}/photos`)) as {
      photos: readonly { kind: string }[];
    };
    expect(photos.photos.map((p) => p.kind).sort()).toEqual(['inside', 'outside', 'signature']);
    await expect(storedCount(page, 'photos')).resolves.toBe(3);

    /** A reviewer opens the household from their queue and takes their step. */
    const review = async (user: string, step: string, pin?: string): Promise<void> => {
      const reviewer = await signedInPhone(browser, url, user);
      await reviewer
        .getByRole('button', { name: new RegExp(name) })
        .first()
        .click();
      if (pin !== undefined) await reviewer.getByLabel('รหัส PIN สำหรับลงนาม').fill(pin);
      await reviewer.getByRole('button', { name: step, exact: true }).click();
      // Taken: the app goes back to the queue (a refusal would keep the screening open).
      await reviewer.waitForFunction(() => ['', '#/'].includes(window.location.hash));
      await reviewer.context().close();
    };
    const status = async (): Promise<string> =>
      ((await teacherApi.get(`/api/screenings/${draft.id}`)) as Screening).status;
    await review('demo.certifier', 'รับรอง', DEMO_PIN);
    await expect.poll(status, { timeout: 30_000 }).toBe('certified');
    await review('demo.director', 'ยืนยัน');
    await expect.poll(status, { timeout: 30_000 }).toBe('confirmed');

    // The teacher's phone hears of it at the next list update and frees the settled copies.
    await page.goto(`${url}/#/`);
    await page.locator('details.group', { hasText: 'เสร็จแล้ว' }).getByText(name).waitFor();
    await expect.poll(() => storedCount(page, 'photos')).toBe(0);
    await expect.poll(() => storedCount(page, 'drafts')).toBe(0);
    await context.close();
  }, 300_000);

  it('adds up the member table as the teacher types and previews the same score as the domain', async () => {
    const page = await signedInPhone(browser, url, 'demo.teacher');
    const context = page.context();
    await startNewScreening(page, 4);
    const draft = await fillTypedSections(page, 'members');
    const form = draft.form as unknown as HouseholdVariantForm;
    const wages = page.locator('input[name="members.0.income.wages"]');
    await wages.fill('');
    await wages.pressSequentially('9000');
    const members = form.members.map((m, i) =>
      i === 0 ? { ...m, income: { ...m.income, wages: 9_000 } } : m,
    );
    const total = members.reduce(
      (sum, m) => sum + Object.values(m.income).reduce((a, b) => a + b, 0),
      0,
    );
    await page
      .getByText(`รายได้เฉลี่ยต่อคน ${formatNumber(total / members.length)} บาท/เดือน`)
      .waitFor();

    // The status step's preview: the phone's score is the domain's, on the cycle's model and region.
    await next(page);
    await page.getByText(/^คะแนน .* จาก 100$/).waitFor();
    const cycle = await phoneStore<{ pmtModel: unknown }>(page, {
      kind: 'get',
      store: 'meta',
      key: 'cycle',
    });
    const pupil = await phoneStore<{ region: string }>(page, {
      kind: 'get',
      store: 'students',
      key: draft.studentId,
    });
    const expected = previewHousehold(cycle.pmtModel, { ...form, members }, pupil.region);
    if (expected.kind !== 'scored') throw new Error(`the sample should score: ${expected.kind}`);
    await page.getByText(`คะแนน ${formatNumber(expected.result.score)} จาก 100`).waitFor();
    await context.close();
  }, 120_000);

  it('shows both versions on a conflict and keeps the one the teacher chooses', async () => {
    const page = await signedInPhone(browser, url, 'demo.teacher');
    const context = page.context();
    await startNewScreening(page);
    await next(page); // The step moves: the draft is queued and sent after a quiet moment.
    await outboxState(page, 'ส่งถึงระบบแล้ว');
    const draft = await currentDraft(page);

    // A second phone of the same teacher saves another version of the screening.
    const other = await apiSession(url, 'demo.teacher');
    const held = (await other.get(`/api/screenings/${draft.id}`)) as Screening;
    const theirs = { ...held.form, rentPerMonth: 1_200 };
    const saved = await other.put(`/api/screenings/${draft.id}`, {
      cycleId: (await currentCycle(page)).id,
      studentId: draft.studentId,
      baseVersion: held.version,
      form: theirs,
      submit: false,
    });
    expect(saved.status).toBe(200);

    // This phone edits its own older version: the outbox meets the conflict.
    const livesWith = page.getByRole('group', { name: /นักเรียนอาศัยอยู่กับ/ });
    await livesWith.locator('label.option').nth(1).getByRole('radio').check();
    await next(page);
    await outboxState(page, 'ต้องแก้ไข');
    await page.getByRole('button', { name: 'ดูข้อมูลที่ไม่ตรงกัน' }).click();
    await page.getByRole('heading', { name: 'ข้อมูลในเครื่องไม่ตรงกับในระบบ' }).waitFor();
    const rows = page.locator('table.conflict tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
    await page.getByRole('button', { name: 'ใช้ฉบับในเครื่องนี้' }).click();
    await outboxState(page, 'ส่งถึงระบบแล้ว');
    const after = (await other.get(`/api/screenings/${draft.id}`)) as Screening;
    expect((after.form['student'] as Record<string, unknown>)['livesWith']).toBeDefined();
    expect(after.form['rentPerMonth']).toBeUndefined();
    expect(after.form['student']).toEqual((await currentDraft(page)).form['student']);
    await context.close();
  }, 180_000);

  it('screens a child in a temple whose home cannot be photographed, with the school-sign photo', async () => {
    const page = await signedInPhone(browser, url, 'demo.teacher');
    const context = page.context();
    await startNewScreening(page, 2);
    const draft = await fillTypedSections(page, 'photos', 'north-temple');
    await page.getByRole('radio', { name: 'ไม่ได้รับอนุญาตให้ถ่ายภาพ' }).check();
    await page.getByText(/จึงไม่ต้องมีภาพบ้าน/).waitFor();
    await takePhoto(page, SCHOOL_SIGN, 3);
    await signSubmit(page);
    await outboxState(page, 'ส่งถึงระบบแล้ว');

    const api = await apiSession(url, 'demo.teacher');
    const sent = (await api.get(`/api/screenings/${draft.id}`)) as Screening;
    expect(sent.status).toBe('submitted');
    expect(sent.form['variant']).toBe('institution');
    expect(sent.form['photos']).toMatchObject({ unphotographableReason: 'not_permitted' });
    const photos = (await api.get(`/api/screenings/${draft.id}/photos`)) as {
      photos: readonly { kind: string }[];
    };
    expect(photos.photos.map((p) => p.kind).sort()).toEqual(['school_sign', 'signature']);
    await context.close();
  }, 180_000);

  it('meets WCAG 2.1 AA on every main screen, as axe-core checks them', async () => {
    const problems: string[] = [];
    const check = async (page: Page, screen: string): Promise<void> => {
      for (const p of await accessibilityProblems(page)) problems.push(`${screen} · ${p}`);
    };
    const context = await phone(browser);
    const page = await context.newPage();
    await page.goto(url);
    await page.getByLabel('ชื่อผู้ใช้').waitFor();
    await check(page, 'sign-in');
    await signIn(page, url, 'demo.teacher');
    await page.locator('details.group button.row').first().waitFor();
    await check(page, 'students');
    await startNewScreening(page, 3);
    await check(page, 'wizard: variant');
    await next(page);
    await page.getByRole('heading', { name: 'ข้อมูลนักเรียน' }).waitFor();
    await check(page, 'wizard: student');
    for (const step of ['members', 'status', 'photos']) {
      await fillTypedSections(page, step);
      await check(page, `wizard: ${step}`);
    }
    await takePhoto(page, OUTSIDE, 4);
    await takePhoto(page, INSIDE, 5);
    await check(page, 'wizard: photos taken');
    await next(page);
    await page.getByRole('heading', { name: 'คำรับรอง' }).waitFor();
    await check(page, 'wizard: declarations');
    await sign(page);
    await next(page);
    await page.getByRole('heading', { name: 'ตรวจและส่งแบบคัดกรอง' }).waitFor();
    await check(page, 'wizard: submit');
    // Submitted, so the certifier's queue below is never empty.
    await page.getByRole('button', { name: 'ส่งแบบคัดกรอง' }).click();
    await outboxState(page, 'ส่งถึงระบบแล้ว');
    await check(page, 'student: submitted');
    await page.goto(`${url}/#/outbox`);
    await page.getByRole('heading', { name: 'รายการรอส่ง' }).waitFor();
    await check(page, 'outbox');
    await context.close();

    for (const user of ['demo.certifier', 'demo.director']) {
      const reviewer = await signedInPhone(browser, url, user);
      await reviewer.locator('main button.row').first().waitFor();
      await check(reviewer, `${user}: queue`);
      await reviewer.locator('main button.row').first().click();
      await reviewer.getByRole('heading', { level: 2 }).first().waitFor();
      await reviewer.waitForLoadState('networkidle');
      await check(reviewer, `${user}: screening`);
      await reviewer.context().close();
    }
    expect(problems).toEqual([]);
  }, 240_000);

  it('loses nothing when the server is killed in the middle of a sync', async () => {
    const page = await signedInPhone(browser, url, 'demo.teacher');
    const context = page.context();
    await startNewScreening(page, 1);
    await untilOfflineReady(page);
    await context.setOffline(true);
    const draft = await fillTypedSections(page);
    await photographSignSubmit(page);

    // The server dies while the first photo's second chunk is on its way, and comes back.
    let killed = false;
    await page.route('**/api/uploads/*', async (route) => {
      const offset = Number(route.request().headers()['upload-offset'] ?? 0);
      if (killed || route.request().method() !== 'PATCH' || offset === 0) return route.continue();
      killed = true;
      await server.restart();
      return route.abort('connectionreset');
    });
    await context.setOffline(false);
    await outboxState(page, 'ส่งถึงระบบแล้ว');
    expect(killed).toBe(true);

    const api = await apiSession(url, 'demo.teacher');
    const sent = (await api.get(`/api/screenings/${draft.id}`)) as Screening;
    expect(sent.status).toBe('submitted');
    expect(sent.events.filter((e) => e.to === 'submitted')).toHaveLength(1);
    const photos = (await api.get(`/api/screenings/${draft.id}/photos`)) as {
      photos: readonly { kind: string }[];
    };
    expect(photos.photos).toHaveLength(3);
    await context.close();
  }, 300_000);
});

/** How many rows one of the app's IndexedDB stores holds. */
const storedCount = (page: Page, store: string): Promise<number> =>
  phoneStore<number>(page, { kind: 'count', store });

/** The cycle the app keeps on the phone. */
const currentCycle = (page: Page): Promise<{ id: number }> =>
  phoneStore<{ id: number }>(page, { kind: 'get', store: 'meta', key: 'cycle' });

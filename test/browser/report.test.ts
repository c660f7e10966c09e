/**
 * The HTML report in a real browser (Debian's Chromium, driven by
 * playwright-core): the seeds' report, plus a plan citing seed 000, opened
 * from disk as a clerk would, and checked for what a person sees: the task
 * counts per document, a filter and a sort applied, the overdue deadlines, a
 * highlighted word showing what OCR printed on hover, a reference followed
 * to the cited document's page. Screenshots go to test-output/html-report/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectiveDocument } from '../../src/types.js';
import { REPO, run, seedPaths, tempDir } from '../cli/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(REPO, 'test-output', 'html-report');
const CITING = join(REPO, 'test', 'fixtures', 'html', 'cites-425.txt');
const AS_OF = '2025-09-01';

let out: string;
let context: BrowserContext;
let page: Page;
const docs = new Map<string, DirectiveDocument>();
const offline: string[] = [];
const errors: string[] = [];

const url = (file: string): string => pathToFileURL(join(out, file)).href;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (.ci/run does)`);
  out = join(tempDir('dp-html-'), 'out');
  const r = await run([...seedPaths(), CITING, '-o', out, '-f', 'json,html', '--as-of', AS_OF, '-q']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  for (const path of [...seedPaths(), CITING]) {
    const name = path.split('/').pop()!.replace(/\.txt$/u, '');
    docs.set(name, JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8')) as DirectiveDocument);
  }
  context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'dp-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 1000 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  // The report opens offline: anything it asks for beyond its own files is a fault.
  page.on('request', (req) => {
    if (!req.url().startsWith('file:')) offline.push(req.url());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  expect(offline).toEqual([]);
  expect(errors).toEqual([]);
});

const visibleTaskRows = (): Promise<number> => page.locator('#tasks-table tbody tr:visible').count();

describe('report.html in Chromium', () => {
  it('shows each document with its task count', async () => {
    await page.goto(url('report.html'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Báo cáo rà soát văn bản');
    for (const [name, doc] of docs) {
      const row = page.locator(`#documents-table tr[data-doc="${name}"]`);
      await expect(row.locator('td.tasks-count').textContent()).resolves.toBe(String(doc.tasks.length));
    }
    const total = [...docs.values()].reduce((n, d) => n + d.tasks.length, 0);
    await expect(visibleTaskRows()).resolves.toBe(total);
    await page.screenshot({ path: join(SHOTS, 'report.png') });
  });

  it('filters the tasks by lead agency, then by document and month, and sorts them by deadline', async () => {
    const lead = 'Ủy ban Kiểm tra Tỉnh ủy';
    const leading = [...docs.values()].flatMap((d) => d.tasks.filter((t) => t.lead.some((a) => a.canonical === lead)));
    expect(leading.length).toBeGreaterThan(1);
    await page.selectOption('#f-lead', lead);
    await expect(visibleTaskRows()).resolves.toBe(leading.length);
    await expect(page.locator('#tasks-shown').textContent()).resolves.toBe(String(leading.length));
    const leads = await page.locator('#tasks-table tbody tr:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-lead')));
    expect(leads.every((l) => l!.split('|').includes(lead))).toBe(true);

    await page.click('#f-reset');
    await page.selectOption('#f-doc', 'cites-425');
    await page.selectOption('#f-month', '2025-10');
    await expect(visibleTaskRows()).resolves.toBe(1);
    await expect(page.locator('#tasks-table tbody tr:visible td').nth(1).textContent()).resolves.toBe('I/2');
    await page.locator('#tasks').screenshot({ path: join(SHOTS, 'tasks-filtered.png') });

    await page.click('#f-reset');
    await page.click('#tasks-table th[data-key="due"]');
    const dues = await page.locator('#tasks-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-due')).filter((d) => d !== ''));
    expect(dues.length).toBeGreaterThan(10);
    expect(dues).toEqual([...dues].sort());
  });

  it('shows the deadlines before --as-of apart as overdue', async () => {
    const overdue = [...docs.values()].reduce((n, d) => n + d.tasks.reduce((m, t) => m + new Set(t.deadlines.flatMap((x) => (x.due !== null && x.due < AS_OF ? [x.due] : []))).size, 0), 0);
    expect(overdue).toBeGreaterThan(0);
    await expect(page.locator('#overdue-count').textContent()).resolves.toBe(String(overdue));
    await expect(page.locator('#overdue li').count()).resolves.toBe(overdue);
    await expect(page.locator('#overdue li').first().isVisible()).resolves.toBe(true);
  });
});

describe('a document page in Chromium', () => {
  it('highlights a low-confidence word and shows what OCR printed on hover', async () => {
    await page.goto(url('000_4217fe5464466786.html'));
    const word = page.locator('.text .w.lo').first();
    const original = await word.getAttribute('data-o');
    expect(original).toBeTruthy();
    // A string: the test is compiled without the DOM's types.
    const background = (await word.evaluate('(el) => getComputedStyle(el).backgroundColor')) as string;
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await expect(page.locator('#tip').isVisible()).resolves.toBe(false);
    await word.hover();
    await expect(page.locator('#tip').isVisible()).resolves.toBe(true);
    await expect(page.locator('#tip').textContent()).resolves.toContain(`Bản OCR: ${original}`);
    await page.screenshot({ path: join(SHOTS, 'document-hover.png') });
  });

  it('follows a reference to the cited document of the batch, whose page lists the citing one', async () => {
    await page.goto(url('cites-425.html'));
    await page.click('#in-batch a.doc-link:text-is("425-KH/TU")');
    await page.waitForURL(/000_4217fe5464466786\.html$/u);
    await expect(page.locator('h1').textContent()).resolves.toBe('Kế hoạch 425-KH/TU');
    const citedBy = page.locator('#in-batch .cited-by a');
    await expect(citedBy.textContent()).resolves.toBe('88-KH/HU');
    await page.locator('#references').screenshot({ path: join(SHOTS, 'cited-by.png') });
    await citedBy.click();
    await page.waitForURL(/cites-425\.html$/u);
    await page.screenshot({ path: join(SHOTS, 'document.png') });
  });
});

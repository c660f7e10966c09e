/**
 * The HTML report in a real browser (Debian's Chromium, driven by
 * playwright-core): the seeds' report, plus a plan citing seed 000, opened
 * from disk as a clerk would, and checked for what a person sees: the task
 * counts per document, a filter and a sort applied, the overdue deadlines, a
 * highlighted word showing what OCR printed on hover, a reference followed
 * to the cited document's page; and a report with more tasks than its table
 * shows, filtered and sorted over all of them. Screenshots go to
 * test-output/html-report/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectiveDocument } from '../../src/types.js';
import { batchPage } from '../../src/write/html/batch-page.js';
import type { HtmlEntry, HtmlTask } from '../../src/write/html/entry.js';
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
  context = await chromium.launchPersistentContext(tempDir('dp-chromium-'), {
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

/** A batch of 3 documents of 8 tasks, due from late to early, for a table that shows 5. */
function cappedBatch(): HtmlEntry[] {
  const task = (doc: number, i: number): HtmlTask => {
    const n = doc * 8 + i;
    const lead = doc === 2 && i % 3 === 0 ? ['Sở Y tế <B>'] : doc === 2 ? ['Sở Tài chính'] : ['Sở Nội vụ'];
    const due = `2026-${String(12 - (n % 12)).padStart(2, '0')}-${String(28 - Math.floor(n / 12)).padStart(2, '0')}`;
    const text = i === 0 ? `Nhiệm vụ ${n} </script><b>x</b>` : `Nhiệm vụ ${n}`;
    return { index: i, id: `I/${i + 1}`, text, lead, partners: ['Sở Tư pháp'], deadlines: [{ text: 'trước ngày', due }], line: 10 + i };
  };
  return [0, 1, 2].map((doc) => ({
    name: `d${doc}`,
    path: `d${doc}.txt`,
    isDirective: true,
    id: `${doc + 1}-KH/TU`,
    type: 'Kế hoạch',
    date: '2025-04-28',
    issuer: 'TỈNH ỦY HƯNG YÊN',
    subject: null,
    sections: 1,
    warnings: 0,
    restoration: { applied: false, tokens: 0, changed: 0, lowConfidence: 0, meanConfidence: 1 },
    tasks: Array.from({ length: 8 }, (_, i) => task(doc, i)),
    references: [],
  }));
}

describe('a report with more tasks than its table shows, in Chromium', () => {
  const visibleText = (selector: string): Promise<string | null> => page.locator(selector).textContent();

  it('shows the first rows with a note, and filters and sorts over every task', async () => {
    const entries = cappedBatch();
    const dir = tempDir('dp-html-capped-');
    writeFileSync(join(dir, 'report.html'), batchPage(entries, { asOf: null, tasksShown: 5 }));
    await page.goto(pathToFileURL(join(dir, 'report.html')).href);
    await expect(visibleTaskRows()).resolves.toBe(5);
    await expect(page.locator('#tasks-capped').isVisible()).resolves.toBe(true);
    await expect(visibleText('#tasks-rendered')).resolves.toBe('5');
    await expect(visibleText('#tasks-matched')).resolves.toBe('24');
    await expect(visibleText('#tasks-shown')).resolves.toBe('24');
    await page.locator('#tasks').screenshot({ path: join(SHOTS, 'tasks-capped.png') });

    // Only tasks past the first rows match: their rows are built from the page's data.
    await page.selectOption('#f-lead', 'Sở Y tế <B>');
    await expect(visibleTaskRows()).resolves.toBe(3);
    await expect(page.locator('#tasks-capped').isVisible()).resolves.toBe(false);
    await expect(visibleText('#tasks-shown')).resolves.toBe('3');
    const first = page.locator('#tasks-table tbody tr').first();
    await expect(first.getAttribute('data-doc')).resolves.toBe('d2');
    await expect(first.locator('td').nth(0).locator('a').getAttribute('href')).resolves.toBe('d2.html');
    await expect(first.locator('td').nth(0).textContent()).resolves.toBe('3-KH/TU');
    await expect(first.locator('td').nth(1).locator('a').getAttribute('href')).resolves.toBe('d2.html#task-0');
    // Text stays text: the markup in it is shown, never made.
    await expect(first.locator('td').nth(2).textContent()).resolves.toBe('Nhiệm vụ 16 </script><b>x</b>');
    await expect(first.locator('td').nth(2).locator('b').count()).resolves.toBe(0);
    await expect(first.locator('td').nth(3).textContent()).resolves.toBe('Sở Y tế <B>');
    await expect(first.locator('td').nth(5).textContent()).resolves.toBe('trước ngày 27/08/2026');

    await page.selectOption('#f-lead', '');
    await page.selectOption('#f-doc', 'd1');
    await expect(visibleTaskRows()).resolves.toBe(5);
    await expect(visibleText('#tasks-matched')).resolves.toBe('8');

    await page.click('#f-reset');
    await page.click('#tasks-table th[data-key="due"]');
    const all = entries.flatMap((e) => e.tasks.map((t) => t.deadlines[0]!.due!)).sort();
    const dues = await page.locator('#tasks-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-due')));
    expect(dues).toEqual(all.slice(0, 5));
    await expect(visibleText('#tasks-matched')).resolves.toBe('24');
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

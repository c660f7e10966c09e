/**
 * Nothing from outside reaches the terminal as a control sequence: a file
 * named `ESC]0;…BEL ESC[2J` retitled the window and cleared the screen
 * through the failure and --verbose lines. File names and messages are
 * printed with their control characters escaped (\x1B), as the output
 * names in the summary already were; the progress bar's own sequences stay.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable, printableLines } from '../../src/cli/printable.js';
import { run, tempDir } from './helpers.js';

const GOOD = 'TỈNH ỦY HƯNG YÊN\nSố 642-KH/TU\nHưng Yên, ngày 28 tháng 4 năm 2025\n\nKẾ HOẠCH\nthực hiện Kết luận số 148-KL/TW\n\nI- NHIỆM VỤ\n1. Sở Nội vụ chủ trì, hoàn thành trước ngày 31/10/2025.\n';
const TITLE = '\u001b]0;pwned\u0007\u001b[2J';
const REDRAW = '\r\u001b[2K';

describe('names and messages on a terminal', () => {
  it('failure, --verbose and progress lines show control characters escaped', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, `${TITLE}empty.txt`), '');
    writeFileSync(join(dir, `${TITLE}\u202egood.txt`), GOOD);
    writeFileSync(join(dir, `plain.txt`), GOOD);
    const r = await run(['.', '-o', 'out', '-v', '--no-restore', '--no-color', '--jobs', '1'], { cwd: dir, tty: true });
    expect(r.code).toBe(5);
    const shown = `${r.stdout}${r.stderr.split(REDRAW).join('')}`;
    expect(shown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/u);
    expect(r.stderr).toContain('✗ \\x1B]0;pwned\\x07\\x1B[2Jempty.txt: is empty (0 bytes)');
    expect(r.stderr).toContain('\\x1B]0;pwned\\x07\\x1B[2J\\u{202E}good.txt: info Encoding UTF-8');
    // The progress line names the file being done, escaped too.
    expect(r.stderr).toContain(' left \\x1B]0;pwned\\x07\\x1B[2Jempty.txt');
  });

  it('usage errors quote the arguments given escaped', async () => {
    const r = await run(['--x\u001b[2J', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toContain("unknown option '--x\\x1B[2J'");
  });

  it('escapes C0, DEL, C1 and the controls that reorder a line, and keeps text as it is', () => {
    expect(printable('a\u0000b\tc\nd\u007f\u0085\u202e\u2066e')).toBe('a\\x00b\\x09c\\x0Ad\\x7F\\x85\\u{202E}\\u{2066}e');
    expect(printable('Kế hoạch số 642-KH/TU — “Hà Nội” 𝔸')).toBe('Kế hoạch số 642-KH/TU — “Hà Nội” 𝔸');
    expect(printableLines('x.txt: internal error: Error\n    at f (\u001b[2J)', '  ')).toBe('x.txt: internal error: Error\n      at f (\\x1B[2J)');
  });
});

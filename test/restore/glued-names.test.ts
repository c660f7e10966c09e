import { describe, expect, it } from 'vitest';
import { loadRestorer } from '../../src/restore/restorer.js';
import { restoreText } from '../../src/restore/index.js';
import { gluedKey, gluedNames } from '../../src/restore/protect/glued-names.js';

describe('agency names OCR glued into one word', () => {
  it('keys a name by its leading syllables run together, glyphs read as their vowels', () => {
    const names = gluedNames(['Sở Y tế', 'Bộ Tư pháp', 'Công an tỉnh'], (key) => key === 'congan');
    expect(names.get('soy')?.words).toEqual(['Sở', 'Y']);
    expect(names.get('soyte')?.words).toEqual(['Sở', 'Y', 'tế']);
    expect(names.get('botuphap')?.words).toEqual(['Bộ', 'Tư', 'pháp']);
    // A key that is a syllable of its own is never taken apart.
    expect(names.has('congan')).toBe(false);
    expect(gluedKey('S6Yté')).toBe('soyte');
    expect(gluedKey('S&Y')).toBe('soy');
  });

  it('restores the glued words of a scan as the name', () => {
    const restorer = loadRestorer();
    const scan = 'Cac co quan, don vi tap trung thuc hien cac nhiem vu duoc giao theo ke hoach nay.\n';
    const lines = (text: string) => restoreText(scan + text, restorer).text.split('\n')[1];
    expect(lines('5. SOY té cht tri, phdi hop voi cac co quan lién quan')).toBe('5. Sở Y tế chủ trì, phối hợp với các cơ quan liên quan');
    expect(lines('3.S6Yté')).toBe('3.Sở Y tế');
  });
});

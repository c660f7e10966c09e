import { describe, expect, it } from 'vitest';
import { isAddresseeHead, isCopyListHead } from '../../src/segment/tail/recipients.js';

describe('recipient list heads', () => {
  it.each(['Nơi nhận:', '__Nơi nhận__:', '**Nơi nhận:**', 'Noi nhan:'])('%s opens the copy list', (line) => {
    expect(isCopyListHead(line)).toBe(true);
  });

  it.each(['Kính gửi: Sở Y tế', '**Kính gửi:** Sở Y tế', '_Đồng kính gửi_: Bộ Tài chính'])('%s opens the addressee list', (line) => {
    expect(isAddresseeHead(line)).toBe(true);
  });

  it('is not a sentence that mentions where to send', () => {
    expect(isCopyListHead('Nơi nhận hồ sơ là Sở Nội vụ.')).toBe(false);
  });
});

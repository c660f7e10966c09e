import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const HEAD = ['ỦY BAN NHÂN DÂN TỈNH GIA LAI', 'Số: 12/KH-UBND', 'Gia Lai, ngày 3 tháng 5 năm 2025', 'KẾ HOẠCH', 'về một việc', ''];

describe('a plan whose tasks were not found', () => {
  it('says so in a warning', async () => {
    const { document } = await parse([...HEAD, 'Nội dung chung, không chia mục.'].join('\n'), { restore: false });
    expect(document.tasks).toHaveLength(0);
    expect(document.messages.map((m) => m.ruleId)).toContain('no-tasks');
  });

  it('is silent when the plan has tasks', async () => {
    const { document } = await parse([...HEAD, 'I. NHIỆM VỤ', '1. Sở Y tế chủ trì kiểm tra an toàn thực phẩm.'].join('\n'), { restore: false });
    expect(document.tasks.length).toBeGreaterThan(0);
    expect(document.messages.map((m) => m.ruleId)).not.toContain('no-tasks');
  });
});

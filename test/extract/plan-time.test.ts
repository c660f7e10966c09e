/** The time a whole plan runs, stated outside its tasks ("II. THỜI GIAN VÀ PHẠM VI" / "1. Thời gian: …"). */
import { describe, expect, it } from 'vitest';
import { planTasks } from './plan-helpers.js';

const tasksOf = (lines: string[]) => planTasks('Truyền thông về giảm nghèo năm 2025', lines);

const brief = (t: { deadlines: { due: string | null; start: string | null }[] }) => t.deadlines.map((d) => [d.due, d.start]);

describe('the time a plan runs', () => {
  it('is when its tasks are due that state no time of their own', async () => {
    const tasks = await tasksOf([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'Nâng cao nhận thức của người dân.',
      'II. ĐỐI TƯỢNG, PHẠM VI VÀ THỜI GIAN THỰC HIỆN',
      '1. Phạm vi thực hiện: trên toàn tỉnh.',
      '2. Thời gian thực hiện:',
      'Từ nay đến hết năm 2025.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Nội vụ chủ trì tổ chức tuyên truyền trên các phương tiện thông tin đại chúng.',
      '2. Sở Y tế chủ trì rà soát danh sách, hoàn thành trước ngày 30/6/2025.',
    ]);
    expect(tasks.map(brief)).toEqual([[['2025-12-31', '2025-03-05']], [['2025-06-30', null]]]);
    expect(tasks[0]!.inherited).toContain('deadlines');
    expect(tasks[1]!.inherited).not.toContain('deadlines');
  });

  it('reads the label on the same line, and a heading over the rounds it lists', async () => {
    const tasks = await tasksOf([
      'I. ĐỐI TƯỢNG VÀ THỜI GIAN',
      '1. Đối tượng thi đua: các cơ quan, đơn vị.',
      '2. Thời gian thi đua',
      '- Đợt 01: từ ngày 20 tháng 3 năm 2025 đến ngày 30 tháng 4 năm 2025.',
      '- Đợt 02: từ ngày 08 đến ngày 10 tháng 5 năm 2025.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Nội vụ chủ trì hướng dẫn các đơn vị đăng ký thi đua.',
    ]);
    expect(tasks.map(brief)).toEqual([
      [
        ['2025-04-30', '2025-03-20'],
        ['2025-05-10', '2025-05-08'],
      ],
    ]);
  });

  it('is not the time of an event described beside its place', async () => {
    const tasks = await tasksOf([
      'I. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM',
      '1. Nội dung: hướng dẫn thể thức văn bản.',
      '2. Thời gian: tổ chức 04 lớp, từ ngày 13/10/2025 đến ngày 24/10/2025.',
      '3. Địa điểm: Hội trường Sở Nội vụ.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Nội vụ chủ trì tổ chức các lớp tập huấn.',
    ]);
    expect(tasks.map(brief)).toEqual([[]]);
  });
});

describe('a year the wrap pushed onto a line of its own', () => {
  it('stays in the sentence, so its deadline is read', async () => {
    const tasks = await tasksOf([
      'I. NHIỆM VỤ',
      '1. Rà soát, cải cách thủ tục hành chính trong lĩnh vực quy hoạch, đảm bảo cung cấp dịch vụ công trực tuyến',
      '(2027 - 2030).',
      '',
      '2. Tổ chức hội nghị lấy ý kiến cán bộ chủ chốt trước ngày',
      '25/11/2025.',
    ]);
    expect(tasks.map(brief)).toEqual([[['2030-12-31', '2027-01-01']], [['2025-11-25', null]]]);
  });
});

describe('a heading that is nothing but a time', () => {
  it('dates the items under it that state no time of their own', async () => {
    const tasks = await tasksOf([
      'I. NHIỆM VỤ',
      '1. Năm 2026',
      '1.1. Lãnh đạo, chỉ đạo tổ chức quán triệt và xây dựng Kế hoạch thực hiện Chỉ thị của Tỉnh ủy.',
      '1.2. Tổng kết công tác kiểm tra, giám sát, hoàn thành trong Quý II/2026.',
      '2. Năm 2027',
      'Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội.',
      '- Ban Xây dựng Đảng chủ trì chuẩn bị.',
      '- Thời gian thực hiện: tháng 6/2027.',
    ]);
    const byId = new Map(tasks.map((t) => [t.id, brief(t)]));
    expect(byId.get('I/1/1.1')).toEqual([['2026-12-31', null]]);
    expect(byId.get('I/1/1.2')).toEqual([['2026-06-30', null]]);
    // The item's own field says when: the heading's year is not its time, nor its parts'.
    expect([...byId.values()].flat().map(([due]) => due)).not.toContain('2027-12-31');
  });
});

import { describe, expect, it } from 'vitest';
import { findDeadlines, type DeadlineContext } from '../../src/extract/deadlines/index.js';
import { cueText } from '../../src/extract/text/cues.js';

const CTX: DeadlineContext = { documentDate: '2025-04-28' };
const APPENDIX: DeadlineContext = { documentDate: null, documentYear: 2025 };

const inText = (text: string, ctx = CTX) => findDeadlines(text, ctx).map((h) => h.deadline);
const inCell = (text: string, ctx = APPENDIX) => findDeadlines(text, ctx, { standalone: true }).map((h) => h.deadline);
const brief = (text: string, ctx = CTX) =>
  inText(text, ctx).map((d) => [d.kind, d.due, d.start, d.recurrence]);

describe('points in time', () => {
  it.each([
    ['5. Trước 31/10/2025, Đảng ủy chỉ đạo', ['date', '2025-10-31', null, null]],
    ['hoàn thành trước ngày 15/8/2025', ['date', '2025-08-15', null, null]],
    ['Trước ngày 01/8/2025', ['date', '2025-08-01', null, null]],
    ['Trong tháng 9/2025, Sở Nội vụ tham mưu', ['month', '2025-09-30', null, null]],
    ['(Hoàn thành trong Quý III/2025)', ['quarter', '2025-09-30', null, null]],
    ['(Hoàn thành trong Quý 11/2025)', ['quarter', '2025-06-30', null, null]],
    ['(Thực hiện trong năm 2025)', ['year', '2025-12-31', null, null]],
    ['(hoàn thành năm 2024)', ['year', '2024-12-31', null, null]],
    ['Đến năm 2025, cơ bản hoàn thiện', ['year', '2025-12-31', null, null]],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });

  it('keeps what was implied apart from what was written', () => {
    expect(inCell('Tháng 10')).toEqual([expect.objectContaining({ kind: 'month', due: '2025-10-31', implied: ['year'] })]);
    expect(inCell('Quý IV')).toEqual([expect.objectContaining({ kind: 'quarter', due: '2025-12-31', implied: ['year'] })]);
    // A month already past at the document's date lies in the next year.
    expect(inCell('Tháng 2', CTX)).toEqual([expect.objectContaining({ due: '2026-02-28', implied: ['year'] })]);
  });

  it('marks "năm 2025 và các năm tiếp theo" ongoing', () => {
    expect(inText('(Thực hiện trong năm 2025 và các năm tiếp theo)')).toEqual([
      expect.objectContaining({ kind: 'year', due: '2025-12-31', ongoing: true }),
    ]);
  });
});

describe('ranges', () => {
  it.each([
    ['(thực hiện từ năm 2024 - 2026)', ['range', '2026-12-31', '2024-01-01', null]],
    ['(thực hiện tie năm 2024 - 2026)', ['range', '2026-12-31', '2024-01-01', null]],
    ['(thực hiện từ năm 2023)', ['range', null, '2023-01-01', null]],
    ['từ ngày 01/7/2025 đến ngày 31/12/2025', ['range', '2025-12-31', '2025-07-01', null]],
    ['tích hợp vào Hệ thống quốc gia (2025 - 2030).', ['range', '2030-12-31', '2025-01-01', null]],
    ['huy động doanh nghiệp tham gia (xuyên suốt 2025 - 2035).', ['range', '2035-12-31', '2025-01-01', null]],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });

  it("takes no plan's or term's years in parentheses for a time to act", () => {
    expect(brief('kế hoạch 05 năm (2020 - 2025) và nhiệm kỳ (2025 - 2030)')).toEqual([]);
  });

  it('reads "Tháng 9-quý I/2026" from September of the year before', () => {
    expect(inCell('Tháng 9-quý I/2026')).toEqual([
      expect.objectContaining({ kind: 'range', start: '2025-09-01', due: '2026-03-31', implied: ['startYear'] }),
    ]);
  });
});

describe('recurring', () => {
  it.each([
    ['Thường xuyên', 'continuous'],
    ['Hằng tháng', 'monthly'],
    ['Hằng tuần', 'weekly'],
  ])('cell %s', (text, recurrence) => {
    expect(inCell(text)).toEqual([expect.objectContaining({ kind: 'recurring', recurrence })]);
  });

  it('reads two units under one "hằng"', () => {
    expect(inCell('Hàng tháng, quý').map((d) => d.recurrence)).toEqual(['monthly', 'quarterly']);
    expect(inCell('Hằng tuần, hằng tháng').map((d) => d.recurrence)).toEqual(['weekly', 'monthly']);
  });

  it('reads day and time of a weekly report', () => {
    expect(inText('báo cáo trước 15 giờ, ngày thứ 3 hằng tuần để tổng hợp')).toEqual([
      expect.objectContaining({ kind: 'recurring', recurrence: 'weekly', dayOfWeek: 2, time: '15:00' }),
    ]);
  });

  it('takes "thường xuyên" as a deadline in a remark, not as an adverb', () => {
    expect(brief('(nhiệm vụ thường xuyên)')).toEqual([['recurring', null, null, 'continuous']]);
    expect(brief('(Thực hiện thường xuyên)')).toEqual([['recurring', null, null, 'continuous']]);
    expect(brief('tăng cường giám sát thường xuyên, kịp thời phát hiện')).toEqual([]);
    expect(brief('nắm tình hình thực hiện thường xuyên, liên tục')).toEqual([]);
  });
});

describe('events', () => {
  it('reads a relative deadline with its offset and anchor', () => {
    expect(inCell('Chậm nhất 07 ngày làm việc kể từ ngày bế mạc đại hội')).toEqual([
      expect.objectContaining({ kind: 'relative', offset: { days: 7, workingDays: true }, anchor: 'ngày bế mạc đại hội' }),
    ]);
  });

  it.each([
    ['Sau khi có hướng dẫn của Trung ương', 'có hướng dẫn của Trung ương'],
    ['Theo Kế hoạch của Bộ Chính trị', 'Kế hoạch của Bộ Chính trị'],
  ])('cell %s', (text, anchor) => {
    expect(inCell(text)).toEqual([expect.objectContaining({ kind: 'conditional', anchor })]);
  });

  it('in running text, where a condition is stated', () => {
    expect(inText('(Thực hiện thường xuyên và hoàn thành ngay sau khi Trung ương ban hành các Quy định về chức năng)').map((d) => d.kind)).toEqual([
      'recurring',
      'conditional',
    ]);
    expect(inText('để tổng hợp báo cáo Bộ Chính trị khi có yêu cầu.')).toEqual([
      expect.objectContaining({ kind: 'conditional', anchor: 'có yêu cầu' }),
    ]);
    expect(inText('khuyến khích cán bộ từ chức khi có khuyết điểm')).toEqual([]);
  });

  it('reads work done as the need arises as conditional', () => {
    expect(brief('Tăng cường giám sát, đánh giá độc lập (nếu cần) nhằm bảo đảm')).toEqual([['conditional', null, null, null]]);
    expect(brief('tổ chức họp thẩm định (khi cần thiết) trước khi tổng hợp')).toEqual([['conditional', null, null, null]]);
    expect(brief('xuất dự trữ hóa chất, vật tư khi cần.')).toEqual([['conditional', null, null, null]]);
    expect(brief('báo cáo định kỳ, đột xuất việc thực hiện')).toEqual([['conditional', null, null, null]]);
    expect(brief('giám sát, đánh giá đột xuất nếu có vấn đề phát sinh')).toEqual([['conditional', null, null, null]]);
    expect(brief('báo cáo đột xuất khi có yêu cầu.')).toEqual([['conditional', null, null, null]]);
    // A surprise inspection is a kind of inspection, not a time.
    expect(brief('nhất là kiểm tra đột xuất, giám sát chuyên đề')).toEqual([]);
    expect(brief('các nội dung cần thiết khác')).toEqual([]);
  });

  it('reads counts as spans or spelt out, hours, and a bare count in a cell', () => {
    expect(inText('Trong thời hạn 07 (bảy) ngày làm việc kể từ ngày kết thúc Đại hội')).toEqual([
      expect.objectContaining({ kind: 'relative', offset: { days: 7, workingDays: true }, anchor: 'ngày kết thúc Đại hội' }),
    ]);
    expect(inText('Xử lý các điểm nước tù đọng trong 24-48 giờ sau khi nước rút.')).toEqual([
      expect.objectContaining({ kind: 'relative', offset: { days: 2 }, anchor: 'nước rút' }),
    ]);
    expect(inCell('30 ngày sau khi Trung ương ban hành')).toEqual([expect.objectContaining({ kind: 'relative', offset: { days: 30 } })]);
    // In running text a count needs its opener ("trong", "chậm nhất", "sau").
    expect(brief('cấp 30 ngày phép sau khi nghỉ')).toEqual([]);
    // When a document takes effect is no deadline.
    expect(brief('Quyết định này có hiệu lực sau 45 ngày kể từ ngày ký.')).toEqual([]);
  });

  it('reads "Theo yêu cầu …" as the time only where a time is due', () => {
    expect(brief('- Thời gian hoàn thành: Theo yêu cầu của các cơ quan có thẩm quyền.')).toEqual([['conditional', null, null, null]]);
    expect(brief('Tổ chức thực hiện theo yêu cầu của các cơ quan có thẩm quyền.')).toEqual([]);
  });

  it('keeps the expected time of an event inside the event', () => {
    expect(brief('(sau khi Trung ương sửa đổi, bổ sung Quy định số 10-QĐi/TW... vào năm 2025)')).toEqual([['conditional', null, null, null]]);
  });
});

describe('not deadlines', () => {
  it.each([
    'Chiến lược kiểm tra, giám sát của Đảng đến năm 2030',
    'các chỉ tiêu chủ yếu cần phấn đấu thực hiện đến năm 2030 trên cơ sở',
    'hoàn thành các mục tiêu, chỉ tiêu năm 2025 và các năm tiếp theo.',
    'Kết luận số 148-KL/TW ngày 08/4/2025 của Bộ Chính trị',
    'nhiệm kỳ 2025 - 2030',
  ])('%s', (text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('OCR damage in cue words', () => {
  it.each([
    ['5. Truéc 31/10/2025, Đảng ủy', ['date', '2025-10-31', null, null]],
    ['Trong thdng 9/2025, Sở Tài chính', ['month', '2025-09-30', null, null]],
    ['(Hoàn thành tr ong Quý I11/2025)', ['quarter', '2025-09-30', null, null]],
    ['(Hoàn thành trư ờng Quý III/2025)', ['quarter', '2025-09-30', null, null]],
    ['(Thuec hiện thwong xuyên)', ['recurring', null, null, 'continuous']],
    ['(Thuee hiện thwé’ng xuyên)', ['recurring', null, null, 'continuous']],
    ['(thực hiện tir năm 2023)', ['range', null, '2023-01-01', null]],
    ['(thực hiện tw năm 2026)', ['range', null, '2026-01-01', null]],
    ['(Thuee hiện trong ndm 2025 và cdc nim tiếp theo)', ['year', '2025-12-31', null, null]],
    ['trude 15 giờ, ngày thit 3 hang tuin', ['recurring', null, null, 'weekly']],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });

  it('maps keyed offsets back to the text', () => {
    const cue = cueText('(Thuee hiện thwé’ng xuyên)');
    expect(cue.key).toBe('(thuee hien thuong xuyen)');
    const at = cue.key.indexOf('thuong');
    expect(cue.toTextStart(at)).toBe(12);
    expect(cue.toTextEnd(cue.key.length - 1)).toBe('(Thuee hiện thwé’ng xuyên'.length);
    const hit = findDeadlines('(Thuee hiện thwé’ng xuyên)', CTX)[0]!;
    expect(hit.text).toBe('thwé’ng xuyên');
  });

  it('leaves real words alone', () => {
    expect(cueText('nhân dân đến trường').key).toBe('nhan dan den truong');
  });
});

describe('linear time', () => {
  it.each(['7', '/', '-', '.', 'số ', 'XIV', '1/', 'tháng ', 'năm 2025 - ', 'Quý I/'])('a long run of %j', (unit) => {
    // A quarter megabyte tells linear from quadratic; the run of "số " is a full megabyte.
    const text = unit.repeat(Math.ceil((unit === 'số ' ? 1 << 20 : 1 << 18) / unit.length));
    expect(Array.isArray(findDeadlines(text, CTX))).toBe(true);
    expect(Array.isArray(findDeadlines(text, CTX, { standalone: true }))).toBe(true);
  });
});

describe('deadline labels and remarks that make a clause of their own', () => {
  it.each([
    ['Xây dựng đề án. Thời gian thực hiện: Quý I/2026.', ['quarter', '2026-03-31', null, null]],
    ['Tổ chức hội nghị sơ kết. Thời hạn: 15/11/2025.', ['date', '2025-11-15', null, null]],
    ['Rà soát hồ sơ tồn đọng; thực hiện tháng 11/2025.', ['month', '2025-11-30', null, null]],
    ['Duy trì sinh hoạt chuyên đề; thực hiện năm 2025 và những năm tiếp theo.', ['year', '2025-12-31', null, null]],
    // Restoration reads a damaged "trong" as "trường"; no month follows the word "trường" otherwise.
    ['báo cáo Thường trực Tỉnh ủy trường Quý II/2026', ['quarter', '2026-06-30', null, null]],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });

  it.each([
    'Báo cáo kết quả thực hiện năm 2024 của các sở, ngành.',
    'Tiếp tục triển khai thực hiện kế hoạch năm 2025.',
    'tổng hợp kết quả thực hiện Quý III/2025 của các địa phương',
    'thời gian qua, năm 2025 các xã đã hoàn thiện',
    'Trường Chính trị tỉnh năm 2025 mở 12 lớp',
  ])('not when the remark is inside a clause: %s', (text) => {
    expect(brief(text)).toEqual([]);
  });

  it('takes "thực hiện thường xuyên" that is a clause of its own, not the adverb', () => {
    expect(brief('Kiểm tra việc chấp hành; thực hiện thường xuyên.')).toEqual([['recurring', null, null, 'continuous']]);
    expect(brief('Biểu dương điển hình tiên tiến. Thực hiện thường xuyên.')).toEqual([['recurring', null, null, 'continuous']]);
    expect(brief('nắm tình hình thực hiện thường xuyên ở cơ sở')).toEqual([]);
  });

  it('takes "hằng năm" and "hằng ngày" that open a clause, not those describing a noun', () => {
    expect(brief('Tổng hợp số liệu; hằng năm báo cáo Ủy ban nhân dân tỉnh.')).toEqual([['recurring', null, null, 'yearly']]);
    expect(brief('Hằng ngày, cập nhật tình hình dịch bệnh.')).toEqual([['recurring', null, null, 'daily']]);
    expect(brief('xây dựng kế hoạch công tác hằng năm của cơ quan')).toEqual([]);
  });
});

describe('ranges whose ends are of two kinds', () => {
  it.each([
    ['thực hiện từ tháng 11/2025 đến tháng 3/2026', ['range', '2026-03-31', '2025-11-01', null]],
    ['triển khai từ Quý II đến hết năm 2026', ['range', '2026-12-31', '2026-04-01', null]],
    ['thực hiện từ tháng 9/2025 đến Quý II/2026', ['range', '2026-06-30', '2025-09-01', null]],
    ['từ Quý IV/2025 đến tháng 2/2026', ['range', '2026-02-28', '2025-10-01', null]],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });

  it('gives a start without its year the year before when it comes later in the year', () => {
    expect(inText('từ tháng 11 đến tháng 2/2026')).toEqual([
      expect.objectContaining({ kind: 'range', start: '2025-11-01', due: '2026-02-28', implied: ['startYear'] }),
    ]);
  });

  it('reads a cell without "từ"', () => {
    expect(inCell('Tháng 10/2025 - tháng 2/2026')).toEqual([
      expect.objectContaining({ kind: 'range', start: '2025-10-01', due: '2026-02-28' }),
    ]);
  });
});

describe('months of every year', () => {
  it.each([
    ['Tại Hội nghị tháng 12 hằng năm: Đánh giá kết quả', ['recurring', null, null, 'yearly']],
    ['Tại Hội nghị tháng 3, tháng 6, tháng 9 và tháng 11 hằng năm: Đánh giá', ['recurring', null, null, 'quarterly']],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });
});

describe('quarters named together, and ranges to the end of a day', () => {
  it.each([
    ['- Thời gian hoàn thành: Quý III, IV năm 2026.', ['range', '2026-12-31', '2026-07-01', null]],
    ['phối hợp tham mưu trong quý I và quý II/2030', ['range', '2030-06-30', '2030-01-01', null]],
    ['phối hợp tham mưu trong quý I và quỹ 11/2030', ['range', '2030-06-30', '2030-01-01', null]],
    ['Thời gian: 100 ngày làm việc, từ ngày 10/7/2026 đến hết ngày 30/11/2026', ['range', '2026-11-30', '2026-07-10', null]],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });

  it('takes no quarters out of order, nor a figure after a quarter', () => {
    expect(brief('báo cáo kết quả quý I, 6 tháng năm 2025').map((d) => d[0])).not.toContain('range');
    expect(brief('trong quý IV, III năm 2026').map((d) => d[0])).not.toContain('range');
    expect(brief('trong quý I và 11 đơn vị năm 2026').map((d) => d[0])).not.toContain('range');
  });
});

describe('dates in words, times of day, day ranges, labels', () => {
  it.each([
    ['gửi báo cáo chậm nhất ngày 10 tháng 12 năm 2025.', ['date', '2025-12-10', null, null]],
    ['hoàn thành trước ngày 30 tháng 6 năm 2026', ['date', '2026-06-30', null, null]],
    ['hoàn thành trước ngày 15 tháng 12.', ['date', '2025-12-15', null, null]],
    ['Chậm nhất ngày 15/12/2025, các đơn vị gửi báo cáo', ['date', '2025-12-15', null, null]],
    ['thực hiện đến hết ngày 31/12/2025', ['date', '2025-12-31', null, null]],
    ['(từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng 12 năm 2025)', ['range', '2025-12-03', '2025-11-20', null]],
    ['(từ ngày 08 đến ngày 10 tháng 12 năm 2025)', ['range', '2025-12-10', '2025-12-08', null]],
    ['trong khoảng thời gian từ ngày 03/12/2025 đến ngày 16/12/2025', ['range', '2025-12-16', '2025-12-03', null]],
    ['Thời gian thực hiện: Thường xuyên', ['recurring', null, null, 'continuous']],
    ['Định kỳ hằng quý báo cáo', ['recurring', null, null, 'quarterly']],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });

  it('keeps the time of day apart from the date', () => {
    expect(inText('gửi về Sở Nội vụ đến 17 giờ 00, ngày 05/02/2026')[0]).toMatchObject({ kind: 'date', due: '2026-02-05', time: '17:00' });
    expect(inText('trước 16 giờ ngày 12/12/2025')[0]).toMatchObject({ due: '2025-12-12', time: '16:00' });
  });

  it('reads a date in words as printed through OCR keys', () => {
    expect(brief('hoan thanh truoc ngay 30 thang 6 nam 2026')).toEqual([['date', '2026-06-30', null, null]]);
  });

  it('does not take a document date in words for a deadline', () => {
    expect(brief('Căn cứ Quyết định số 12/QĐ-UBND ngày 30 tháng 6 năm 2025 của UBND tỉnh')).toEqual([]);
  });
});

describe('plans as they state their times', () => {
  const CTX2: DeadlineContext = { documentDate: '2025-11-20' };
  it.each([
    ['Thường xuyên rà soát, cập nhật dữ liệu.', ['recurring', null, null, 'continuous']],
    ['Thời gian: từ nay đến năm 2030', ['range', '2030-12-31', '2025-11-20', null]],
    ['Thời gian thực hiện: Từ nay đến hết năm 2025.', ['range', '2025-12-31', '2025-11-20', null]],
    ['Từ tháng 10/2025 đến khi kết thúc kiểm kê', ['range', null, '2025-10-01', null]],
    ['Thời gian: Tháng 11 - 12/2025', ['range', '2025-12-31', '2025-11-01', null]],
    ['Trước ngày 15/12 hàng năm tổng hợp, báo cáo Bộ Khoa học và Công nghệ', ['recurring', null, null, 'yearly']],
    ['báo cáo Chủ tịch Ủy ban nhân dân tỉnh kết quả thực hiện hằng năm.', ['recurring', null, null, 'yearly']],
  ])('%s', (text, expected) => {
    expect(brief(text, CTX2)).toEqual([expected]);
  });

  it.each(['xây dựng kế hoạch hằng năm', 'tăng cường giám sát thường xuyên việc thực hiện', 'tháng 11 - 12/2025 có mưa lớn'])('no deadline in "%s"', (text) => {
    expect(brief(text, CTX2)).toEqual([]);
  });
});

describe('other spellings', () => {
  it.each([
    ['Thời gian: Quí IV-2025', ['quarter', '2025-12-31', null, null]],
    ['hoàn thành trong Quý III-2025', ['quarter', '2025-09-30', null, null]],
    ['hoàn thành trong tháng 12-2025', ['month', '2025-12-31', null, null]],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });
});

describe('days that recur, sums that do not', () => {
  it('reads "định kỳ báo cáo … trước ngày 20/11" as every year', () => {
    expect(brief('xây dựng kế hoạch chi tiết hằng năm và định kỳ báo cáo kết quả thực hiện trước ngày 20/11 về Sở Khoa học và Công nghệ')).toEqual([
      ['recurring', null, null, 'yearly'],
    ]);
    expect(brief('báo cáo kết quả thực hiện trước ngày 20/11 về Sở Khoa học và Công nghệ')).toEqual([['date', '2025-11-20', null, null]]);
  });
  it('takes no deadline from a monthly fee', () => {
    expect(brief('các nội dung khác, ví dụ như phí hội viên gia nhập, phí hội viên hàng tháng, thời điểm áp dụng')).toEqual([]);
    expect(brief('Chi trả trợ cấp cho đối tượng; hàng tháng báo cáo kết quả')).toEqual([['recurring', null, null, 'monthly']]);
  });
});

describe('Tết Nguyên đán', () => {
  const late = { documentDate: '2025-11-20' };
  it('sets the eve as the limit of "trước Tết", the year the first Tết after the document unless said', () => {
    expect(inText('Hoàn thành trước Tết Nguyên đán.', late)).toMatchObject([{ kind: 'date', due: '2026-02-16', implied: ['year'] }]);
    expect(inText('Hoàn thành chậm nhất trước Tết Nguyên đán năm 2027.', late)).toMatchObject([{ due: '2027-02-05', implied: [] }]);
  });

  it('reads the year by its name, and a span from now', () => {
    expect(inText('Xong trước Tết Ất Tỵ.', { documentDate: '2024-10-01' })).toMatchObject([{ due: '2025-01-28', implied: [] }]);
    expect(inText('Tập trung thực hiện từ nay đến Tết Nguyên đán Bính Ngọ 2026.', late)).toMatchObject([
      { kind: 'range', start: '2025-11-20', due: '2026-02-17' },
    ]);
  });

  it('takes no occasion for a limit', () => {
    expect(inText('Chăm lo cho Nhân dân đón Tết Nguyên đán 2026 và dịp Tết.', late)).toEqual([]);
  });
});

describe('limits counted in days', () => {
  it('read the anchor after a comma and after "chậm nhất sau", "sau tối đa"', () => {
    expect(inText('Chậm nhất sau 05 ngày làm việc, kể từ ngày quyết định được ký ban hành.')).toMatchObject([
      { kind: 'relative', offset: { days: 5, workingDays: true }, anchor: 'ngày quyết định được ký ban hành' },
    ]);
    expect(inText('Sau tối đa 05 ngày kể từ khi văn bản được ban hành.')).toMatchObject([{ kind: 'relative', anchor: 'khi văn bản được ban hành' }]);
  });

  it('take a limit stated as one, with no event, from the document; not a duration nor a count back', () => {
    expect(inText('Trong thời hạn 03 ngày làm việc công khai các thủ tục.')).toMatchObject([{ kind: 'relative', offset: { days: 3, workingDays: true }, anchor: null }]);
    expect(inText('Hội nghị diễn ra trong 03 ngày.')).toEqual([]);
    expect(inText('Gửi hồ sơ chậm nhất 10 ngày trước khi khai mạc.')).toEqual([]);
  });
});

describe('a year alone in parentheses', () => {
  it('after a task is when it is due; after a law, the year it was passed', () => {
    expect(brief('Báo cáo tổng kết thực hiện Kế hoạch (năm 2035).')).toEqual([['year', '2035-12-31', null, null]]);
    expect(inText('Thực hiện theo Luật Đầu tư (năm 2020) và các văn bản hướng dẫn.')).toEqual([]);
  });
});

describe('recurrences of reporting regimes and their ends', () => {
  it('reads a day of the next month as often as the report it is for', () => {
    expect(
      brief(
        'gửi báo cáo về Sở Tài chính trước ngày 01 của tháng tiếp theo sau tháng kỳ báo cáo đối với báo cáo tháng và trước ngày 03 của tháng tiếp theo sau tháng cuối cùng của kỳ báo cáo đối với báo cáo quý, 6 tháng, 9 tháng và cả năm.',
      ),
    ).toEqual([
      ['recurring', null, null, 'monthly'],
      ['recurring', null, null, 'quarterly'],
    ]);
    expect(brief('báo cáo kết quả trước ngày 05 của tháng tiếp theo.')).toEqual([['recurring', null, null, 'monthly']]);
  });

  it('reads a month of every quarter, not of a quarter named by its numeral', () => {
    expect(brief('Bản tin được phát hành vào tuần cuối cùng của tháng thứ 3 trong quý.')).toEqual([['recurring', null, null, 'quarterly']]);
    expect(brief('báo cáo trong tháng cuối của mỗi quý')).toEqual([['recurring', null, null, 'quarterly']]);
    expect(brief('báo cáo vào tháng cuối quý III/2025').map((d) => d[3])).not.toContain('quarterly');
  });

  it('gives a recurrence the end that follows it', () => {
    expect(brief('Công tác giám sát được tiến hành thường xuyên, liên tục trong năm 2025, sẽ có văn bản thông báo')).toEqual([
      ['recurring', '2025-12-31', null, 'continuous'],
    ]);
    // An adverb with no end is no time.
    expect(brief('giám sát thường xuyên việc thực hiện')).toEqual([]);
  });
});

describe('not deadlines either', () => {
  it('drops a day long past when the document was written: a cut-off in the facts', () => {
    expect(brief('hộ gia đình sử dụng đất ổn định trước ngày 01/7/2004 thì được cấp Giấy chứng nhận')).toEqual([]);
    // A deadline a few days past the document's date is still a deadline.
    expect(brief('hoàn thành trước ngày 15/4/2025', { documentDate: '2025-04-28' })).toEqual([['date', '2025-04-15', null, null]]);
  });

  it('does not read the document taking effect as a condition', () => {
    expect(brief('Giao Ủy ban nhân dân Thành phố tổ chức thực hiện Nghị quyết (ngay khi có hiệu lực thi hành)')).toEqual([]);
    expect(brief('(hoàn thành ngay sau khi Trung ương ban hành quy định)')).toEqual([['conditional', null, null, null]]);
  });
});

describe('a bare "khi" that waits for an event', () => {
  it('reads a closing review or an authority issuing as the condition', () => {
    expect(brief('rà soát văn bản theo lĩnh vực phụ trách khi Chính phủ và các Bộ, ngành ban hành các văn bản quy định chi tiết.')).toEqual([
      ['conditional', null, null, null],
    ]);
    expect(brief('Báo cáo Ủy ban nhân dân tỉnh về kết quả Đợt thi đua (qua Sở Nội vụ) khi tổng kết Đợt thi đua.')).toEqual([
      ['conditional', null, null, null],
    ]);
  });

  it('leaves "đến khi" to the range it ends, and "khi" before other words alone', () => {
    expect(brief('tiếp tục thực hiện cho đến khi tổng kết').map((d) => d[0])).not.toContain('conditional');
    expect(brief('cán bộ cần gương mẫu khi thực thi công vụ')).toEqual([]);
  });
});

describe('limits and needs in other words', () => {
  it('reads "không quá", "trong thời gian" before a count of days from an event', () => {
    expect(inText('Trong thời hạn không quá 03 ngày làm việc kể từ khi nhận được văn bản, cơ quan trả lời.')).toEqual([
      expect.objectContaining({ kind: 'relative', offset: { days: 3, workingDays: true } }),
    ]);
    expect(brief('Trong thời gian 03 ngày làm việc kể từ ngày nhận được hồ sơ')).toEqual([['relative', null, null, null]]);
    expect(brief('Không quá 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ')).toEqual([['relative', null, null, null]]);
    // A length with no event is a duration, not a limit from the document.
    expect(brief('thời gian điều trị không quá 30 ngày')).toEqual([]);
  });

  it('reads "trường hợp cần thiết" as work done as the need arises', () => {
    expect(brief('Trong trường hợp cần thiết, lấy thêm ý kiến của chuyên gia.')).toEqual([['conditional', null, null, null]]);
  });
});

describe('ranges from the document and months sharing a year', () => {
  it('starts a range at the document when it runs from its signing or its taking effect', () => {
    const ctx = { documentDate: '2025-11-20' };
    expect(brief('Thời hạn ủy quyền: Từ ngày Quyết định này có hiệu lực thi hành đến hết ngày 31 tháng 12 năm 2030.', ctx)).toEqual([
      ['range', '2030-12-31', '2025-11-20', null],
    ]);
    expect(brief('Thực hiện từ ngày ký đến hết ngày 31/12/2026.', ctx)).toEqual([['range', '2026-12-31', '2025-11-20', null]]);
  });

  it('gives every month of a list the year written after the last', () => {
    expect(brief('thời gian quan trắc vào tháng 4 và tháng 8 năm 2026')).toEqual([
      ['month', '2026-04-30', null, null],
      ['month', '2026-08-31', null, null],
    ]);
    // Without a cue word, months in running text are no deadline.
    expect(brief('Tại Hội nghị tháng 3, tháng 6 năm 2025 đánh giá kết quả')).toEqual([]);
  });
});

describe('periods closed by "và đột xuất"', () => {
  it('reads the periods and the need as times of the work', () => {
    expect(brief('Tham mưu đánh giá việc thực hiện kế hoạch của Ủy ban nhân dân tỉnh trên địa bàn tỉnh hằng năm và đột xuất.')).toEqual([
      ['recurring', null, null, 'yearly'],
      ['conditional', null, null, null],
    ]);
    expect(brief('xây dựng phương hướng hằng tháng, quý, 6 tháng và đột xuất việc thực hiện kế hoạch').map((d) => d[3] ?? d[0])).toEqual([
      'monthly',
      'quarterly',
      'conditional',
    ]);
  });

  it('leaves a plan made every year and a surprise inspection alone', () => {
    expect(brief('xây dựng kế hoạch hằng năm của đơn vị')).toEqual([]);
    expect(brief('nhất là kiểm tra đột xuất, giám sát chuyên đề')).toEqual([]);
  });
});

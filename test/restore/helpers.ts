/** A small language model trained in memory, for decoder tests that must not depend on dict/. */
import { encodeLm } from '../../src/restore/lm/format.js';
import { estimateKneserNey } from '../../scripts/dict/kneser-ney.js';
import { NgramModel } from '../../src/restore/lm/model.js';
import { BOS, EOS, SPECIAL_UNITS, UNK, sentencesOf } from '../../src/restore/lm/units.js';

export const TINY_TEXT = [
  'Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện nghị quyết.',
  'Ban thường vụ tỉnh ủy xây dựng kế hoạch thực hiện kết luận.',
  'Các sở, ban, ngành tỉnh tổ chức thực hiện nghiêm túc kế hoạch.',
  'Ban chấp hành trung ương ban hành nghị quyết về công tác cán bộ.',
  'Bộ chính trị ban hành kết luận về tổ chức bộ máy.',
  'Ủy ban kiểm tra tỉnh ủy báo cáo kết quả kiểm tra.',
  'Tổ chức thực hiện tốt công tác cán bộ của tỉnh.',
  'Hội đồng nhân dân tỉnh ban hành nghị quyết về ngân sách.',
  'Văn bản của ủy ban gửi các ban của tỉnh ủy.',
].join('\n');

export function tinyModel(order = 3, text = TINY_TEXT): NgramModel {
  const sentences = sentencesOf(text, () => false, true);
  const words = [...new Set(sentences.flat())].filter((w) => !(SPECIAL_UNITS as readonly string[]).includes(w)).sort();
  const vocab = [...SPECIAL_UNITS, ...words];
  const ids = new Map(vocab.map((w, i) => [w, i]));
  const model = estimateKneserNey(
    sentences.map((s) => s.map((w) => ids.get(w) ?? ids.get(UNK)!)),
    { order, vocabSize: vocab.length, bos: ids.get(BOS)!, eos: ids.get(EOS)! },
  );
  return NgramModel.fromBytes(encodeLm(model, vocab));
}

export const strip = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');

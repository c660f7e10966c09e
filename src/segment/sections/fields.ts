/**
 * Items whose sub-items are their fields: "- Nội dung: … / - Thời gian: … / - Đơn vị thực hiện: …",
 * or "a) Nhiệm vụ: … / b) Cơ quan thực hiện: … / c) Thời gian thực hiện: …". Such an item is one
 * task whose fields say what, who and when; when its "Nhiệm vụ:" field lists dashes, each dash is a
 * task and the other fields speak for all of them.
 */
import type { SectionNode } from '../../tree.js';
import { itemWords } from './item-words.js';

/** A sub-item that is a field of its parent: a label, then a colon ("Thời gian thực hiện: Quý IV/2025"). */
const FIELD =
  /^\s*(?:noi dung|nhiem vu|thoi gian|thoi han|tien do|co quan|don vi|bo phan|chu tri|phoi hop|san pham|ket qua|kinh phi|hinh thuc|dia diem|trach nhiem|doi tuong|phuong thuc|quy mo|thanh phan|nguon|so luong|muc tieu|hoan thanh)[^:]{0,40}:/u;

/** The labels that say who or when: with one of them, lettered sub-items are fields too. */
const WHO_OR_WHEN = /^\s*(?:thoi gian|thoi han|tien do|co quan|don vi|chu tri)[^:]{0,40}:/u;

/**
 * Whether an item's sub-items are its fields: two or more, most of them labelled. Dashes may be
 * fields; lettered items only when every one is labelled and one says who or when ("a) Nhiệm vụ:
 * …", "b) Cơ quan thực hiện: …", "c) Thời gian thực hiện: …").
 */
export function hasFields(s: SectionNode): boolean {
  const subs = s.children.filter((c): c is SectionNode => c.type === 'section');
  if (subs.length < 2) return false;
  const texts = subs.map(itemWords);
  const labelled = texts.filter((t) => FIELD.test(t)).length;
  if (subs.every((c) => c.data.kind === 'dash' || c.data.kind === 'plus')) return labelled >= 2 && labelled * 2 >= subs.length;
  return subs.every((c) => c.data.kind === 'letter') && labelled === subs.length && texts.some((t) => WHO_OR_WHEN.test(t));
}


/** A field that holds the work itself. */
const TASK_FIELD = /^\s*(?:nhiem vu|noi dung|cong viec)[^:]{0,30}:\s*$/u;

/** The dashes listed under the item's "Nhiệm vụ:" field, when it lists two or more. */
export function listedTasks(fields: readonly SectionNode[]): SectionNode[] {
  for (const f of fields) {
    if (!TASK_FIELD.test(itemWords(f))) continue;
    const dashes = f.children.filter((c): c is SectionNode => c.type === 'section' && (c.data.kind === 'dash' || c.data.kind === 'plus'));
    if (dashes.length >= 2) return dashes;
  }
  return [];
}

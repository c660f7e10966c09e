/**
 * Who leads a task and who helps. The lead ("chủ trì") is the grammatical
 * subject that opens a task ("5.3. Trong tháng 9/2025, Sở Nội vụ tham mưu…",
 * "Giao Ban Tuyên giáo và Dân vận Tỉnh ủy tham mưu…", "Ban Tổ chức Tỉnh ủy,
 * Văn phòng Tỉnh ủy chủ trì…") or whoever is named just before "chủ trì";
 * partners follow "phối hợp (với)". Agencies after "tham mưu" or "chỉ đạo" are
 * the ones advised or directed, and take no role here.
 */
import type { AgencyHit, DeadlineHit } from '../../tree.js';
import { fold } from '../text/fold.js';

export interface Roles {
  lead: AgencyHit[];
  partners: AgencyHit[];
}

/** Text between two agencies of one list. */
const LIST_GAP = /^\s{0,2}(?:[,;/]\s{0,2}(?:va\s{1,3})?|va\s{1,3}|-\s{0,2})$/;
/** Words before the subject that do not change who acts. */
const OPENERS = /^(?:\s|[-+.,:;]|giao|de\s{1,3}nghi|yeu\s{1,3}cau|dong\s{1,3}chi)*/;
const AFTER_LEAD = /^\s{0,2},?\s{0,2}chu\s{1,3}tri(?![a-z])/;
const AFTER_PARTNER_CUE = /^\s{0,2}(?:chat\s{1,3}che\s{1,3}|thuong\s{1,3}xuyen\s{1,3}|tot\s{1,3})?(?:voi\s{1,3}|cung\s{1,3}(?:voi\s{1,3})?)?(?:\s{0,2}[:,]\s{0,2})?/;
const PARTNER_CUE = /(?<![a-z])phoi\s{1,3}hop(?![a-z])/g;

/** The list of agencies that starts with agencies[i]: consecutive names joined by commas, semicolons, "và". */
export function listFrom(agencies: readonly AgencyHit[], i: number, folded: string): AgencyHit[] {
  const run: AgencyHit[] = [];
  for (let j = i; j < agencies.length; j++) {
    const a = agencies[j]!;
    if (run.length > 0 && !LIST_GAP.test(folded.slice(run[run.length - 1]!.end, a.start))) break;
    run.push(a);
  }
  return run;
}

/** The list of agencies that ends with agencies[i], read backwards. */
function listTo(agencies: readonly AgencyHit[], i: number, folded: string): AgencyHit[] {
  const run: AgencyHit[] = [agencies[i]!];
  for (let j = i - 1; j >= 0; j--) {
    const a = agencies[j]!;
    if (!LIST_GAP.test(folded.slice(a.end, run[0]!.start))) break;
    run.unshift(a);
  }
  return run;
}

/** Where the subject may start: after leading deadlines ("Trong tháng 9/2025, ") and openers ("Giao"). */
function subjectStart(folded: string, deadlines: readonly DeadlineHit[]): number {
  let at = 0;
  for (;;) {
    at += OPENERS.exec(folded.slice(at))![0].length;
    const d = deadlines.find((h) => h.start === at);
    if (!d) return at;
    at = d.end;
  }
}

function unique(hits: AgencyHit[]): AgencyHit[] {
  const seen = new Set<number>();
  return hits.filter((h) => (seen.has(h.start) ? false : (seen.add(h.start), true)));
}

export function assignRoles(text: string, agencies: readonly AgencyHit[], deadlines: readonly DeadlineHit[]): Roles {
  const folded = fold(text);
  const lead: AgencyHit[] = [];
  const partners: AgencyHit[] = [];

  const at = subjectStart(folded, deadlines);
  const first = agencies.findIndex((a) => a.start === at);
  if (first !== -1) lead.push(...listFrom(agencies, first, folded));

  agencies.forEach((a, i) => {
    if (AFTER_LEAD.test(folded.slice(a.end, a.end + 16))) lead.push(...listTo(agencies, i, folded));
  });

  for (const m of folded.matchAll(PARTNER_CUE)) {
    const after = m.index + m[0].length;
    const skip = AFTER_PARTNER_CUE.exec(folded.slice(after, after + 30))![0].length;
    const i = agencies.findIndex((a) => a.start === after + skip);
    if (i !== -1) partners.push(...listFrom(agencies, i, folded));
  }

  const leads = unique(lead).sort((a, b) => a.start - b.start);
  const leadStarts = new Set(leads.map((h) => h.start));
  return { lead: leads, partners: unique(partners).filter((p) => !leadStarts.has(p.start)).sort((a, b) => a.start - b.start) };
}

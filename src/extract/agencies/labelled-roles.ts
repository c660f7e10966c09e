/**
 * Roles stated by a label rather than by a sentence: "Cơ quan chủ trì: Sở Nội vụ, Sở Tư pháp.",
 * "Đơn vị phối hợp: …", "Đơn vị thực hiện: …", "Chủ trì: …; phối hợp: …". The bodies after a
 * lead label up to the end of its clause lead; those after a partner label partner, and nothing
 * a sentence rule says about them counts against the label. Inside a lead label's clause the
 * words still speak: "Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp" makes Sở Tư pháp a partner,
 * and the body advised or reported to ("tham mưu Ủy ban nhân dân Thành phố") takes no role.
 */
import type { AgencyHit } from '../../tree.js';

export interface LabelledRoles {
  lead: AgencyHit[];
  partners: AgencyHit[];
  /** Offsets covered by a label's clause: agencies there take no role from the sentence rules. */
  covered: Array<{ start: number; end: number }>;
}

const UNIT = String.raw`(?:(?:co\s{1,3}quan|don\s{1,3}vi|bo\s{1,3}phan|ca\s{1,3}nhan|to\s{1,3}chuc)\s{1,3})?`;
const LEAD_LABEL = new RegExp(
  String.raw`(?:^|[\n.;:(]\s{0,3}|[-+•]\s{0,3})${UNIT}(?:chu\s{0,3}tri|thuc\s{1,3}hien|chiu\s{1,3}trach\s{1,3}nhiem|trach\s{1,3}nhiem\s{1,3}thuc\s{1,3}hien|dau\s{1,3}moi)(?:\s{0,2},?\s{0,2}thuc\s{1,3}hien)?\s{0,2}:`,
  'gu',
);
const PARTNER_LABEL = new RegExp(
  String.raw`(?:^|[\n.;:(]\s{0,3}|[-+•]\s{0,3})${UNIT}phoi\s{1,3}hop(?:\s{1,3}thuc\s{1,3}hien)?\s{0,2}:`,
  'gu',
);
/**
 * A label's clause is its field: it ends at a full stop, at a line that opens another item or
 * field ("- Thời gian: …", "2.", a blank line), at " - ", or at the next label. A semicolon
 * separates the bodies of one field ("Các cơ quan tham mưu, giúp việc Đảng ủy; các đảng ủy trực
 * thuộc"), and a field wraps over lines like any text.
 */
const CLAUSE_END = /\.(?=\s|$)|\n\s*(?:[-+•*]|\d{1,2}[.)]|[a-zđ][.)]|\n|[^\n:]{1,40}:)|\s-\s/u;

/** Where every lead or partner label starts, in order: a field ends where the next one starts. */
function labelStarts(folded: string): number[] {
  const labels: number[] = [];
  for (const re of [LEAD_LABEL, PARTNER_LABEL]) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) labels.push(m.index);
  }
  return labels.sort((a, b) => a - b);
}

function clauses(folded: string, re: RegExp, labels: readonly number[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    const start = m.index + m[0].length;
    const stop = CLAUSE_END.exec(folded.slice(start));
    const next = labels.find((at) => at >= start) ?? folded.length;
    out.push({ start, end: Math.min(stop ? start + stop.index : folded.length, next) });
  }
  return out;
}

export const inside = (a: AgencyHit, spans: ReadonlyArray<{ start: number; end: number }>): boolean => spans.some((s) => a.start >= s.start && a.end <= s.end);

/** Words just before a body that make it the one advised or reported to. */
const ADDRESSED = /(?:tham\s{1,3}muu|bao\s{1,3}cao|trinh|gui|ve)(?:\s{1,3}(?:cho|len|ve))?\s{1,3}$/u;
/** "phối hợp (với)" inside a lead clause: the bodies after it, in the same clause, partner. */
const PARTNERING = /phoi\s{1,3}hop/gu;

export function labelledRoles(folded: string, agencies: readonly AgencyHit[]): LabelledRoles {
  const labels = labelStarts(folded);
  const leadSpans = clauses(folded, LEAD_LABEL, labels);
  const partnerSpans = clauses(folded, PARTNER_LABEL, labels);
  const partnering: number[] = [];
  for (const span of leadSpans) {
    PARTNERING.lastIndex = span.start;
    const m = PARTNERING.exec(folded);
    if (m !== null && m.index < span.end) partnering.push(m.index);
  }
  const partnersInLead = (a: AgencyHit) => partnering.some((at) => at < a.start && leadSpans.some((s) => at >= s.start && a.end <= s.end));
  const addressed = (a: AgencyHit) => ADDRESSED.test(folded.slice(Math.max(0, a.start - 24), a.start));
  // A partner label's clause may sit inside a lead label's ("Chủ trì: Sở A; phối hợp: Sở B" is two).
  const inLead = agencies.filter((a) => inside(a, leadSpans) && !inside(a, partnerSpans) && !addressed(a));
  const lead = inLead.filter((a) => !partnersInLead(a));
  const partners = [...agencies.filter((a) => inside(a, partnerSpans)), ...inLead.filter(partnersInLead)];
  return { lead, partners, covered: [...leadSpans, ...partnerSpans] };
}

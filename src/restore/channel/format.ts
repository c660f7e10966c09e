/**
 * dict/channel.bin: the learnt OCR channel. A small JSON header (edit costs,
 * parameters, sizes), then two UTF-8 string blobs (the syllable inventory and
 * the observed forms, each "\n"-joined, forms in code-point order) and typed
 * arrays for the token table. The same tables always give the same bytes.
 *
 *   "VICH" u32:version u32:headerBytes header-JSON pad4
 *   syllables utf8 pad4 · forms utf8 pad4
 *   syllableCount u32[S] · formStart u32[F+1] · entrySyllable u16[E] pad4 · entryCount u32[E]
 *   candStart u32[F+1] · candSyllable u16[C] pad4 · candCost u16[C] pad4
 *
 * The candidate lists of the forms in the table are computed at build time
 * (they are what OcrChannel would compute, costs quantised to 1/1000 nat), so
 * that only forms never seen are searched at run time.
 */
import type { EditCosts } from './edit-model.js';

const MAGIC = 'VICH';
const VERSION = 1;

export interface ChannelParams {
  /** Weight of the edit model as a prior on each syllable's token counts (pseudo-counts). */
  beta: number;
  /** Edit candidates kept: within `margin` nats of the best, below `ceiling`, at most `limit`. */
  margin: number;
  ceiling: number;
  limit: number;
}

export interface ChannelTables {
  params: ChannelParams;
  costs: EditCosts;
  /** Canonical syllables (lower case, NFC, classic tone placement), code-point order. */
  syllables: string[];
  /** How often each syllable was meant in the training pairs. */
  syllableCount: Uint32Array;
  /** Observed OCR forms (lower case, NFC), code-point order. */
  forms: string[];
  /** Entries of form f: [formStart[f], formStart[f + 1]). */
  formStart: Uint32Array;
  entrySyllable: Uint16Array;
  entryCount: Uint32Array;
  /** Precomputed candidates of form f: [candStart[f], candStart[f + 1]), best first; cost = −logp · COST_SCALE. */
  candStart: Uint32Array;
  candSyllable: Uint16Array;
  candCost: Uint16Array;
}

export const COST_SCALE = 1000;

interface Header {
  params: ChannelParams;
  costs: EditCosts;
  sizes: { syllables: number; forms: number; entries: number; candidates: number; syllableBytes: number; formBytes: number };
}

const pad4 = (n: number): number => (n + 3) & ~3;

export function encodeChannel(t: ChannelTables): Buffer {
  const syllableBlob = Buffer.from(t.syllables.join('\n'), 'utf8');
  const formBlob = Buffer.from(t.forms.join('\n'), 'utf8');
  const header: Header = {
    params: t.params,
    costs: t.costs,
    sizes: {
      syllables: t.syllables.length,
      forms: t.forms.length,
      entries: t.entrySyllable.length,
      candidates: t.candSyllable.length,
      syllableBytes: syllableBlob.length,
      formBytes: formBlob.length,
    },
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prelude = Buffer.alloc(12);
  prelude.write(MAGIC, 0, 'latin1');
  prelude.writeUInt32LE(VERSION, 4);
  prelude.writeUInt32LE(headerBytes.length, 8);
  const parts: Buffer[] = [prelude];
  const push = (bytes: Buffer): void => {
    parts.push(bytes, Buffer.alloc(pad4(bytes.length) - bytes.length));
  };
  const view = (a: Uint16Array | Uint32Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  push(headerBytes);
  push(syllableBlob);
  push(formBlob);
  push(view(t.syllableCount));
  push(view(t.formStart));
  push(view(t.entrySyllable));
  push(view(t.entryCount));
  push(view(t.candStart));
  push(view(t.candSyllable));
  push(view(t.candCost));
  return Buffer.concat(parts);
}

export function decodeChannel(bytes: Uint8Array, source = 'channel.bin'): ChannelTables {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 12 || buf.toString('latin1', 0, 4) !== MAGIC) throw new Error(`${source}: not a channel table`);
  if (buf.readUInt32LE(4) !== VERSION) throw new Error(`${source}: unsupported version ${buf.readUInt32LE(4)}`);
  const headerLength = buf.readUInt32LE(8);
  let at = 12;
  const header = JSON.parse(buf.toString('utf8', at, at + headerLength)) as Header;
  at += pad4(headerLength);
  const { sizes } = header;
  const text = (n: number): string[] => {
    const s = buf.toString('utf8', at, at + n);
    at += pad4(n);
    return s === '' ? [] : s.split('\n');
  };
  const syllables = text(sizes.syllableBytes);
  const forms = text(sizes.formBytes);
  // Copies, so that the arrays are aligned whatever the buffer's offset.
  const u32 = (n: number): Uint32Array => {
    const a = new Uint32Array(n);
    Buffer.from(a.buffer).set(buf.subarray(at, at + n * 4));
    at += pad4(n * 4);
    return a;
  };
  const u16 = (n: number): Uint16Array => {
    const a = new Uint16Array(n);
    Buffer.from(a.buffer).set(buf.subarray(at, at + n * 2));
    at += pad4(n * 2);
    return a;
  };
  const syllableCount = u32(sizes.syllables);
  const formStart = u32(sizes.forms + 1);
  const entrySyllable = u16(sizes.entries);
  const entryCount = u32(sizes.entries);
  const candStart = u32(sizes.forms + 1);
  const candSyllable = u16(sizes.candidates);
  const candCost = u16(sizes.candidates);
  if (syllables.length !== sizes.syllables || forms.length !== sizes.forms || at > buf.length) {
    throw new Error(`${source}: truncated or corrupt`);
  }
  return {
    params: header.params,
    costs: header.costs,
    syllables,
    syllableCount,
    forms,
    formStart,
    entrySyllable,
    entryCount,
    candStart,
    candSyllable,
    candCost,
  };
}

/**
 * The language model on disk: a small JSON header (vocabulary, sizes) and
 * typed-array sections laid out as a trie, order by order. Log-probabilities
 * and backoff weights are quantised to 16 bits. The same model always gives
 * the same bytes, and loading is a matter of taking views on one buffer.
 *
 *   "VILM" u32:version u32:headerBytes header-JSON pad4
 *   per order n: [n>1] word u16[count] · logp u16[count] · [n<N] bow u16[count], child u32[count+1]
 */

const MAGIC = 'VILM';
const VERSION = 1;
/** Log-probabilities are stored as -logp / QMAX · 65535; below -QMAX they clamp. */
export const QMAX = 30;
const SCALE = 65535 / QMAX;

/**
 * A backoff model as estimation writes it (scripts/dict/kneser-ney.ts): n-grams
 * are numeric keys in base V (first word most significant), so sorted keys
 * are n-grams in lexicographic order and the tables form a trie.
 */
export interface OrderTable {
  /** Keys of this order's n-grams, ascending. */
  keys: number[];
  /** Natural-log interpolated probability of each n-gram. */
  logp: Float64Array;
  /** Natural-log backoff weight of each n-gram used as a context (0 when it never is). */
  bow: Float64Array;
}

export interface BackoffModel {
  order: number;
  vocabSize: number;
  /** tables[n - 1] holds the n-grams. */
  tables: OrderTable[];
}

export interface LmHeader {
  order: number;
  vocab: string[];
  counts: number[];
  qmax: number;
}

/** One order of the trie as typed-array views. */
export interface LmLevel {
  /** Word id of each entry (absent at order 1, where the entry index is the word id). */
  word: Uint16Array | null;
  logp: Uint16Array;
  /** Backoff weights and child ranges into the next order (absent at the top order). */
  bow: Uint16Array | null;
  child: Uint32Array | null;
}

export interface LmData {
  header: LmHeader;
  levels: LmLevel[];
}

const quantise = (logp: number): number => Math.min(65535, Math.max(0, Math.round(-logp * SCALE)));
const pad4 = (n: number): number => (n + 3) & ~3;

/** Serialises a model; `vocab[id]` is the unit of word id. */
export function encodeLm(model: BackoffModel, vocab: readonly string[]): Buffer {
  const { order, vocabSize: V, tables } = model;
  if (V > 65535) throw new RangeError(`vocabulary too large for 16-bit ids: ${V}`);
  const header: LmHeader = { order, vocab: [...vocab], counts: tables.map((t) => t.keys.length), qmax: QMAX };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const parts: Buffer[] = [];
  const prelude = Buffer.alloc(12);
  prelude.write(MAGIC, 0, 'latin1');
  prelude.writeUInt32LE(VERSION, 4);
  prelude.writeUInt32LE(headerBytes.length, 8);
  parts.push(prelude, headerBytes, Buffer.alloc(pad4(headerBytes.length) - headerBytes.length));
  const push = (array: Uint16Array | Uint32Array): void => {
    const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
    parts.push(bytes, Buffer.alloc(pad4(bytes.length) - bytes.length));
  };
  tables.forEach((table, i) => {
    const n = i + 1;
    const count = table.keys.length;
    if (n > 1) push(Uint16Array.from(table.keys, (key) => key % V));
    push(Uint16Array.from(table.logp, quantise));
    if (n < order) {
      push(Uint16Array.from(table.bow, quantise));
      // Children of entry j are the next order's entries whose prefix key is table.keys[j].
      const next = tables[i + 1]!.keys;
      const child = new Uint32Array(count + 1);
      let k = 0;
      for (let j = 0; j < count; j++) {
        child[j] = k;
        while (k < next.length && Math.floor(next[k]! / V) === table.keys[j]) k++;
      }
      child[count] = k;
      if (k !== next.length) throw new Error(`order ${n + 1} has n-grams without a prefix`);
      push(child);
    }
  });
  return Buffer.concat(parts);
}

/** Takes views on a serialised model without copying the tables. */
export function decodeLm(bytes: Uint8Array): LmData {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  if (magic !== MAGIC || view.getUint32(4, true) !== VERSION) throw new Error('not a language model file');
  const headerLength = view.getUint32(8, true);
  const header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 12, headerLength).toString('utf8')) as LmHeader;
  // Typed-array views need aligned offsets; copy once when the buffer itself is not aligned.
  const base = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  let at = base.byteOffset + 12 + pad4(headerLength);
  const take16 = (length: number): Uint16Array => {
    const a = new Uint16Array(base.buffer, at, length);
    at += pad4(length * 2);
    return a;
  };
  const take32 = (length: number): Uint32Array => {
    const a = new Uint32Array(base.buffer, at, length);
    at += length * 4;
    return a;
  };
  const levels: LmLevel[] = header.counts.map((count, i) => {
    const n = i + 1;
    const word = n > 1 ? take16(count) : null;
    const logp = take16(count);
    const bow = n < header.order ? take16(count) : null;
    const child = n < header.order ? take32(count + 1) : null;
    return { word, logp, bow, child };
  });
  return { header, levels };
}

/**
 * Where a writer's pieces of text go: kept and joined once into a string, or
 * encoded to UTF-8 as they come. A document's JSON is a megabyte or more;
 * joined, it is one string in V8's large-object space, which the next
 * scavenge promotes to the old generation if it is still alive, and that
 * string alone was a quarter of what a worker promoted (and then marked) per
 * document. Encoded as it comes, the text lives in an ArrayBuffer outside the
 * heap and is never copied again on its way to the disk.
 */

export interface TextSink {
  push(piece: string): void;
}

/** Pieces joined into one string at the end. */
export class StringSink implements TextSink {
  private readonly pieces: string[] = [];

  push(piece: string): void {
    this.pieces.push(piece);
  }

  text(): string {
    return this.pieces.join('');
  }
}

/** Pieces are encoded a few thousand characters at a time, short strings that die young. */
const FLUSH_CHARS = 16 * 1024;
/** UTF-8 never takes more than three bytes for one UTF-16 code unit. */
const MAX_BYTES_PER_UNIT = 3;

const encoder = new TextEncoder();

/**
 * The buffer sinks encode into, kept from one document to the next: growing
 * a fresh one by doubling allocated four or five times a document's bytes
 * outside the heap, which V8 counts as memory pressure and answered with
 * more collections. One sink at a time has it; a sink made while it is taken
 * gets a buffer of its own.
 */
let scratch: Uint8Array | null = new Uint8Array(256 * 1024);
/** A scratch buffer grown past this (by a huge document) is not kept for the next. */
const MAX_KEPT_BYTES = 8 * 1024 * 1024;

/**
 * Pieces encoded to UTF-8 as they come. Each piece is encoded whole (a
 * writer's pieces are whole JSON tokens, which never split a surrogate pair),
 * so the bytes are those of TextEncoder over the joined text.
 */
export class Utf8Sink implements TextSink {
  private buffer: Uint8Array;
  private length = 0;
  private readonly pending: string[] = [];
  private pendingChars = 0;

  constructor() {
    this.buffer = scratch ?? new Uint8Array(64 * 1024);
    scratch = null;
  }

  push(piece: string): void {
    this.pending.push(piece);
    this.pendingChars += piece.length;
    if (this.pendingChars >= FLUSH_CHARS) this.flush();
  }

  /** The bytes, in a buffer of their own (one that can be moved to another thread); the sink is done with. */
  bytes(): Uint8Array {
    this.flush();
    const bytes = this.buffer.slice(0, this.length);
    // Handed back for the next sink; this one starts again from nothing if it is written to after all.
    if (this.buffer.length <= MAX_KEPT_BYTES) scratch = this.buffer;
    this.buffer = new Uint8Array(0);
    this.length = 0;
    return bytes;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const text = this.pending.length === 1 ? this.pending[0]! : this.pending.join('');
    this.pending.length = 0;
    this.pendingChars = 0;
    this.reserve(text.length * MAX_BYTES_PER_UNIT);
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  private reserve(bytes: number): void {
    const needed = this.length + bytes;
    if (needed <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}

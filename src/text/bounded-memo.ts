/**
 * A memo of at most `limit` answers keyed by text, emptied when full:
 * documents repeat the same few thousand words, so it soon holds what
 * matters again. Keys are stored detached (detached.ts): a key cut from a
 * document would otherwise keep the whole document alive for as long as the
 * memo holds it.
 */
import { detached } from './detached.js';

export class BoundedMemo<V> {
  private readonly answers = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    return this.answers.get(key);
  }

  set(key: string, value: V): void {
    if (this.answers.size >= this.limit) this.answers.clear();
    this.answers.set(detached(key), value);
  }
}

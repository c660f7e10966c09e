/**
 * A disk that fills up: writes go to the real file system until `capacity`
 * bytes have been written through it, then fail with ENOSPC part way, as a
 * full disk does (the first bytes of the failing write land, the rest not).
 */
import { close, open as openFd, write } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Disk } from '../../../src/write/atomic.js';

function enospc(): NodeJS.ErrnoException {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
}

export function fullDisk(capacity: { files?: number; streams?: number }): Disk {
  let files = capacity.files ?? Infinity;
  let streams = capacity.streams ?? Infinity;
  return {
    open: (async (path: string, flags: string, mode?: number) => {
      const handle = await open(path, flags, mode);
      const writeFile = async (data: string | Uint8Array): Promise<void> => {
        const bytes = Buffer.from(data);
        const room = Math.max(0, Math.min(bytes.length, files));
        files -= room;
        await handle.writeFile(bytes.subarray(0, room));
        if (room < bytes.length) throw enospc();
      };
      return new Proxy(handle, {
        get: (target, prop) => (prop === 'writeFile' ? writeFile : (Reflect.get(target, prop) as unknown) instanceof Function ? (Reflect.get(target, prop) as Function).bind(target) : Reflect.get(target, prop)),
      });
    }) as Disk['open'],
    stream: {
      open: openFd,
      close,
      write: ((fd: number, buffer: Buffer, offset: number, length: number, position: number | null, callback: (err: Error | null, written?: number) => void) => {
        const room = Math.max(0, Math.min(length, streams));
        streams -= room;
        if (room === length) return write(fd, buffer, offset, length, position, callback);
        write(fd, buffer, offset, room, position, () => callback(enospc()));
      }) as never,
    },
  };
}

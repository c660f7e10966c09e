/**
 * exceljs's streaming workbook writer, taken over at its zip in two ways:
 *
 * - **Fixed times.** The zip stamps every entry with the time of writing;
 *   here every entry gets the same fixed time, so the same rows give the
 *   same bytes.
 * - **Back-pressure.** exceljs hands each sheet to the zip as a stream of
 *   its own (StreamBuf) whose writes never say "wait": rows committed faster
 *   than the zip deflates them and the file takes them pile up in memory,
 *   which grew with the batch (about 310 MB at 200,000 task rows). Each such
 *   stream is piped here into a PassThrough we keep (what archiver would do
 *   itself, minus the handle), so `backlogged()` can tell the rows' writer
 *   to stop until the zip has taken what was written (`drained()`).
 */
import { once } from 'node:events';
import { PassThrough, Stream } from 'node:stream';
import ExcelJS from 'exceljs';

/** 1980-01-01, the first time a zip entry can record. */
export const FIXED_TIME = new Date(Date.UTC(1980, 0, 1));

/** Bytes of a sheet's XML held before its writer waits: a few zip chunks' worth, whatever the batch. */
const PART_BUFFER = 1 << 20;

interface Zip {
  append(source: unknown, data: Record<string, unknown>): unknown;
  paced?: true;
}

/** exceljs's StreamBuf: a Stream by inheritance, but with no readable state, which archiver would wrap the same way. */
function isBareStream(source: unknown): source is Stream & { pipe(destination: NodeJS.WritableStream): unknown } {
  return source instanceof Stream && !(source as { _readableState?: unknown })._readableState;
}

export class PacedWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  /** The parts still being written (the sheet's; a part is done once its writer ends it). */
  private readonly parts = new Set<PassThrough>();

  /**
   * The constructor's first use of the zip, once it exists, is adding the
   * theme through addThemes(): the zip is taken over there.
   */
  override addThemes(): Promise<void> {
    const zip = (this as unknown as { zip: Zip }).zip;
    if (!zip.paced) {
      const append = zip.append.bind(zip);
      zip.append = (source, data) => {
        let fed = source;
        if (isBareStream(source)) {
          const part = new PassThrough({ highWaterMark: PART_BUFFER });
          source.pipe(part);
          this.parts.add(part);
          part.once('finish', () => this.parts.delete(part));
          fed = part;
        }
        return append(fed, { ...data, date: FIXED_TIME });
      };
      zip.paced = true;
    }
    return super.addThemes();
  }

  /** The first part holding more XML than the zip has taken (over PART_BUFFER), if any. */
  private behind(): PassThrough | undefined {
    for (const part of this.parts) if (part.writableNeedDrain) return part;
    return undefined;
  }

  /** Whether more XML was written than the zip has taken. */
  backlogged(): boolean {
    return this.behind() !== undefined;
  }

  /** Until the zip has taken the backlog; rejects with `failed` (the file's write error) rather than wait for ever. */
  async drained(failed: Promise<Error>): Promise<void> {
    for (let part = this.behind(); part; part = this.behind()) {
      await Promise.race([once(part, 'drain'), failed.then((err) => Promise.reject(err))]);
    }
  }
}

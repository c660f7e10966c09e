/**
 * The OCR engine: Tesseract (tesseract.js, WebAssembly) with its trained
 * models read from the `@tesseract.js-data/LANG` packages that `npm ci`
 * installs, never from the network. One engine per thread — a batch worker
 * thread, or the main thread for the library — created on the first page
 * that needs it and reused for every page after, since loading a model
 * costs seconds and a page well under that.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Worker } from 'tesseract.js';

/** The model folder inside a data package: Tesseract's "best" LSTM models, integerised (fast, and as accurate as the float ones). */
const MODEL_FOLDER = '4.0.0_best_int';

/** A word as Tesseract read it, in reading order. */
export interface OcrWord {
  text: string;
  /** Tesseract's confidence in the word, 0–1. */
  confidence: number;
}

export interface OcrPage {
  text: string;
  /** Tesseract's mean word confidence, 0–1. */
  confidence: number;
  /** Every word of `text`, in its order. */
  words: OcrWord[];
}

export class OcrDataMissing extends Error {
  override name = 'OcrDataMissing';
}

const require = createRequire(import.meta.url);

/** The model file of each language of `langs` ("vie", "vie+eng"); throws OcrDataMissing naming the package to install. */
export function modelFiles(langs: string): Array<{ code: string; file: string }> {
  return langs.split('+').map((code) => {
    const name = `@tesseract.js-data/${code}`;
    let file: string;
    try {
      file = join(dirname(require.resolve(`${name}/package.json`)), MODEL_FOLDER, `${code}.traineddata.gz`);
    } catch {
      throw new OcrDataMissing(`the OCR model for "${code}" is not installed (npm package ${name}); run npm ci, or npm install ${name} for another language`);
    }
    if (!existsSync(file)) throw new OcrDataMissing(`the OCR model for "${code}" is missing (${file}); reinstall it with npm ci`);
    return { code, file };
  });
}

let engine: { langs: string; worker: Promise<Worker> } | null = null;

async function startWorker(langs: string): Promise<Worker> {
  const models = modelFiles(langs);
  const { createWorker, OEM } = await import('tesseract.js');
  const options = { cacheMethod: 'none', gzip: true } as const;
  // tesseract.js reads `LANG.traineddata.gz` from one local folder (langPath): never from the network when it is given.
  if (models.length === 1) return createWorker(models[0]!.code, OEM.LSTM_ONLY, { ...options, langPath: dirname(models[0]!.file) });
  // Each language's model sits in its own package's folder: links to them in one folder for the load.
  const folder = await mkdtemp(join(tmpdir(), 'directive-parse-ocr-'));
  try {
    await Promise.all(models.map(({ code, file }) => symlink(file, join(folder, `${code}.traineddata.gz`))));
    return await createWorker(langs, OEM.LSTM_ONLY, { ...options, langPath: folder });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Reads one page image (PNG, JPEG, PNM, … as bytes) with the languages `langs`. */
export async function recognizePage(image: Uint8Array, langs: string): Promise<OcrPage> {
  if (engine?.langs !== langs) {
    await closeOcr();
    modelFiles(langs); // a missing model is named before a worker starts
    engine = { langs, worker: startWorker(langs) };
  }
  const worker = await engine.worker;
  const result = await worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), {}, { text: true, blocks: true });
  const words: OcrWord[] = [];
  for (const block of result.data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) for (const word of line.words) words.push({ text: word.text, confidence: word.confidence / 100 });
    }
  }
  return { text: result.data.text, confidence: result.data.confidence / 100, words };
}

/** Stops this thread's OCR engine, if one was started; the next page starts a new one. */
export async function closeOcr(): Promise<void> {
  const current = engine;
  engine = null;
  if (current) await (await current.worker.catch(() => null))?.terminate();
}

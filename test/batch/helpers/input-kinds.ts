/**
 * Every kind of input the product reads, for the fuzz tests: how to make a
 * file of that kind from a directive's text, and under what name. The fuzz
 * test writes each case to a file with the kind's extension and reads it
 * through parseFile, so it goes to whatever reader the product picks.
 *
 * The seam for new readers (PDF, DOCX, scanned images): a reader that lands
 * adds its kind here — `encode` turning UTF-8 text into such a file, the
 * extension its reader is chosen by — and moves the extension out of
 * REFUSED_CONTAINERS. Until then those containers are refused as binary, and
 * the fuzz test holds the refusal to the same standard: an InputError naming
 * the file, never an exception or a hang.
 */
import { encodeTcvn3, encodeUtf16, encodeVni, encodeWindows1258 } from '../../read/helpers/legacy.js';

export interface InputKind {
  name: string;
  /** With the dot; the file name the case is written under ends with it. */
  extension: string;
  /** A file of this kind holding `text` (UTF-8 bytes of a directive). */
  encode(text: Buffer): Buffer;
  /** Whether a well-formed file of this kind is read (false: refused as something else than text, with a message). */
  readable: boolean;
}

/** Characters the legacy encodings have no code for (they hold Vietnamese and ASCII only) become '?'. */
function representable(text: Buffer, encode: (s: string) => Buffer): Buffer {
  const s = text.toString('utf8').normalize('NFC');
  try {
    return encode(s);
  } catch {
    return encode(s.replace(/[^\p{Script=Latin}\p{N}\p{P}\p{Zs}\n\r\t$+<=>^`|~]/gu, '?'));
  }
}

function legacy(name: string, encode: (s: string) => Buffer): InputKind {
  return {
    name,
    extension: '.txt',
    readable: true,
    encode: (text) => {
      try {
        return representable(text, encode);
      } catch {
        // A letter outside the encoding's repertoire (a Latin letter no Vietnamese uses): the ASCII part only.
        return Buffer.from(text.toString('latin1').replace(/[^\x20-\x7e\n]/gu, '?'), 'latin1');
      }
    },
  };
}

/** A stored ZIP with one entry: what a DOCX, an XLSX or an ODT is, minus the XML. */
function zipOf(name: string, content: Buffer): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt32LE(content.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(Buffer.byteLength(name), 26);
  return Buffer.concat([header, Buffer.from(name), content]);
}

/** Containers no reader takes yet (see the note above): refused as binary, naming what they look like. */
export const REFUSED_CONTAINERS: readonly InputKind[] = [
  {
    name: 'pdf',
    extension: '.pdf',
    readable: false,
    encode: (text) => Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj\n<< /Length 0 >>\nstream\n'), text, Buffer.from('\nendstream\nendobj\n%%EOF\n')]),
  },
  { name: 'docx', extension: '.docx', readable: false, encode: (text) => zipOf('word/document.xml', text) },
  {
    name: 'png',
    extension: '.png',
    readable: false,
    encode: (text) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(8), text]),
  },
];

export const INPUT_KINDS: readonly InputKind[] = [
  { name: 'text', extension: '.txt', readable: true, encode: (text) => text },
  { name: 'markdown', extension: '.md', readable: true, encode: (text) => text },
  { name: 'utf-8-bom', extension: '.txt', readable: true, encode: (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text]) },
  { name: 'utf-16le', extension: '.txt', readable: true, encode: (text) => encodeUtf16(text.toString('utf8'), 'le', true) },
  { name: 'utf-16be', extension: '.txt', readable: true, encode: (text) => encodeUtf16(text.toString('utf8'), 'be', true) },
  legacy('tcvn3', (s) => encodeTcvn3(s)),
  legacy('vni', encodeVni),
  legacy('windows-1258', encodeWindows1258),
  ...REFUSED_CONTAINERS,
];

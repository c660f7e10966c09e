/**
 * Telling binary files from text before decoding: first by the signature at
 * the start of the file (so the refusal can say what the file is), then by
 * byte statistics for everything else.
 */

export interface BinaryVerdict {
  /** What the file looks like: "a PDF document", "binary data". */
  kind: string;
  /** The evidence, for the message. */
  evidence: string;
}

interface Signature {
  kind: string;
  /** Bytes at offset 0; null matches any byte. */
  magic: ReadonlyArray<number | null>;
  label: string;
  /** Extra check on the whole buffer. */
  confirm?: (bytes: Uint8Array) => boolean;
}

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

function readUint32LE(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

/** An MZ header is only trusted with the PE signature it points at: text can start "MZ". */
function hasPeSignature(bytes: Uint8Array): boolean {
  if (bytes.length < 0x40) return false;
  const at = readUint32LE(bytes, 0x3c);
  return at + 4 <= bytes.length && bytes[at] === 0x50 && bytes[at + 1] === 0x45 && bytes[at + 2] === 0 && bytes[at + 3] === 0;
}

/** A BMP header states the file size; text starting "BM" does not match it. */
function bmpSizeMatches(bytes: Uint8Array): boolean {
  return bytes.length >= 14 && readUint32LE(bytes, 2) === bytes.length;
}

const SIGNATURES: readonly Signature[] = [
  { kind: 'a PDF document', magic: ascii('%PDF-'), label: '%PDF-' },
  { kind: 'a PNG image', magic: [0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a], label: '\\x89PNG' },
  { kind: 'a JPEG image', magic: [0xff, 0xd8, 0xff], label: 'FF D8 FF' },
  { kind: 'a GIF image', magic: ascii('GIF87a'), label: 'GIF87a' },
  { kind: 'a GIF image', magic: ascii('GIF89a'), label: 'GIF89a' },
  { kind: 'a TIFF image', magic: [0x49, 0x49, 0x2a, 0x00], label: 'II*\\0' },
  { kind: 'a TIFF image', magic: [0x4d, 0x4d, 0x00, 0x2a], label: 'MM\\0*' },
  { kind: 'a BMP image', magic: ascii('BM'), label: 'BM', confirm: bmpSizeMatches },
  { kind: 'a ZIP archive', magic: [0x50, 0x4b, 0x03, 0x04], label: 'PK\\3\\4' },
  { kind: 'a ZIP archive', magic: [0x50, 0x4b, 0x05, 0x06], label: 'PK\\5\\6' },
  { kind: 'a gzip archive', magic: [0x1f, 0x8b], label: '1F 8B' },
  { kind: 'a RAR archive', magic: ascii('Rar!\x1a\x07'), label: 'Rar!' },
  { kind: 'a 7-Zip archive', magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], label: "7z\\xBC\\xAF'\\x1C" },
  {
    kind: 'a Microsoft Office 97-2003 document (.doc/.xls)',
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    label: 'D0 CF 11 E0',
  },
  { kind: 'an ELF executable', magic: [0x7f, ...ascii('ELF')], label: '\\x7FELF' },
  { kind: 'a Windows PE executable', magic: ascii('MZ'), label: 'MZ … PE', confirm: hasPeSignature },
  { kind: 'a Mach-O executable', magic: [0xcf, 0xfa, 0xed, 0xfe], label: 'CF FA ED FE' },
  { kind: 'a Mach-O executable', magic: [0xce, 0xfa, 0xed, 0xfe], label: 'CE FA ED FE' },
];

/** Office Open XML and OpenDocument files are ZIP archives; their part names say which. */
const ZIP_KINDS: ReadonlyArray<[string, string]> = [
  ['word/', 'a Word document (DOCX, a ZIP archive)'],
  ['xl/', 'an Excel workbook (XLSX, a ZIP archive)'],
  ['ppt/', 'a PowerPoint presentation (PPTX, a ZIP archive)'],
  ['application/vnd.oasis.opendocument', 'an OpenDocument file (a ZIP archive)'],
  ['application/epub+zip', 'an EPUB book (a ZIP archive)'],
];

const ZIP_PEEK = 64 * 1024;

function zipKind(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, ZIP_PEEK)).toString('latin1');
  for (const [marker, kind] of ZIP_KINDS) if (head.includes(marker)) return kind;
  return null;
}

function startsWith(bytes: Uint8Array, magic: ReadonlyArray<number | null>): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => b === null || bytes[i] === b);
}

/** What the file's signature says it is, or null. */
export function sniffSignature(bytes: Uint8Array): BinaryVerdict | null {
  for (const sig of SIGNATURES) {
    if (!startsWith(bytes, sig.magic) || (sig.confirm && !sig.confirm(bytes))) continue;
    const kind = sig.kind === 'a ZIP archive' ? (zipKind(bytes) ?? sig.kind) : sig.kind;
    return { kind, evidence: `starts with ${sig.label}` };
  }
  return null;
}

const STATS_SAMPLE = 64 * 1024;
/** NUL bytes together with this share of control bytes… */
const MAX_CONTROL_WITH_NUL = 0.02;
/** …or this share on its own: text has next to none, random data about 10%. */
const MAX_CONTROL = 0.08;

/** Control bytes other than tab, line feed, vertical tab, form feed, carriage return and escape. */
function isBinaryControl(byte: number): boolean {
  return byte < 0x20 && (byte < 0x09 || byte > 0x0d) && byte !== 0x1b;
}

/** Byte statistics over the start of the file; call after UTF-16 has been ruled out. */
export function sniffBinaryBytes(bytes: Uint8Array): BinaryVerdict | null {
  const n = Math.min(bytes.length, STATS_SAMPLE);
  if (n === 0) return null;
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    if (isBinaryControl(b)) control++;
  }
  const share = control / n;
  if ((nul > 0 && share > MAX_CONTROL_WITH_NUL) || share > MAX_CONTROL) {
    const pct = (share * 100).toFixed(1);
    return {
      kind: 'binary data',
      evidence: `${pct}% control bytes${nul > 0 ? `, ${nul} NUL bytes` : ''} in the first ${n} bytes`,
    };
  }
  return null;
}

/**
 * Turning bytes into text: UTF-8 (with or without a byte-order mark), UTF-16 (LE or BE, with
 * or without a byte-order mark), Windows-1258 when the bytes read as Vietnamese in it, or
 * Windows-1252 when the bytes are not UTF-8 but still look like text. Anything else, and
 * Vietnamese in the legacy TCVN3 and VNI font encodings, is refused rather than shown as
 * mojibake, because quotes are anchored in this text and cannot be fixed afterwards.
 */
import { detectVietnameseEncoding, legacyEncodingNames } from './vietnamese-encodings';
import { importWarning, type ImportWarning } from './types';

export type DecodeResult =
  | { ok: true; text: string; encoding: string; warnings: ImportWarning[] }
  | { ok: false; reason: 'binary' | 'unknown-encoding' }
  | { ok: false; reason: 'legacy-vietnamese' | 'not-chosen-encoding'; encodingName: string };

/** The encodings a user may name to override detection (`briefing sources import --encoding`). */
export const chosenEncodings = ['windows-1258', 'utf-16le', 'utf-8'] as const;
export type ChosenEncoding = (typeof chosenEncodings)[number];

const byteOrderMarks: Record<ChosenEncoding, number[]> = { 'windows-1258': [], 'utf-16le': [0xff, 0xfe], 'utf-8': [0xef, 0xbb, 0xbf] };

/** `bytes` read in the encoding the user named, its byte-order mark dropped; refused when they are not valid in it. */
function decodeAs(bytes: Uint8Array, chosen: ChosenEncoding): DecodeResult {
  const mark = byteOrderMarks[chosen];
  const body = mark.length > 0 && mark.every((b, i) => bytes[i] === b) ? bytes.subarray(mark.length) : bytes;
  const text = chosen === 'utf-16le' && body.length % 2 !== 0 ? null : strictDecode(chosen, body);
  return text === null ? { ok: false, reason: 'not-chosen-encoding', encodingName: chosen } : accept(text, chosen);
}

/**
 * Windows-1252 bytes 0x80–0x9F (WHATWG index). Node 20's TextDecoder('windows-1252') decodes
 * them as Latin-1 C1 controls, which would turn curly quotes into invisible characters.
 * The five undefined bytes map to the C1 control of the same value, as WHATWG says.
 */
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const chunk: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    chunk.push(b >= 0x80 && b < 0xa0 ? windows1252High[b - 0x80]! : b);
    if (chunk.length === 8192) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}

/** Labels that WHATWG decodes as Windows-1252, so we use our own correct decoder for them. */
const windows1252Labels = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'x-cp1252']);

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** C0 and C1 controls other than tab, line feed, carriage return and form feed (common in text from PDFs). */
// eslint-disable-next-line no-control-regex
const strayControl = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

export function countStrayControls(text: string): number {
  return text.match(strayControl)?.length ?? 0;
}

/** Real text has (almost) none: a few stray ones are kept with a warning, more mean this is not text. */
function tooManyControls(text: string): boolean {
  const count = countStrayControls(text);
  return count > Math.max(2, text.length * 0.01);
}

function tooManyControlBytes(bytes: Uint8Array): boolean {
  let count = 0;
  for (const b of bytes) if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) count++;
  return count > Math.max(2, bytes.length * 0.01);
}

/**
 * In Western European text a non-ASCII byte (é, “) mostly sits between ASCII letters; in
 * Chinese, Japanese or Cyrillic legacy encodings they come in runs. Decoding those as
 * Windows-1252 would store garbage, so they are refused instead.
 */
function looksLikeOtherLegacyEncoding(bytes: Uint8Array): boolean {
  let high = 0;
  let inRuns = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    high++;
    if ((i > 0 && bytes[i - 1]! >= 0x80) || (i + 1 < bytes.length && bytes[i + 1]! >= 0x80)) inRuns++;
  }
  return inRuns > high * 0.5;
}

/**
 * UTF-16 without a byte-order mark shows as a zero byte in every other position (the high
 * byte of spaces, digits and ASCII letters): after each code unit's low byte in
 * little-endian, before it in big-endian. Vietnamese keeps enough ASCII letters and spaces
 * (about two characters in three) to show the pattern.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  if (Math.max(evenZeros, oddZeros) <= half * 0.3 || Math.min(evenZeros, oddZeros) >= half * 0.05) return null;
  return oddZeros > evenZeros ? 'utf-16le' : 'utf-16be';
}

function controlWarnings(text: string): ImportWarning[] {
  const count = countStrayControls(text);
  return count > 0 ? [importWarning('controls', { count })] : [];
}

function accept(text: string, encoding: string, warnings: ImportWarning[] = []): DecodeResult {
  if (tooManyControls(text)) return { ok: false, reason: 'binary' };
  return { ok: true, text: normalizeLineEndings(text), encoding, warnings: [...warnings, ...controlWarnings(text)] };
}

/**
 * Decodes `bytes` as text. `declaredCharset` (from an HTML <meta charset>) is tried when the
 * bytes are neither marked nor valid UTF-8, so a page saved as Windows-1258 reads correctly.
 * `chosen`, the encoding the user named, replaces the detection.
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string, chosen?: ChosenEncoding): DecodeResult {
  if (chosen) return decodeAs(bytes, chosen);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictDecode('utf-8', bytes.subarray(3));
    return text === null ? { ok: false, reason: 'unknown-encoding' } : accept(text, 'utf-8');
  }
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    const text = bytes.length % 2 === 0 ? strictDecode(utf16, bytes.subarray(2)) : null;
    return text === null ? { ok: false, reason: 'unknown-encoding' } : accept(text, utf16);
  }
  if (bytes.includes(0)) {
    const bomless = bomlessUtf16(bytes);
    const text = bomless && bytes.length % 2 === 0 ? strictDecode(bomless, bytes) : null;
    if (text !== null) return accept(text, bomless!);
    return { ok: false, reason: bomless ? 'unknown-encoding' : 'binary' };
  }
  // Checked on the bytes before guessing an encoding, so random bytes are called binary, not "unknown text".
  if (tooManyControlBytes(bytes)) return { ok: false, reason: 'binary' };

  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return accept(utf8, 'utf-8');

  const declared = declaredCharset?.trim().toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && !windows1252Labels.has(declared)) {
    const text = strictDecode(declared, bytes);
    if (text !== null) return accept(text, declared);
  }
  // Before the run check: Vietnamese puts marked letters side by side ("ướ").
  const vietnamese = detectVietnameseEncoding(bytes);
  if (vietnamese === 'windows-1258') {
    const text = strictDecode('windows-1258', bytes);
    if (text !== null) return accept(text, 'windows-1258');
  } else if (vietnamese) {
    return { ok: false, reason: 'legacy-vietnamese', encodingName: legacyEncodingNames[vietnamese] };
  }
  if (looksLikeOtherLegacyEncoding(bytes)) return { ok: false, reason: 'unknown-encoding' };
  return accept(decodeWindows1252(bytes), 'windows-1252', [importWarning('readAsWindows1252')]);
}

export function normalizeLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

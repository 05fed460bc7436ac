/**
 * Vietnamese text in 8-bit encodings. Windows-1258 is a real code page (TextDecoder reads it);
 * TCVN3 (ABC) and VNI are font encodings: ASCII-range bytes that only look Vietnamese in the
 * .VnTime or VNI-Times fonts. A file in one of them decodes as Windows-1252 without error and
 * reads "ChÝnh phñ" or "Chính phuû", so the bytes are judged by which decoding yields real
 * Vietnamese syllables (DOMAIN.md: detect and say so rather than import gibberish).
 *
 * The TCVN3 and VNI tables below are used only to recognise those files, never to store text
 * from them: such a file is refused with a message that names the encoding.
 */

export type VietnameseEncoding = 'windows-1258' | 'tcvn3' | 'vni';

/** What the refusal calls each legacy encoding. */
export const legacyEncodingNames: Record<Exclude<VietnameseEncoding, 'windows-1258'>, string> = {
  tcvn3: 'TCVN3 (ABC, the .VnTime fonts)',
  vni: 'VNI (the VNI-Times fonts)',
};

const grave = '\u0300';
const acute = '\u0301';
const tilde = '\u0303';
const hook = '\u0309';
const dot = '\u0323';
const circumflex = '\u0302';
const breve = '\u0306';

/** TCVN3 (TCVN 5712:1993, VN3): one byte per precomposed lowercase letter, the capitals with a mark but no tone at 0xA1–0xA7. */
const tcvn3: Record<number, string> = {
  0xa1: 'Ă', 0xa2: 'Â', 0xa3: 'Ê', 0xa4: 'Ô', 0xa5: 'Ơ', 0xa6: 'Ư', 0xa7: 'Đ',
  0xa8: 'ă', 0xa9: 'â', 0xaa: 'ê', 0xab: 'ô', 0xac: 'ơ', 0xad: 'ư', 0xae: 'đ',
  0xb5: 'à', 0xb6: 'ả', 0xb7: 'ã', 0xb8: 'á', 0xb9: 'ạ',
  0xbb: 'ằ', 0xbc: 'ẳ', 0xbd: 'ẵ', 0xbe: 'ắ', 0xc6: 'ặ',
  0xc7: 'ầ', 0xc8: 'ẩ', 0xc9: 'ẫ', 0xca: 'ấ', 0xcb: 'ậ',
  0xcc: 'è', 0xce: 'ẻ', 0xcf: 'ẽ', 0xd0: 'é', 0xd1: 'ẹ',
  0xd2: 'ề', 0xd3: 'ể', 0xd4: 'ễ', 0xd5: 'ế', 0xd6: 'ệ',
  0xd7: 'ì', 0xd8: 'ỉ', 0xdc: 'ĩ', 0xdd: 'í', 0xde: 'ị',
  0xdf: 'ò', 0xe1: 'ỏ', 0xe2: 'õ', 0xe3: 'ó', 0xe4: 'ọ',
  0xe5: 'ồ', 0xe6: 'ổ', 0xe7: 'ỗ', 0xe8: 'ố', 0xe9: 'ộ',
  0xea: 'ờ', 0xeb: 'ở', 0xec: 'ỡ', 0xed: 'ớ', 0xee: 'ợ',
  0xef: 'ù', 0xf1: 'ủ', 0xf2: 'ũ', 0xf3: 'ú', 0xf4: 'ụ',
  0xf5: 'ừ', 0xf6: 'ử', 0xf7: 'ữ', 0xf8: 'ứ', 0xf9: 'ự',
  0xfa: 'ỳ', 0xfb: 'ỷ', 0xfc: 'ỹ', 0xfd: 'ý', 0xfe: 'ỵ',
};

/**
 * VNI: a base letter followed by a byte for its marks (lowercase bytes after lowercase letters,
 * the 0xC0–0xDF row after capitals), with ơ, ư, đ and the i-with-tone letters as single bytes.
 */
const vni: Record<number, string> = {
  0xf9: acute, 0xf8: grave, 0xfb: hook, 0xf5: tilde, 0xef: dot,
  0xe2: circumflex, 0xe1: circumflex + acute, 0xe0: circumflex + grave, 0xe5: circumflex + hook, 0xe3: circumflex + tilde, 0xe4: circumflex + dot,
  0xea: breve, 0xe9: breve + acute, 0xe8: breve + grave, 0xfa: breve + hook, 0xfc: breve + tilde, 0xeb: breve + dot,
  0xf4: 'ơ', 0xf6: 'ư', 0xf1: 'đ', 0xed: 'í', 0xec: 'ì', 0xe6: 'ỉ', 0xf3: 'ĩ', 0xf2: 'ị',
  0xd9: acute, 0xd8: grave, 0xdb: hook, 0xd5: tilde, 0xcf: dot,
  0xc2: circumflex, 0xc1: circumflex + acute, 0xc0: circumflex + grave, 0xc5: circumflex + hook, 0xc3: circumflex + tilde, 0xc4: circumflex + dot,
  0xca: breve, 0xc9: breve + acute, 0xc8: breve + grave, 0xda: breve + hook, 0xdc: breve + tilde, 0xcb: breve + dot,
  0xd4: 'Ơ', 0xd6: 'Ư', 0xd1: 'Đ', 0xcd: 'Í', 0xcc: 'Ì', 0xc6: 'Ỉ', 0xd3: 'Ĩ', 0xd2: 'Ị',
};

/** The text, or null when bytes the encoding leaves unused are more than a stray few: then it is not this encoding. */
function decodeWithTable(bytes: Uint8Array, table: Record<number, string>): string | null {
  let out = '';
  let high = 0;
  let unmapped = 0;
  for (const b of bytes) {
    if (b < 0x80) {
      out += String.fromCharCode(b);
      continue;
    }
    high++;
    const char = table[b];
    if (char === undefined) unmapped++;
    out += char ?? '\uFFFD';
  }
  return unmapped > high * 0.02 ? null : out.normalize('NFC');
}

function decode1258(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('windows-1258', { fatal: true }).decode(bytes).normalize('NFC');
  } catch {
    return null;
  }
}

const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/g;
const vowels = 'aăâeêioôơuưy';
/**
 * A Vietnamese syllable: an initial consonant, one to three vowels, a final consonant, and at
 * most one tone mark. French "café", German "für" or Spanish "año" are not syllables of it.
 */
const syllable = new RegExp(`^(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?[${vowels}]{1,3}(ch|ng|nh|[cmnpt])?$`, 'u');

function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(toneMarks)?.length ?? 0;
  return tones <= 1 && syllable.test(decomposed.replace(toneMarks, '').normalize('NFC'));
}

/** The share of words with a letter outside ASCII that are Vietnamese syllables, and how many such words there are. */
export function vietnameseScore(text: string): { score: number; words: number } {
  let words = 0;
  let valid = 0;
  for (const word of text.split(/[^\p{L}\p{M}]+/u)) {
    // eslint-disable-next-line no-control-regex -- ASCII-only words say nothing about the encoding
    if (word === '' || /^[\u0000-\u007f]*$/.test(word)) continue;
    words++;
    if (isVietnameseSyllable(word)) valid++;
  }
  return { score: words === 0 ? 0 : valid / words, words };
}

/** Fewer non-ASCII words than this, or fewer valid ones than this share, and the text is not judged Vietnamese. */
const minWords = 3;
const minScore = 0.75;

/**
 * Which Vietnamese 8-bit encoding `bytes` (not UTF-8) are in, if any: the decoding whose words
 * are most often Vietnamese syllables, when that is most of them.
 */
export function detectVietnameseEncoding(bytes: Uint8Array): VietnameseEncoding | null {
  const candidates: [VietnameseEncoding, string | null][] = [
    ['windows-1258', decode1258(bytes)],
    ['vni', decodeWithTable(bytes, vni)],
    ['tcvn3', decodeWithTable(bytes, tcvn3)],
  ];
  let best: { encoding: VietnameseEncoding; score: number } | null = null;
  for (const [encoding, text] of candidates) {
    if (text === null) continue;
    const { score, words } = vietnameseScore(text);
    if (words >= minWords && score >= minScore && (!best || score > best.score)) best = { encoding, score };
  }
  return best?.encoding ?? null;
}

/**
 * Vietnamese text as other programs write it, generated in the test rather than kept as files:
 * Windows-1258 (precomposed base letters, combining tone marks), UTF-8 in NFD, and the
 * legacy TCVN3 and VNI font encodings as they look byte for byte.
 */

/** Every character Windows-1258 has a byte for, from Node's own decoder. */
const bytesOf1258 = (() => {
  const map = new Map<string, number>();
  const decoder = new TextDecoder('windows-1258');
  for (let b = 0; b < 256; b++) map.set(decoder.decode(new Uint8Array([b])), b);
  return map;
})();

const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/;

/** Encodes NFC Vietnamese as Windows-1258 writes it: a letter with a tone is its base letter's byte, then the tone's. */
export function encodeWindows1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const direct = bytesOf1258.get(char);
    if (direct !== undefined && !/[\u00c0-\u00ff]/.test(char)) {
      out.push(direct);
      continue;
    }
    const parts = [...char.normalize('NFD')];
    const tones = parts.filter((p) => toneMarks.test(p));
    const base = parts.filter((p) => !toneMarks.test(p)).join('').normalize('NFC');
    const baseByte = bytesOf1258.get(base);
    if (baseByte === undefined) throw new Error(`no Windows-1258 byte for ${base}`);
    out.push(baseByte, ...tones.map((t) => bytesOf1258.get(t)!));
  }
  return new Uint8Array(out);
}

/** One paragraph, NFC, as typed. */
export const vietnameseParagraph =
  'Thủ tướng Phạm Minh Chính chủ trì hội nghị tổng kết công tác hội nhập quốc tế của Việt Nam năm 2025. ' +
  'Chính phủ đặt mục tiêu tăng trưởng kinh tế cao hơn, thu hút đầu tư nước ngoài và mở rộng xuất khẩu.';

/** "Thủ tướng Chính phủ Việt Nam chủ trì hội nghị về đầu tư" in TCVN3, as the bytes read in Latin-1. */
export const tcvn3Bytes = Buffer.from('Thñ t\u00adíng ChÝnh phñ ViÖt Nam chñ tr× héi nghÞ vÒ ®Çu t\u00ad.', 'latin1');

/** The same sentence in VNI. */
export const vniBytes = Buffer.from('Thuû töôùng Chính phuû Vieät Nam chuû trì hoäi nghò veà ñaàu tö.', 'latin1');

import { describe, expect, it } from 'vitest';
import { storedText, storedTextDeep } from '../../../shared/stored-text';

describe('the stored-text rule', () => {
  it('removes C0 controls except tab, line feed and carriage return; vertical tab and form feed become line feeds', () => {
    const allC0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
    expect(storedText(`a${allC0}b`)).toBe('a\t\n\n\n\rb');
    expect(storedText('page one\fpage two')).toBe('page one\npage two');
  });

  it('removes U+FFFE and U+FFFF and replaces each lone surrogate with one U+FFFD', () => {
    expect(storedText('a\ufffe\uffffb')).toBe('ab');
    expect(storedText('a\ud800b\udc00c\udbff')).toBe('a\ufffdb\ufffdc\ufffd');
    expect(storedText('\ude00\ud83d')).toBe('\ufffd\ufffd');
  });

  it('keeps everything else as typed: pairs, C1, DEL, bidi and zero-width controls, RTL, markup', () => {
    const kept = '😀👨‍👩‍👧 \u0085\u009b\u007f \u202e\u2066\u2069 \u200b\u200d\ufeff שלום مرحبا Chính <script>x</script>';
    expect(storedText(kept)).toBe(kept);
  });

  it('cleans every string and key of a JSON value, keeping "__proto__" a plain field', () => {
    const value = JSON.parse('{"a\\u0000":["x\\u0001",{"__proto__":{"p":"\\ud800"}}],"n":1,"b":true,"z":null}') as unknown;
    const cleaned = storedTextDeep(value) as { a: [string, Record<string, unknown>]; n: number };
    expect(cleaned.a[0]).toBe('x');
    expect(Object.getOwnPropertyDescriptor(cleaned.a[1], '__proto__')?.value).toEqual({ p: '\ufffd' });
    expect(Object.getPrototypeOf(cleaned.a[1])).toBe(Object.prototype);
    expect(cleaned).toMatchObject({ n: 1, b: true, z: null });
  });
});

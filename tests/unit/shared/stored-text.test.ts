import { describe, expect, it } from 'vitest';
import { nestedDeeperThan, storedText, storedTextDeep } from '../../../shared/stored-text';

describe('the stored-text rule', () => {
  it('replaces each lone surrogate with one U+FFFD', () => {
    expect(storedText('a\ud800b\udc00c\udbff')).toBe('a\ufffdb\ufffdc\ufffd');
    expect(storedText('\ude00\ud83d')).toBe('\ufffd\ufffd');
  });

  it('keeps everything else as typed: pairs, controls, bidi and zero-width characters, RTL, markup', () => {
    const allC0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
    const kept = `😀👨‍👩‍👧 ${allC0} \u0085\u009b\u007f \ufffe\uffff \u202e\u2066\u2069 \u200b\u200d\ufeff שלום مرحبا Chính <script>x</script>`;
    expect(storedText(kept)).toBe(kept);
  });

  it('cleans every string and key of a JSON value, keeping "__proto__" a plain field', () => {
    const value = JSON.parse('{"a\\ud800":["x\\udc00",{"__proto__":{"p":"\\ud800"}}],"n":1,"b":true,"z":null}') as unknown;
    const cleaned = storedTextDeep(value) as Record<string, [string, Record<string, unknown>]>;
    expect(cleaned['a\ufffd']![0]).toBe('x\ufffd');
    expect(Object.getOwnPropertyDescriptor(cleaned['a\ufffd']![1], '__proto__')?.value).toEqual({ p: '\ufffd' });
    expect(Object.getPrototypeOf(cleaned['a\ufffd']![1])).toBe(Object.prototype);
    expect(cleaned).toMatchObject({ n: 1, b: true, z: null });
  });

  it('measures nesting without recursion', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(nestedDeeperThan(deep)).toBe(true);
    expect(nestedDeeperThan({ a: [{ b: [1, 2, { c: 'x' }] }] })).toBe(false);
    expect(nestedDeeperThan('text')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { htmlNestingDepth } from '../../../../electron/core/ingest/html-nesting';

describe('htmlNestingDepth', () => {
  it('counts nested elements', () => {
    expect(htmlNestingDepth('<div><section><span>x</span></section></div>')).toBe(3);
    expect(htmlNestingDepth('<div>'.repeat(10_000) + '</div>'.repeat(10_000))).toBe(10_000);
  });

  it('ignores void, self-closed and optional-end elements, comments, scripts and attributes with >', () => {
    expect(htmlNestingDepth('<html><body>' + '<p>x<br><img src="a>b">'.repeat(5_000) + '<li>y'.repeat(5_000) + '</body></html>')).toBe(0);
    expect(htmlNestingDepth('<svg><path/><path/></svg>')).toBe(1);
    expect(htmlNestingDepth(`<!-- ${'<div>'.repeat(100)} --><script>"${'<div>'.repeat(100)}"</script><div></div>`)).toBe(1);
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizePastedHtml } from '../../../../renderer/src/editor/plugins/PasteSanitizePlugin/sanitize';

describe('sanitizePastedHtml', () => {
  it('removes scripts and event handlers but keeps the formatting', () => {
    const clean = sanitizePastedHtml('<p onclick="steal()"><b>Bold</b> text<script>alert(1)</script></p><img src=x onerror="alert(2)">');
    expect(clean).not.toMatch(/script|onclick|onerror|alert/i);
    expect(clean).toContain('<b>Bold</b> text');
  });

  it('drops remote images and keeps inline data images', () => {
    const clean = sanitizePastedHtml('<p>a<img src="https://tracker.example/p.gif">b<img src="data:image/png;base64,iVBORw0KGgo="></p>');
    expect(clean).not.toContain('tracker.example');
    expect(clean).toContain('data:image/png;base64');
  });

  it('drops javascript: links, frames and CSS that loads remote resources', () => {
    const clean = sanitizePastedHtml('<a href="javascript:alert(1)">x</a><iframe src="https://e.example"></iframe><span style="background:url(https://e.example/x)">y</span>');
    expect(clean).not.toMatch(/javascript:|iframe|url\(/i);
    expect(clean).toContain('y');
  });

  it('keeps the fact chip markup so chips survive pasting between notes', () => {
    const clean = sanitizePastedHtml('<span data-fact-id="f1" data-fact-version="3">6.1%</span>');
    expect(clean).toBe('<span data-fact-id="f1" data-fact-version="3">6.1%</span>');
  });
});

/**
 * How deeply a page's elements nest, estimated from its tags without building a DOM. jsdom
 * builds a tree in time that grows with the square of its depth (a 10,000-level page took
 * 50 s, issue #7's hostile corpus), so a page nested absurdly deep is refused before jsdom
 * sees it. parse5 itself is fast; the cost is jsdom attaching each node under its ancestors.
 *
 * The estimate counts open minus closed tags, skipping void elements, self-closed tags and
 * elements whose end tag HTML lets authors omit (p, li, td...), so an old page full of
 * unclosed <p> is not mistaken for a deep one. Comments, scripts and styles are skipped.
 */

const voidOrOptionalEnd = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen',
  'p', 'li', 'dt', 'dd', 'td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'caption', 'rb', 'rt', 'rp',
  'html', 'head', 'body',
]);

/** Far deeper than any real page (a few dozen levels is typical); jsdom takes about a second at 2,000. */
export const maxHtmlNesting = 2_000;

const skipped = /<!--[\s\S]*?-->|<(script|style|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

export function htmlNestingDepth(html: string): number {
  const text = html.replace(skipped, '');
  let depth = 0;
  let deepest = 0;
  for (const match of text.matchAll(tag)) {
    const [, closing, name, selfClosing] = match;
    if (voidOrOptionalEnd.has(name!.toLowerCase()) || selfClosing) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

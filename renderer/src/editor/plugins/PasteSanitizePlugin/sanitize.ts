import DOMPurify from 'dompurify';

/**
 * Pasted HTML is the app's main attack surface (DOMAIN.md: Signal, Discord, Slack). Keep
 * structure and formatting, drop anything active: scripts, event handlers, embedded frames,
 * forms, and remote images (a pasted <img src="https://..."> would call home when shown).
 */
const forbiddenTags = ['script', 'style', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'template'];

let purifier: ReturnType<typeof DOMPurify> | null = null;

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === 'img' && node instanceof Element) {
      const src = node.getAttribute('src') ?? '';
      if (!/^data:image\//i.test(src.trim())) node.parentNode?.removeChild(node);
    }
  });
  purifier.addHook('uponSanitizeAttribute', (_node, data) => {
    // CSS can load remote resources too (background: url(...)).
    if (data.attrName === 'style' && /url\s*\(|expression\s*\(/i.test(data.attrValue)) data.keepAttr = false;
    if (data.attrName === 'srcset') data.keepAttr = false;
  });
  return purifier;
}

export function sanitizePastedHtml(html: string): string {
  return getPurifier().sanitize(html, {
    FORBID_TAGS: forbiddenTags,
    ALLOW_DATA_ATTR: true,
    RETURN_TRUSTED_TYPE: false,
  });
}

/**
 * Text that may go into the DOCX. XML 1.0 forbids most C0 controls, U+FFFE/U+FFFF and
 * unpaired surrogates; a single U+000C in a run made Word refuse a file (docx #345, pandoc
 * #1992). Everything else, Vietnamese diacritics included, passes through byte for byte.
 */

/** Removes characters XML 1.0 forbids; a lone surrogate becomes U+FFFD so the reader sees something was there. */
export function sanitizeXmlText(text: string): string {
  // Fast path: most text has nothing to clean. Control characters are the point of this regex.
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c === 0x09 || c === 0x0a || c === 0x0d) out += text[i];
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i++;
      } else out += '\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) out += '\ufffd';
    else if (c !== 0xfffe && c !== 0xffff) out += text[i];
  }
  return out;
}

/** Escapes text for an XML attribute or element we write by hand (the provenance part). */
export function escapeXml(text: string): string {
  return sanitizeXmlText(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

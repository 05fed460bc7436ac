/**
 * Document properties (File → Info in Word): title, author = drafter, subject, keywords, and
 * created/modified from the note rather than from the moment of export.
 */
import type { StoredNote } from '../../../shared/note-format';
import { childElement, parseXml, serializeXml } from '../ooxml';
import { textPart, type PackageParts } from './package';
import { sanitizeXmlText } from './sanitize';

export function documentProperties(note: StoredNote) {
  const m = note.metadata;
  const keywords = [m.classification, m.trackingNumber, m.type, 'briefing note'].map((k) => k.trim()).filter(Boolean);
  return {
    title: sanitizeXmlText(m.title),
    creator: sanitizeXmlText(m.drafter || m.from),
    lastModifiedBy: sanitizeXmlText(m.drafter || m.from),
    subject: sanitizeXmlText(m.type ? `${m.type}: ${m.title}` : m.title),
    keywords: sanitizeXmlText(keywords.join(', ')),
    description: 'Exported from Briefing Studio',
  };
}

/** W3CDTF as core.xml wants it; an unparsable date leaves the export time in place. */
function w3cdtf(value: string): string | null {
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const dcterms = 'http://purl.org/dc/terms/';
const xsi = 'http://www.w3.org/2001/XMLSchema-instance';

export function setCoreDates(parts: PackageParts, note: StoredNote): void {
  const path = 'docProps/core.xml';
  if (!parts.has(path)) return;
  const doc = parseXml(textPart(parts, path), path);
  const root = doc.documentElement!;
  for (const [element, value] of [
    ['created', note.createdAt],
    ['modified', note.updatedAt],
  ] as const) {
    const date = w3cdtf(value);
    if (!date) continue;
    let node = childElement(root, dcterms, element);
    if (!node) {
      node = doc.createElementNS(dcterms, `dcterms:${element}`);
      node.setAttributeNS(xsi, 'xsi:type', 'dcterms:W3CDTF');
      root.appendChild(node);
    }
    node.textContent = date;
  }
  parts.set(path, serializeXml(doc));
}

/**
 * Document properties (File → Info in Word): title, author = drafter, subject, keywords, and
 * created/modified from the note rather than from the moment of export.
 */
import type { StoredNote } from '../../../shared/note-format';
import type { PackageParts } from './package';
import { escapeXml, sanitizeXmlText } from './sanitize';

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

export function setCoreDates(parts: PackageParts, note: StoredNote): void {
  const path = 'docProps/core.xml';
  let xml = parts.get(path);
  if (typeof xml !== 'string') return;
  for (const [element, value] of [
    ['created', note.createdAt],
    ['modified', note.updatedAt],
  ] as const) {
    const date = w3cdtf(value);
    if (!date) continue;
    const pattern = new RegExp(`<dcterms:${element}([^>]*)>[^<]*</dcterms:${element}>`);
    xml = pattern.test(xml)
      ? xml.replace(pattern, `<dcterms:${element}$1>${escapeXml(date)}</dcterms:${element}>`)
      : xml.replace('</cp:coreProperties>', `<dcterms:${element} xsi:type="dcterms:W3CDTF">${date}</dcterms:${element}></cp:coreProperties>`);
  }
  parts.set(path, xml);
}

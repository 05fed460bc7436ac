/**
 * The DOCX package as the export writes it: docx's public Packer output, re-read through the
 * guarded reader, our parts added through an XML parser, zipped again deterministically.
 */
import { describe, expect, it } from 'vitest';
import { exportNoteToDocx } from '../../../../electron/core/export';
import { childElements, openZip, parseXml } from '../../../../electron/core/ooxml';
import { sampleNote, sampleResolver } from '../../../support/sample-note';

const exportedAt = new Date('2026-01-28T08:00:00Z');

describe('the exported package', () => {
  it('is the same bytes for the same note, facts and export time', async () => {
    const first = await exportNoteToDocx(sampleNote(), sampleResolver, { style: 'chicago', exportedAt });
    // A second later: nothing in the package may follow the clock.
    await new Promise((r) => setTimeout(r, 1100));
    const second = await exportNoteToDocx(sampleNote(), sampleResolver, { style: 'chicago', exportedAt });
    expect(second.equals(first)).toBe(true);
  });

  it('links the provenance part from the document and gives it a content type; core dates are the note’s', async () => {
    const note = sampleNote();
    const zip = openZip(await exportNoteToDocx(note, sampleResolver, { style: 'chicago', exportedAt }));
    expect(zip.entries[0]!.name).toBe('[Content_Types].xml');

    const relsNs = 'http://schemas.openxmlformats.org/package/2006/relationships';
    const rels = childElements(parseXml(zip.readText('word/_rels/document.xml.rels'), 'rels').documentElement!, relsNs, 'Relationship');
    const custom = rels.filter((r) => r.getAttribute('Type')!.endsWith('/customXml'));
    expect(custom.map((r) => r.getAttribute('Target'))).toEqual(['../customXml/item1.xml']);
    expect(new Set(rels.map((r) => r.getAttribute('Id'))).size).toBe(rels.length);
    expect(zip.readText('customXml/item1.xml')).toContain('urn:briefing-studio:provenance:1');

    const typesNs = 'http://schemas.openxmlformats.org/package/2006/content-types';
    const overrides = childElements(parseXml(zip.readText('[Content_Types].xml'), 'types').documentElement!, typesNs, 'Override');
    expect(overrides.find((o) => o.getAttribute('PartName') === '/customXml/itemProps1.xml')?.getAttribute('ContentType')).toBe(
      'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
    );

    const core = parseXml(zip.readText('docProps/core.xml'), 'core').documentElement!;
    const date = (name: string) => childElements(core, 'http://purl.org/dc/terms/', name)[0]?.textContent;
    expect(date('created')).toBe(new Date(note.createdAt).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    expect(date('modified')).toBe(new Date(note.updatedAt).toISOString().replace(/\.\d{3}Z$/, 'Z'));
  });
});

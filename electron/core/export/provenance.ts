/**
 * Embedded provenance: which fact, at which version, each footnote cites, carried inside the
 * DOCX as a custom XML data part (customXml/item1.xml) so the file can be audited months
 * later without the note. Word keeps custom XML parts through edit and save; see
 * docs/DOCX-PROVENANCE.md for the choice and the format.
 */
import { randomUUID } from 'node:crypto';
import JSZip from 'jszip';
import { textPart, type PackageParts } from './package';
import { escapeXml } from './sanitize';

export const provenanceNamespace = 'urn:briefing-studio:provenance:1';

export interface ProvenanceFact {
  factId: string;
  factVersion: number;
  /** The footnote that cites it. */
  footnote: number;
  /** The statement as inserted in the note. */
  statement: string;
}

export interface Provenance {
  noteId: string;
  noteTitle: string;
  exportedAt: string;
  style: string;
  facts: ProvenanceFact[];
}

const relsNs = 'http://schemas.openxmlformats.org/package/2006/relationships';
const customXmlRel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const customXmlPropsRel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const customXmlPropsType = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

export function provenanceXml(p: Provenance): string {
  const facts = p.facts
    .map(
      (f) =>
        `  <fact id="${escapeXml(f.factId)}" version="${f.factVersion}" footnote="${f.footnote}">` +
        `<statement>${escapeXml(f.statement)}</statement></fact>\n`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<provenance xmlns="${provenanceNamespace}" app="Briefing Studio" noteId="${escapeXml(p.noteId)}" ` +
    `noteTitle="${escapeXml(p.noteTitle)}" exportedAt="${escapeXml(p.exportedAt)}" style="${escapeXml(p.style)}">\n` +
    facts +
    '</provenance>\n'
  );
}

/** The next free customXml/itemN.xml: the docx package may already use item1 for a bibliography. */
function freeItemNumber(parts: PackageParts): number {
  let n = 1;
  while (parts.has(`customXml/item${n}.xml`)) n++;
  return n;
}

export function addProvenancePart(parts: PackageParts, p: Provenance): void {
  const n = freeItemNumber(parts);
  parts.set(`customXml/item${n}.xml`, provenanceXml(p));
  parts.set(
    `customXml/itemProps${n}.xml`,
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' +
      `<ds:datastoreItem ds:itemID="{${randomUUID().toUpperCase()}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
      `<ds:schemaRefs><ds:schemaRef ds:uri="${provenanceNamespace}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  parts.set(
    `customXml/_rels/item${n}.xml.rels`,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<Relationships xmlns="${relsNs}"><Relationship Id="rId1" Type="${customXmlPropsRel}" Target="itemProps${n}.xml"/></Relationships>`,
  );

  // The data part hangs off the main document part, as Word itself writes it.
  const relsPath = 'word/_rels/document.xml.rels';
  const rels = textPart(parts, relsPath);
  const ids = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const rId = `rId${Math.max(0, ...ids) + 1}`;
  parts.set(
    relsPath,
    rels.replace('</Relationships>', `<Relationship Id="${rId}" Type="${customXmlRel}" Target="../customXml/item${n}.xml"/></Relationships>`),
  );

  const typesPath = '[Content_Types].xml';
  let types = textPart(parts, typesPath);
  if (!/Extension="xml"/.test(types)) types = types.replace('</Types>', '<Default Extension="xml" ContentType="application/xml"/></Types>');
  types = types.replace('</Types>', `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${customXmlPropsType}"/></Types>`);
  parts.set(typesPath, types);
}

const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (e[0] !== '#') return named[e.toLowerCase()]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = unescapeXml(m[2] ?? m[3] ?? '');
  return out;
}

/** Parses our own part; tolerates a prefix on the elements in case an editor re-serialized it. */
export function parseProvenanceXml(xml: string): Provenance | null {
  const root = /<(?:[\w-]+:)?provenance\b([^>]*)>/.exec(xml);
  if (!root || !root[1]!.includes(provenanceNamespace)) return null;
  const a = attributes(root[1]!);
  const facts: ProvenanceFact[] = [];
  for (const m of xml.matchAll(/<(?:[\w-]+:)?fact\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w-]+:)?fact>)/g)) {
    const f = attributes(m[1]!);
    const statement = /<(?:[\w-]+:)?statement>([\s\S]*?)<\/(?:[\w-]+:)?statement>/.exec(m[2] ?? '');
    if (!f.id) continue;
    facts.push({
      factId: f.id,
      factVersion: Number(f.version),
      footnote: Number(f.footnote),
      statement: statement ? unescapeXml(statement[1]!) : '',
    });
  }
  return { noteId: a.noteId ?? '', noteTitle: a.noteTitle ?? '', exportedAt: a.exportedAt ?? '', style: a.style ?? '', facts };
}

/** The provenance embedded in a DOCX, or null when the file carries none (not exported by us). */
export async function readProvenance(buffer: Uint8Array): Promise<Provenance | null> {
  const zip = await JSZip.loadAsync(buffer);
  for (const name of Object.keys(zip.files).filter((f) => /^customXml\/item\d+\.xml$/.test(f)).sort()) {
    const found = parseProvenanceXml(await zip.file(name)!.async('string'));
    if (found) return found;
  }
  return null;
}

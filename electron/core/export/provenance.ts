/**
 * Embedded provenance: which fact, at which version, each footnote cites, carried inside the
 * DOCX as a custom XML data part (customXml/item1.xml) so the file can be audited months
 * later without the note. Word keeps custom XML parts through edit and save; see
 * docs/DOCX-PROVENANCE.md for the choice and the format.
 */
import { createHash } from 'node:crypto';
import { wrappingError } from '../../../shared/errors';
import { citationForms, type CitationForm } from '../../../shared/note-format';
import { childElement, childElements, OoxmlProblem, openZip, parseXml, serializeXml } from '../ooxml';
import { textPart, type PackageParts } from './package';
import { escapeXml } from './sanitize';

export const provenanceNamespace = 'urn:briefing-studio:provenance:1';

export interface ProvenanceFact {
  factId: string;
  factVersion: number;
  /** The footnote that cites it. */
  footnote: number;
  /** The statement as inserted in the note (the first citation's words when none is a statement). */
  statement: string;
  /** Each place the document cites this fact@version, in order: how it reads there (figure, statement, own words). */
  uses: { form: CitationForm; text: string }[];
}

export interface Provenance {
  noteId: string;
  noteTitle: string;
  exportedAt: string;
  style: string;
  facts: ProvenanceFact[];
}

const relsNs = 'http://schemas.openxmlformats.org/package/2006/relationships';
const typesNs = 'http://schemas.openxmlformats.org/package/2006/content-types';
const customXmlRel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const customXmlPropsRel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const customXmlPropsType = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

export function provenanceXml(p: Provenance): string {
  const facts = p.facts
    .map(
      (f) =>
        `  <fact id="${escapeXml(f.factId)}" version="${f.factVersion}" footnote="${f.footnote}">` +
        `<statement>${escapeXml(f.statement)}</statement>` +
        f.uses.map((u) => `<cited form="${u.form}">${escapeXml(u.text)}</cited>`).join('') +
        '</fact>\n',
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

/** A stable id for the part's properties: the same export gives the same bytes. */
function itemId(p: Provenance): string {
  const h = createHash('sha256').update(`${p.noteId}\n${p.exportedAt}`).digest('hex').toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export function addProvenancePart(parts: PackageParts, p: Provenance): void {
  const n = freeItemNumber(parts);
  parts.set(`customXml/item${n}.xml`, provenanceXml(p));
  parts.set(
    `customXml/itemProps${n}.xml`,
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' +
      `<ds:datastoreItem ds:itemID="{${itemId(p)}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
      `<ds:schemaRefs><ds:schemaRef ds:uri="${provenanceNamespace}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  parts.set(
    `customXml/_rels/item${n}.xml.rels`,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<Relationships xmlns="${relsNs}"><Relationship Id="rId1" Type="${customXmlPropsRel}" Target="itemProps${n}.xml"/></Relationships>`,
  );

  // The data part hangs off the main document part, as Word itself writes it.
  const relsPath = 'word/_rels/document.xml.rels';
  const rels = parseXml(textPart(parts, relsPath), relsPath);
  const taken = new Set(childElements(rels.documentElement!, relsNs, 'Relationship').map((r) => r.getAttribute('Id')));
  let id = 1;
  while (taken.has(`rId${id}`)) id++;
  const relationship = rels.createElementNS(relsNs, 'Relationship');
  relationship.setAttribute('Id', `rId${id}`);
  relationship.setAttribute('Type', customXmlRel);
  relationship.setAttribute('Target', `../customXml/item${n}.xml`);
  rels.documentElement!.appendChild(relationship);
  parts.set(relsPath, serializeXml(rels));

  const typesPath = '[Content_Types].xml';
  const types = parseXml(textPart(parts, typesPath), typesPath);
  const root = types.documentElement!;
  if (!childElements(root, typesNs, 'Default').some((d) => d.getAttribute('Extension')?.toLowerCase() === 'xml')) {
    const xmlDefault = types.createElementNS(typesNs, 'Default');
    xmlDefault.setAttribute('Extension', 'xml');
    xmlDefault.setAttribute('ContentType', 'application/xml');
    root.appendChild(xmlDefault);
  }
  const override = types.createElementNS(typesNs, 'Override');
  override.setAttribute('PartName', `/customXml/itemProps${n}.xml`);
  override.setAttribute('ContentType', customXmlPropsType);
  root.appendChild(override);
  parts.set(typesPath, serializeXml(types));
}

/** Reads our own part back; any prefix an editor re-serialized it with is the parser's business. */
export function parseProvenanceXml(xml: string, partName = 'customXml/item1.xml'): Provenance | null {
  const root = parseXml(xml, partName).documentElement!;
  if (root.namespaceURI !== provenanceNamespace || root.localName !== 'provenance') return null;
  const facts: ProvenanceFact[] = [];
  for (const f of childElements(root, provenanceNamespace, 'fact')) {
    const id = f.getAttribute('id');
    if (!id) continue;
    const statement = childElement(f, provenanceNamespace, 'statement')?.textContent ?? '';
    const uses = childElements(f, provenanceNamespace, 'cited').map((c) => {
      const form = c.getAttribute('form') as CitationForm;
      return { form: citationForms.includes(form) ? form : 'statement', text: c.textContent ?? '' };
    });
    facts.push({
      factId: id,
      factVersion: Number(f.getAttribute('version')),
      footnote: Number(f.getAttribute('footnote')),
      statement,
      // Files exported before citation forms cite statements only.
      uses: uses.length > 0 ? uses : [{ form: 'statement', text: statement }],
    });
  }
  const a = (name: string) => root.getAttribute(name) ?? '';
  return { noteId: a('noteId'), noteTitle: a('noteTitle'), exportedAt: a('exportedAt'), style: a('style'), facts };
}

/**
 * What `audit` may unpack of a file someone hands it: a Word part over 64 MB is far beyond a
 * briefing note, and the whole check stays well under 200 MB of memory.
 */
const auditZipLimits = { maxEntryBytes: 64 * 1024 * 1024, maxTotalBytes: 128 * 1024 * 1024 };

/**
 * The provenance embedded in a DOCX, or null when the file carries none (not exported by us).
 * The whole package is unpacked once under the limits first, so a damaged or malicious file is
 * refused with its reason rather than half-read.
 */
export function readProvenance(buffer: Uint8Array): Provenance | null {
  try {
    const zip = openZip(buffer, auditZipLimits);
    zip.verify();
    const items = zip.entries
      .map((e) => e.name)
      .filter((name) => /^customXml\/item\d+\.xml$/.test(name))
      .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
    for (const name of items) {
      const found = parseProvenanceXml(zip.readText(name), name);
      if (found) return found;
    }
    return null;
  } catch (error) {
    if (error instanceof OoxmlProblem) throw wrappingError('refused', 'auditNotWord', error);
    throw error;
  }
}

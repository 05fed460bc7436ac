/**
 * What the docx package cannot say through its public API, finished on the package parts it
 * wrote (through the XML parser of core/ooxml), so the file reads as Word itself would have
 * written it (issue 14, "A Word expert reading the XML also found"):
 *  - styles: docx's own defaults that this document never uses (a *paragraph* "Strong", blue
 *    Heading 4-6, TOC and caption styles) removed; "Default Paragraph Font", which its
 *    character styles are based on, defined; a department's reference styles merged in;
 *  - numbering: definitions no paragraph or style uses (docx's stock bullet list) removed;
 *  - footnotes: the separator and continuation separator hold only their separator, not a
 *    footnote-reference mark;
 *  - cross-references: a NOTEREF field's cached result formatted as a footnote mark;
 *  - docProps/app.xml and word/fontTable.xml filled (docx writes them empty);
 *  - a reference document's header and footer in place of the profile's;
 *  - hyperlink relationship ids numbered (docx makes them random), so the same note exported
 *    at the same time is the same bytes.
 */
import type { DocumentProfile } from '../../../shared/document-profiles';
import type { StoredNote } from '../../../shared/note-format';
import { childElements, parseXml, serializeXml } from '../ooxml';
import { textPart, type PackageParts } from './package';
import { imageTypes } from './profile-files';
import { sanitizeXmlText } from './sanitize';

const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** docx writes these into every document; Word writes a style only once a document uses it. */
const unusedDefaults = new Set(['Heading4', 'Heading5', 'Heading6', 'Strong', 'ListParagraph', 'Caption', 'LineNumber', ...Array.from({ length: 9 }, (_, i) => `TOC${i + 1}`)]);

export interface WordPartsContext {
  note: StoredNote;
  profile: DocumentProfile;
  words: number;
  pages: number;
}

export function finishWordParts(parts: PackageParts, ctx: WordPartsContext): void {
  stableRelationshipIds(parts);
  finishStyles(parts, ctx.profile);
  const documentXml = finishDocument(parts);
  finishNumbering(parts, documentXml);
  cleanSeparators(parts);
  fillFontTable(parts, ctx.profile);
  fillAppProperties(parts, ctx);
  if (ctx.profile.reference) useReferenceHeaderFooter(parts, ctx.profile.reference);
}

function wEl(doc: Document, name: string, attrs: Record<string, string> = {}): Element {
  const el = doc.createElementNS(w, `w:${name}`);
  for (const [k, v] of Object.entries(attrs)) el.setAttributeNS(w, `w:${k}`, v);
  return el;
}

/**
 * The elements with this name below `root`, collected in one walk: xmldom's
 * getElementsByTagNameNS is a live list that walks the tree again after every change, which
 * made a 30-page note's bookmarks quadratic (seconds).
 */
function descendants(root: Node, localName: string): Element[] {
  const out: Element[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (let c = node.lastChild; c; c = c.previousSibling) {
      if (c.nodeType !== 1) continue;
      stack.push(c);
    }
    if (node.nodeType === 1 && (node as Element).localName === localName && (node as Element).namespaceURI === w) out.push(node as Element);
  }
  return out;
}

const attr = (el: Element, name: string) => el.getAttributeNS(w, name) ?? el.getAttribute(`w:${name}`);

function finishStyles(parts: PackageParts, profile: DocumentProfile): void {
  const path = 'word/styles.xml';
  const doc = parseXml(textPart(parts, path), path);
  const root = doc.documentElement!;
  for (const style of childElements(root, w, 'style')) {
    if (unusedDefaults.has(attr(style, 'styleId') ?? '')) root.removeChild(style);
  }
  let styles = childElements(root, w, 'style');
  if (!styles.some((s) => attr(s, 'styleId') === 'DefaultParagraphFont')) {
    // As Word writes it: the default character style every character style is based on.
    const dpf = wEl(doc, 'style', { type: 'character', default: '1', styleId: 'DefaultParagraphFont' });
    dpf.appendChild(wEl(doc, 'name', { val: 'Default Paragraph Font' }));
    dpf.appendChild(wEl(doc, 'uiPriority', { val: '1' }));
    dpf.appendChild(wEl(doc, 'semiHidden'));
    dpf.appendChild(wEl(doc, 'unhideWhenUsed'));
    root.insertBefore(dpf, styles[0] ?? null);
  }
  if (profile.reference) {
    // The department's styles win; ours fill in only the ids their template lacks.
    const ref = parseXml(profile.reference.styles, 'reference styles.xml');
    const refRoot = ref.documentElement!;
    const refIds = new Set(childElements(refRoot, w, 'style').map((s) => attr(s, 'styleId')));
    styles = childElements(root, w, 'style');
    for (const style of styles) if (!refIds.has(attr(style, 'styleId'))) refRoot.appendChild(ref.importNode(style, true));
    parts.set(path, serializeXml(ref));
    return;
  }
  parts.set(path, serializeXml(doc));
}

/**
 * Numbers bookmarks from 0 in document order (docx counts them across every document it made
 * in the process, so the same note would not be the same bytes); returns the document part's
 * text for the numbering pass. One pass over docx's own output, whose bookmark elements are
 * written one way (`<w:bookmarkStart w:name=".." w:id="N"/>`, `<w:bookmarkEnd w:id="N"/>`):
 * parsing and re-serialising a 30-page document.xml for this cost more than the rest of the
 * export together (issue 14's 150 ms).
 */
function finishDocument(parts: PackageParts): string {
  const path = 'word/document.xml';
  const ids = new Map<string, string>();
  const text = textPart(parts, path).replace(/(<w:bookmark(?:Start|End)\b[^>]*?\sw:id=")(\d+)"/g, (_whole, head: string, id: string) => {
    if (!ids.has(id)) ids.set(id, String(ids.size));
    return `${head}${ids.get(id)!}"`;
  });
  if (ids.size > 0) parts.set(path, text);
  return text;
}

function finishNumbering(parts: PackageParts, documentXml: string): void {
  const path = 'word/numbering.xml';
  if (!parts.has(path)) return;
  const used = new Set<string>();
  for (const source of [documentXml, textPart(parts, 'word/styles.xml')]) {
    for (const m of source.matchAll(/<w:numId w:val="(\d+)"/g)) used.add(m[1]!);
  }
  const doc = parseXml(textPart(parts, path), path);
  const root = doc.documentElement!;
  const usedAbstract = new Set<string>();
  for (const num of childElements(root, w, 'num')) {
    if (!used.has(attr(num, 'numId') ?? '')) root.removeChild(num);
    else for (const a of childElements(num, w, 'abstractNumId')) usedAbstract.add(attr(a, 'val') ?? '');
  }
  for (const abstract of childElements(root, w, 'abstractNum')) {
    if (!usedAbstract.has(attr(abstract, 'abstractNumId') ?? '')) root.removeChild(abstract);
  }
  parts.set(path, serializeXml(doc));
}

/**
 * The separators are the part's first notes (docx writes them before any note of the text):
 * only that head is parsed and rewritten, the notes of a 30-page note are left as written.
 */
function cleanSeparators(parts: PackageParts): void {
  for (const [path, kind] of [
    ['word/footnotes.xml', 'footnote'],
    ['word/endnotes.xml', 'endnote'],
  ] as const) {
    if (!parts.has(path)) continue;
    const text = textPart(parts, path);
    const close = `</w:${kind}s>`;
    const lastSeparator = [...text.matchAll(new RegExp(`<w:${kind} w:type="(?:separator|continuationSeparator)"`, 'g'))].pop();
    if (!lastSeparator || !text.trimEnd().endsWith(close)) continue;
    const cut = text.indexOf(`</w:${kind}>`, lastSeparator.index) + `</w:${kind}>`.length;
    const doc = parseXml(text.slice(0, cut) + close, path);
    for (const note of childElements(doc.documentElement!, w, kind)) {
      const type = attr(note, 'type');
      if (type !== 'separator' && type !== 'continuationSeparator') continue;
      for (const p of childElements(note, w, 'p')) {
        for (const r of childElements(p, w, 'r')) {
          if (descendants(r, `${kind}Ref`).length > 0) p.removeChild(r);
        }
      }
    }
    const head = serializeXml(doc);
    parts.set(path, head.slice(0, head.lastIndexOf(close)) + text.slice(cut));
  }
}

/** What Word writes for the fonts the profiles use (panose and family let a reader substitute well). */
const knownFonts: Record<string, { panose: string; family: string; pitch: string; charset: string }> = {
  'Times New Roman': { panose: '02020603050405020304', family: 'roman', pitch: 'variable', charset: '00' },
  Arial: { panose: '020B0604020202020204', family: 'swiss', pitch: 'variable', charset: '00' },
  Calibri: { panose: '020F0502020204030204', family: 'swiss', pitch: 'variable', charset: '00' },
  'Segoe UI Symbol': { panose: '020B0502040204020203', family: 'swiss', pitch: 'variable', charset: '00' },
};

function fillFontTable(parts: PackageParts, profile: DocumentProfile): void {
  const path = 'word/fontTable.xml';
  if (!parts.has(path)) return;
  const doc = parseXml(textPart(parts, path), path);
  const root = doc.documentElement!;
  const used = new Set([profile.fonts.body, profile.fonts.heading]);
  for (const m of textPart(parts, 'word/styles.xml').matchAll(/w:ascii="([^"]+)"/g)) used.add(m[1]!);
  for (const name of used) {
    if (childElements(root, w, 'font').some((f) => attr(f, 'name') === name)) continue;
    const font = wEl(doc, 'font', { name });
    const known = knownFonts[name];
    if (known) {
      font.appendChild(wEl(doc, 'panose1', { val: known.panose }));
      font.appendChild(wEl(doc, 'charset', { val: known.charset }));
      font.appendChild(wEl(doc, 'family', { val: known.family }));
      font.appendChild(wEl(doc, 'pitch', { val: known.pitch }));
    } else {
      font.appendChild(wEl(doc, 'family', { val: 'auto' }));
      font.appendChild(wEl(doc, 'pitch', { val: 'variable' }));
    }
    root.appendChild(font);
  }
  parts.set(path, serializeXml(doc));
}

const ep = 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties';

function fillAppProperties(parts: PackageParts, ctx: WordPartsContext): void {
  const path = 'docProps/app.xml';
  if (!parts.has(path)) return;
  const doc = parseXml(textPart(parts, path), path);
  const root = doc.documentElement!;
  while (root.firstChild) root.removeChild(root.firstChild);
  const m = ctx.note.metadata;
  // The company is the issuing office: Decree 30's agency, or the note's "From".
  const company = sanitizeXmlText((m.from.split(/\r?\n/).filter(Boolean).pop() ?? '').trim());
  // In the order of the extended-properties schema (ECMA-376 Part 1, §22.2).
  const fields: [string, string][] = [
    ['Template', ctx.profile.reference?.fileName ?? 'Normal.dotm'],
    ['TotalTime', '0'],
    ['Pages', String(ctx.pages)],
    ['Words', String(ctx.words)],
    ['Application', 'Briefing Studio'],
    ['DocSecurity', '0'],
    ['Company', company],
    ['LinksUpToDate', 'false'],
    ['SharedDoc', 'false'],
    ['AppVersion', '16.0000'],
  ];
  for (const [name, value] of fields) {
    const el = doc.createElementNS(ep, name);
    el.textContent = value;
    root.appendChild(el);
  }
  parts.set(path, serializeXml(doc));
}

/**
 * The reference's header and footer replace the default ones (the first-page ones stay as the
 * profile made them), with their relationships and images: a department's letterhead logo.
 */
function useReferenceHeaderFooter(parts: PackageParts, reference: NonNullable<DocumentProfile['reference']>): void {
  const rels = textPart(parts, 'word/_rels/document.xml.rels');
  const documentXml = textPart(parts, 'word/document.xml');
  for (const [kind, xml, partRels] of [
    ['header', reference.header, reference.headerRels],
    ['footer', reference.footer, reference.footerRels],
  ] as const) {
    if (!xml) continue;
    const id = new RegExp(`<w:${kind}Reference w:type="default" r:id="([^"]+)"`).exec(documentXml)?.[1];
    const target = id ? new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels) : null;
    const file = target?.[1] ?? target?.[2];
    if (!file) continue;
    parts.set(`word/${file}`, xml);
    // The part's own relationships go with it: docx's were for the header it replaced.
    const relsPath = `word/_rels/${file}.rels`;
    if (partRels) parts.set(relsPath, partRels);
    else parts.delete(relsPath);
  }
  const media = reference.media ?? [];
  for (const m of media) parts.set(`word/${m.path}`, Buffer.from(m.base64, 'base64'));
  declareImageTypes(parts, new Set(media.map((m) => m.path.split('.').pop()!.toLowerCase())));
}

const typesNs = 'http://schemas.openxmlformats.org/package/2006/content-types';

/** A Default content type for each image extension the package now holds ([Content_Types].xml, OPC Part 2 §10.1.2.2). */
function declareImageTypes(parts: PackageParts, extensions: ReadonlySet<string>): void {
  if (extensions.size === 0) return;
  const path = '[Content_Types].xml';
  const types = parseXml(textPart(parts, path), path);
  const root = types.documentElement!;
  const declared = new Set(childElements(root, typesNs, 'Default').map((d) => d.getAttribute('Extension')?.toLowerCase()));
  for (const ext of extensions) {
    if (declared.has(ext) || !imageTypes[ext]) continue;
    const d = types.createElementNS(typesNs, 'Default');
    d.setAttribute('Extension', ext);
    d.setAttribute('ContentType', imageTypes[ext]);
    // Defaults first, as Word writes them.
    root.insertBefore(d, childElements(root, typesNs, 'Override')[0] ?? null);
  }
  parts.set(path, serializeXml(types));
}

const rel = 'http://schemas.openxmlformats.org/package/2006/relationships';

function stableRelationshipIds(parts: PackageParts): void {
  for (const relsPath of [...parts.keys()].filter((k) => /^word\/_rels\/[^/]+\.xml\.rels$/.test(k))) {
    const partPath = `word/${relsPath.slice('word/_rels/'.length, -'.rels'.length)}`;
    if (!parts.has(partPath)) continue;
    const doc = parseXml(textPart(parts, relsPath), relsPath);
    const renamed = new Map<string, string>();
    for (const r of childElements(doc.documentElement!, rel, 'Relationship')) {
      const id = r.getAttribute('Id') ?? '';
      if (/^rId\d+$/.test(id)) continue;
      const stable = `rIdLink${renamed.size + 1}`;
      renamed.set(id, stable);
      r.setAttribute('Id', stable);
    }
    if (renamed.size === 0) continue;
    parts.set(relsPath, serializeXml(doc));
    // The old ids are docx's random 20-character names: replacing the attribute values is exact.
    parts.set(partPath, textPart(parts, partPath).replace(/r:id="([^"]+)"/g, (whole, id: string) => (renamed.has(id) ? `r:id="${renamed.get(id)}"` : whole)));
  }
}

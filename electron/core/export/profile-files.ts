/**
 * Document profiles beyond the built-in ones: a department's own, made from a reference
 * .docx/.dotx (its styles, page setup, header and footer) and kept as one JSON file each in
 * DATA-DIR/profiles/. The file is the format a department shares, a sibling of fact packs:
 * canonical JSON with a SHA-256 digest over everything but the digest (packs' helpers), so a
 * copy altered on the way is refused rather than exported from.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { builtinProfiles, DocumentProfile, internationalProfile, profileFor } from '../../../shared/document-profiles';
import { keyedError, wrappingError } from '../../../shared/errors';
import type { StoredNote } from '../../../shared/note-format';
import { childElement, childElements, OoxmlProblem, openZip, parseXml, serializeXml } from '../ooxml';
import { canonicalJson, sha256Hex } from '../packs/canonical-json';

export const ProfileFile = DocumentProfile.extend({ digest: z.string().regex(/^[0-9a-f]{64}$/) });

export function profileDigest(profile: DocumentProfile): string {
  return sha256Hex(canonicalJson({ ...profile, digest: undefined }));
}

/** The folder beside the store; an in-memory store has none (built-in profiles only). */
export function profilesDir(db: Database): string | null {
  return db.memory || db.name === '' ? null : join(dirname(resolve(db.name)), 'profiles');
}

export interface ListedProfile {
  id: string;
  name: DocumentProfile['name'];
  description: DocumentProfile['description'];
  builtIn: boolean;
  layout: DocumentProfile['heading']['layout'];
  /** The reference document an imported profile was made from. */
  reference: string | null;
}

const listed = (p: DocumentProfile, builtIn: boolean): ListedProfile => ({
  id: p.id,
  name: p.name,
  description: p.description,
  builtIn,
  layout: p.heading.layout,
  reference: p.reference?.fileName ?? null,
});

/** Reads one profile file; refuses a malformed one or one whose digest does not match. */
export function readProfileFile(text: string, file: string): DocumentProfile {
  let parsed: z.infer<typeof ProfileFile>;
  try {
    parsed = ProfileFile.parse(JSON.parse(text));
  } catch (error) {
    // The detail is the schema's or the JSON parser's own (a field path and what it wants).
    const detail = error instanceof z.ZodError ? `${error.issues[0]?.path.join('.') ?? ''} ${error.issues[0]?.message ?? ''}` : (error as Error).message;
    throw keyedError('refused', 'api.notProfile', { file, detail });
  }
  const { digest, ...profile } = parsed;
  if (profileDigest(profile) !== digest) throw keyedError('refused', 'api.profileChanged', { file });
  return profile;
}

export function importedProfiles(db: Database): DocumentProfile[] {
  const dir = profilesDir(db);
  if (!dir || !existsSync(dir)) return [];
  const out: DocumentProfile[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    try {
      out.push(readProfileFile(readFileSync(join(dir, name), 'utf8'), name));
    } catch {
      // A damaged file is skipped, not fatal: `briefing profiles list` still lists the others.
    }
  }
  return out;
}

export function listProfiles(db: Database): ListedProfile[] {
  return [...builtinProfiles.map((p) => listed(p, true)), ...importedProfiles(db).map((p) => listed(p, false))];
}

/** The profile a note exports in: `asked` when given (refused when unknown), else the note's own. */
export function resolveProfile(db: Database, note: Pick<StoredNote, 'templateId'> & { metadata: Pick<StoredNote['metadata'], 'profileId' | 'language'> }, asked?: string): DocumentProfile {
  const others = importedProfiles(db);
  if (asked) {
    const found = [...builtinProfiles, ...others].find((p) => p.id === asked);
    if (!found) throw keyedError('not_found', 'api.profileNotFound', { name: asked });
    return found;
  }
  return profileFor(note, others);
}

const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const attr = (el: Element | null, name: string) => el?.getAttributeNS(w, name) ?? el?.getAttribute(`w:${name}`) ?? null;
const mmFromTwips = (value: string | null, fallback: number) => (value && Number.isFinite(Number(value)) ? Math.round((Number(value) / 1440) * 25.4 * 100) / 100 : fallback);

function slug(name: string): string {
  const s = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return s || 'department';
}

/** The image formats a header may carry, by extension (OPC content types). */
export const imageTypes: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
  tif: 'image/tiff',
  tiff: 'image/tiff',
};

/**
 * A profile from a department's reference document: the international briefing note's blocks,
 * with the reference's page size and margins, body and heading fonts, styles, header and footer.
 */
export function profileFromReference(bytes: Uint8Array, fileName: string, name: string): DocumentProfile {
  let zip;
  try {
    zip = openZip(bytes);
  } catch (error) {
    if (error instanceof OoxmlProblem) throw wrappingError('refused', 'api.profileNotWord', error, { file: fileName });
    throw error;
  }
  const text = (path: string) => (zip.has(path) ? Buffer.from(zip.read(path)).toString('utf8') : null);
  const stylesXml = text('word/styles.xml');
  const documentXml = text('word/document.xml');
  if (!stylesXml || !documentXml) throw keyedError('refused', 'api.profileNoStyles', { file: fileName });
  const styles = parseXml(stylesXml, 'word/styles.xml');
  const document = parseXml(documentXml, 'word/document.xml');

  const sectPrs = document.getElementsByTagNameNS(w, 'sectPr');
  const sectPr = sectPrs[sectPrs.length - 1] ?? null;
  const pgSz = sectPr ? childElement(sectPr, w, 'pgSz') : null;
  const pgMar = sectPr ? childElement(sectPr, w, 'pgMar') : null;
  const base = internationalProfile;
  const m = base.page.margins;

  // Fonts: the document defaults, else the Normal style; Heading 1's own font for headings.
  const fontOf = (el: Element | null) => {
    const rFonts = el?.getElementsByTagNameNS(w, 'rFonts')[0] ?? null;
    return attr(rFonts, 'ascii') ?? attr(rFonts, 'hAnsi');
  };
  const sizeOf = (el: Element | null) => {
    const sz = el?.getElementsByTagNameNS(w, 'sz')[0] ?? null;
    const v = Number(attr(sz, 'val'));
    return Number.isFinite(v) && v > 0 ? v / 2 : null;
  };
  const docDefaults = styles.getElementsByTagNameNS(w, 'docDefaults')[0] ?? null;
  const styleById = (id: string) => childElements(styles.documentElement!, w, 'style').find((s) => attr(s, 'styleId') === id) ?? null;
  const normal = styleById('Normal');
  const heading1 = styleById('Heading1');
  const body = fontOf(normal) ?? fontOf(docDefaults) ?? base.fonts.body;
  const bodySize = sizeOf(normal) ?? sizeOf(docDefaults) ?? base.fonts.bodySize;

  /** The default header's or footer's part name under word/ ("header2.xml"), or null. */
  const partName = (kind: 'header' | 'footer'): string | null => {
    const ref = sectPr ? childElements(sectPr, w, `${kind}Reference`).find((r) => attr(r, 'type') === 'default') : undefined;
    const id = ref?.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id');
    const rels = text('word/_rels/document.xml.rels');
    if (!id || !rels) return null;
    const relDoc = parseXml(rels, 'word/_rels/document.xml.rels');
    const rel = Array.from(relDoc.getElementsByTagName('Relationship')).find((r) => r.getAttribute('Id') === id);
    const target = rel?.getAttribute('Target');
    return target ? target.replace(/^\/?word\//, '') : null;
  };
  const part = (kind: 'header' | 'footer'): string | null => {
    const name = partName(kind);
    return name ? text(`word/${name}`) : null;
  };
  const media: { path: string; base64: string }[] = [];
  /**
   * The part's relationships as the export will write them: images (renamed into
   * media/reference-KIND-N.EXT, their bytes kept) and external links; anything else a
   * header could point at is not carried.
   */
  const partRels = (kind: 'header' | 'footer'): string | null => {
    const name = partName(kind);
    const relsPath = name ? `word/_rels/${name.split('/').pop()}.rels` : null;
    const relsXml = relsPath ? text(relsPath) : null;
    if (!name || !relsPath || !relsXml) return null;
    const rels = parseXml(relsXml, relsPath);
    for (const rel of Array.from(rels.getElementsByTagName('Relationship'))) {
      const type = rel.getAttribute('Type') ?? '';
      const target = rel.getAttribute('Target') ?? '';
      if (rel.getAttribute('TargetMode') === 'External') continue;
      const ext = /\.([a-z0-9]+)$/i.exec(target)?.[1]?.toLowerCase();
      const source = `word/${target.replace(/^\/?word\//, '')}`;
      if (type.endsWith('/image') && ext && imageTypes[ext] && zip.has(source) && media.length < 20) {
        const path = `media/reference-${kind}-${media.length + 1}.${ext}`;
        media.push({ path, base64: Buffer.from(zip.read(source)).toString('base64') });
        rel.setAttribute('Target', path);
      } else {
        rel.parentNode!.removeChild(rel);
      }
    }
    return serializeXml(rels);
  };

  const profile: DocumentProfile = {
    ...base,
    id: slug(name),
    name: { en: name, vi: name },
    description: { en: `Imported from ${basename(fileName)}.`, vi: `Nhập từ ${basename(fileName)}.` },
    page: {
      widthMm: mmFromTwips(attr(pgSz, 'w'), base.page.widthMm),
      heightMm: mmFromTwips(attr(pgSz, 'h'), base.page.heightMm),
      margins: {
        top: mmFromTwips(attr(pgMar, 'top'), m.top),
        bottom: mmFromTwips(attr(pgMar, 'bottom'), m.bottom),
        left: mmFromTwips(attr(pgMar, 'left'), m.left),
        right: mmFromTwips(attr(pgMar, 'right'), m.right),
        header: mmFromTwips(attr(pgMar, 'header'), m.header),
        footer: mmFromTwips(attr(pgMar, 'footer'), m.footer),
      },
    },
    fonts: { ...base.fonts, body, heading: fontOf(heading1) ?? body, bodySize: Math.min(72, Math.max(4, bodySize)) },
    reference: {
      fileName: basename(fileName),
      styles: stylesXml,
      header: part('header'),
      footer: part('footer'),
      headerRels: partRels('header'),
      footerRels: partRels('footer'),
      media,
    },
  };
  return DocumentProfile.parse(profile);
}

/** Imports a reference document as a profile file in DATA-DIR/profiles; a name used before is replaced. */
export function importReferenceProfile(db: Database, bytes: Uint8Array, fileName: string, name: string): { profile: ListedProfile; file: string } {
  const dir = profilesDir(db);
  if (!dir) throw keyedError('refused', 'api.profileNoFolder');
  const profile = profileFromReference(bytes, fileName, name);
  if (builtinProfiles.some((p) => p.id === profile.id)) throw keyedError('refused', 'api.profileBuiltinName', { name });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, `${profile.id}.json`);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify({ ...profile, digest: profileDigest(profile) }, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, file);
  return { profile: listed(profile, false), file };
}

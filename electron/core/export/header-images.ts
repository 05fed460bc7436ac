/**
 * The images in an imported profile's header (a department's letterhead logo), as print shows
 * them: the bytes the Word export writes into word/media (profile-files.ts), in header order, at
 * the size the header's drawing gives (wp:extent). Only what a browser draws as a plain raster
 * image goes to print, checked by its bytes, not its name: PNG, JPEG, GIF; no SVG or other active
 * content, and at most four of at most 1 MB each.
 */
import { PrintHeaderImage } from '../../../shared/contract/export';
import type { DocumentProfile } from '../../../shared/document-profiles';
import { rasterImageType } from '../ingest/sniff';
import { parseXml } from '../ooxml';

const maxImages = 4;
const maxBytes = 1_000_000;
const emuPerPt = 12_700;
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function printHeaderImages(reference: DocumentProfile['reference']): PrintHeaderImage[] {
  if (!reference?.header || !reference.headerRels || !reference.media) return [];
  const targets = new Map(Array.from(parseXml(reference.headerRels, 'header rels').getElementsByTagName('Relationship')).map((r) => [r.getAttribute('Id'), r.getAttribute('Target')]));
  const media = new Map(reference.media.map((m) => [m.path, m.base64]));
  const images: PrintHeaderImage[] = [];
  for (const blip of Array.from(parseXml(reference.header, 'header').getElementsByTagName('a:blip'))) {
    if (images.length === maxImages) break;
    const base64 = media.get(targets.get(blip.getAttributeNS(relNs, 'embed')) ?? '');
    if (!base64) continue;
    const bytes = Buffer.from(base64, 'base64');
    const mime = rasterImageType(bytes);
    // The drawing (wp:inline or wp:anchor) that holds the picture says its size on the page.
    let drawing = blip.parentNode as Element | null;
    while (drawing && drawing.nodeName !== 'wp:inline' && drawing.nodeName !== 'wp:anchor') drawing = drawing.parentNode as Element | null;
    const extent = drawing ? Array.from(drawing.childNodes).find((n): n is Element => n.nodeName === 'wp:extent') : undefined;
    const widthPt = Number(extent?.getAttribute('cx')) / emuPerPt;
    const heightPt = Number(extent?.getAttribute('cy')) / emuPerPt;
    const parsed = PrintHeaderImage.safeParse({ mime, base64, widthPt, heightPt });
    if (mime && bytes.length <= maxBytes && parsed.success) images.push(parsed.data);
  }
  return images;
}

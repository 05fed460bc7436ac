/**
 * The parts of the page that come from the note's metadata and its profile: the metadata
 * block (To / Through / From, tracking number, date…), and the header and footer of every
 * page (classification marking, page numbers where the profile puts them).
 */
import { AlignmentType, BorderStyle, Footer, Header, Paragraph, SimpleField, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { markingOf, ownFirstPage, pageFurnitureOf, profileLabels, type DocumentProfile, type FurniturePiece } from '../../../shared/document-profiles';
import type { NoteMetadata } from '../../../shared/note-format';
import { sanitizeXmlText } from './sanitize';
import { styleIds, twips } from './styles';

/** Shown when a note has no marking: the page must never look unmarked by accident. */
export const missingMarking = profileLabels.en.missingMarking;

export function markingText(metadata: NoteMetadata): string {
  return markingOf(sanitizeXmlText(metadata.classification), metadata.language);
}

const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const noBorders = { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder, insideHorizontal: noBorder, insideVertical: noBorder };

/** The width between the margins, in twips. */
export function textWidth(profile: DocumentProfile): number {
  return twips(profile.page.widthMm - profile.page.margins.left - profile.page.margins.right);
}

/** A borderless two-column table: labels on the left, values on the right (shared/document-profiles/page-blocks.ts). */
export function metadataBlock(rows: readonly { label: string; value: string }[], profile: DocumentProfile): Table {
  const width = textWidth(profile);
  const labelWidth = Math.round(width * 0.29);
  return new Table({
    rows: rows.map(
      ({ label, value }) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: labelWidth, type: WidthType.DXA },
              children: [new Paragraph({ style: styleIds.metadata, children: [new TextRun({ text: label, bold: true })] })],
            }),
            new TableCell({
              width: { size: width - labelWidth, type: WidthType.DXA },
              children: sanitizeXmlText(value)
                .split(/\r\n|\r|\n/)
                .map((line) => new Paragraph({ style: styleIds.metadata, children: [new TextRun(line)] })),
            }),
          ],
        }),
    ),
    width: { size: width, type: WidthType.DXA },
    columnWidths: [labelWidth, width - labelWidth],
    borders: noBorders,
  });
}

/**
 * Page number fields with their result written in: Word and LibreOffice update them on
 * opening, but a reader that does not (a previewer, a converter) shows the cached value
 * rather than nothing. The total is the page estimate, updated by Word on opening.
 */
function pageNumberRuns(profile: DocumentProfile, metadata: NoteMetadata, estimatedPages: number): (TextRun | SimpleField)[] {
  const page = new SimpleField('PAGE', '1');
  if (profile.pageNumbers.style === 'number') return [page];
  const [before, , between] = profileLabels[metadata.language].page('', '');
  return [new TextRun(before!), page, new TextRun(between!), new SimpleField('NUMPAGES', String(estimatedPages))];
}

export interface PageFurniture {
  headers: { default: Header; first?: Header };
  footers: { default: Footer; first?: Footer };
  titlePage: boolean;
}

/**
 * Headers and footers as shared/document-profiles/page-furniture.ts lays them out (print
 * follows the same rule); a profile without a number on page 1 (Decree 30) gets a first-page
 * header and footer of its own.
 */
export function pageFurniture(metadata: NoteMetadata, profile: DocumentProfile, estimatedPages: number): PageFurniture {
  const paragraph = (piece: FurniturePiece) =>
    piece === 'marking'
      ? new Paragraph({ style: styleIds.marking, children: [new TextRun(markingText(metadata))] })
      : new Paragraph({ style: styleIds.header, alignment: AlignmentType.CENTER, children: pageNumberRuns(profile, metadata, estimatedPages) });
  const build = (firstPage: boolean) => {
    const { header, footer } = pageFurnitureOf(profile, firstPage);
    // Word wants at least one paragraph in a header or footer.
    const part = (pieces: FurniturePiece[]) => (pieces.length ? pieces.map(paragraph) : [new Paragraph({ style: styleIds.header })]);
    return { header: new Header({ children: part(header) }), footer: new Footer({ children: part(footer) }) };
  };
  const every = build(false);
  if (!ownFirstPage(profile)) return { headers: { default: every.header }, footers: { default: every.footer }, titlePage: false };
  const first = build(true);
  return { headers: { default: every.header, first: first.header }, footers: { default: every.footer, first: first.footer }, titlePage: true };
}

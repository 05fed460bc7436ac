/**
 * The parts of the page that come from the note's metadata: the title and the block of
 * To / Through / From, tracking number, date... at the top, and the classification marking
 * with "Page X of Y" in the header and footer of every page.
 */
import {
  BorderStyle,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { NoteMetadata } from '../../../shared/note-format';
import { sanitizeXmlText } from './sanitize';
import { styleIds } from './styles';

const metadataRows: [keyof NoteMetadata, string][] = [
  ['to', 'To'],
  ['through', 'Through'],
  ['from', 'From'],
  ['trackingNumber', 'Tracking number'],
  ['date', 'Date'],
  ['type', 'Type'],
  ['drafter', 'Drafter'],
  ['contact', 'Contact'],
  ['approvers', 'Approvers'],
  ['consultations', 'Consultations'],
];

/** Shown when a note has no marking: the page must never look unmarked by accident. */
export const missingMarking = 'CLASSIFICATION NOT SET';

export function markingText(metadata: NoteMetadata): string {
  return sanitizeXmlText(metadata.classification.trim()) || missingMarking;
}

const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder, insideHorizontal: noBorder, insideVertical: noBorder };

/** A borderless two-column table: labels on the left, values on the right, empty fields left out. */
export function metadataBlock(metadata: NoteMetadata): Table | null {
  const rows = metadataRows
    .filter(([key]) => String(metadata[key] ?? '').trim() !== '')
    .map(
      ([key, label]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: 2700, type: WidthType.DXA },
              children: [new Paragraph({ style: styleIds.metadata, children: [new TextRun({ text: `${label}:`, bold: true })] })],
            }),
            new TableCell({
              width: { size: 6660, type: WidthType.DXA },
              children: sanitizeXmlText(String(metadata[key]))
                .split(/\r\n|\r|\n/)
                .map((line) => new Paragraph({ style: styleIds.metadata, children: [new TextRun(line)] })),
            }),
          ],
        }),
    );
  if (rows.length === 0) return null;
  return new Table({ rows, width: { size: 9360, type: WidthType.DXA }, columnWidths: [2700, 6660], borders: noBorders });
}

export function markingHeader(metadata: NoteMetadata): Header {
  return new Header({ children: [new Paragraph({ style: styleIds.marking, children: [new TextRun(markingText(metadata))] })] });
}

export function markingFooter(metadata: NoteMetadata): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: styleIds.marking,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], bold: false })],
      }),
      new Paragraph({ style: styleIds.marking, children: [new TextRun(markingText(metadata))] }),
    ],
  });
}

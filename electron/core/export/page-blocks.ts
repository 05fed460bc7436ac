/**
 * The Word drawing of what a profile prints around the note's body: the heading and closing
 * blocks are described once (shared/document-profiles/page-blocks.ts, which the print view
 * draws too); here each block becomes paragraphs and borderless tables.
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import { closingBlocks, headingBlocks, type BlockLine, type CellItem, type DocumentProfile, type PageBlock } from '../../../shared/document-profiles';
import type { NoteMetadata } from '../../../shared/note-format';
import { textRuns } from './blocks';
import { metadataBlock, noBorders, textWidth } from './metadata';
import { halfPoints, styleIds } from './styles';

const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
/** Twentieths of a point, Word's unit for spacing and indents. */
const twentieths = (pt: number) => Math.round(pt * 20);

function line(l: BlockLine, metadata: NoteMetadata): Paragraph {
  return new Paragraph({
    style: styleIds.metadata,
    alignment: alignment[l.align],
    spacing: { after: twentieths(l.afterPt ?? 0) },
    children: textRuns(l.text, metadata.language, { bold: l.bold, italics: l.italics, ...(l.sizePt ? { size: halfPoints(l.sizePt) } : {}) }),
  });
}

// A short rule is the bottom border of an empty, tiny paragraph under the line it underlines.
function cellItem(item: CellItem, metadata: NoteMetadata): Paragraph {
  if (item.kind === 'line') return line(item, metadata);
  const inset = twentieths(item.insetPt);
  return new Paragraph({
    style: styleIds.metadata,
    spacing: { after: 60, line: 80, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    indent: { left: inset, right: inset },
  });
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children: children.length ? children : [new Paragraph({ style: styleIds.metadata })] });
}

function columns(block: Extract<PageBlock, { kind: 'columns' }>, metadata: NoteMetadata, profile: DocumentProfile): Table {
  const width = textWidth(profile);
  const left = Math.round(width * block.leftShare);
  const items = (c: CellItem[]) => c.map((i) => cellItem(i, metadata));
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, width - left],
    borders: noBorders,
    rows: block.rows.map(([l, r]) => new TableRow({ cantSplit: true, children: [cell(left, items(l)), cell(width - left, items(r))] })),
  });
}

/** Approved / Not approved, with room to sign and date: the minister decides on the page. */
function decisionBlock(d: Extract<PageBlock, { kind: 'decision' }>['labels'], profile: DocumentProfile): FileChild[] {
  const width = textWidth(profile);
  const half = Math.round(width / 2);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
  const box = (text: string) => new Paragraph({ style: styleIds.metadata, spacing: { before: 120, after: 120 }, children: [new TextRun({ text: `☐  ${text}`, bold: true })] });
  const blank = (text: string) => new Paragraph({ style: styleIds.metadata, spacing: { before: 360, after: 120 }, children: [new TextRun(`${text}: ______________________`)] });
  return [
    new Paragraph({ style: styleIds.metadata, keepNext: true, spacing: { before: 360, after: 120 }, children: [new TextRun({ text: d.heading.toUpperCase(), bold: true })] }),
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: [half, width - half],
      borders,
      rows: [
        new TableRow({ cantSplit: true, children: [cell(half, [box(d.approved)]), cell(width - half, [box(d.notApproved)])] }),
        new TableRow({ cantSplit: true, children: [cell(half, [blank(d.signature)]), cell(width - half, [blank(d.date)])] }),
      ],
    }),
  ];
}

function drawBlock(block: PageBlock, metadata: NoteMetadata, profile: DocumentProfile): FileChild[] {
  switch (block.kind) {
    case 'line':
      return [line(block, metadata)];
    case 'title':
      return [new Paragraph({ style: styleIds.title, children: textRuns(block.text, metadata.language) })];
    case 'metadata':
      return [metadataBlock(block.rows, profile)];
    case 'subject':
      return [
        new Paragraph({
          style: styleIds.metadata,
          spacing: { before: 120, after: 240 },
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } },
          children: [new TextRun({ text: `${block.label}: `, bold: true }), ...textRuns(block.text, metadata.language, { bold: true })],
        }),
      ];
    case 'columns':
      return [columns(block, metadata, profile)];
    case 'space':
      return [new Paragraph({ style: styleIds.metadata, ...(block.afterPt ? { spacing: { after: twentieths(block.afterPt) } } : {}) })];
    case 'decision':
      return decisionBlock(block.labels, profile);
  }
}

/** The first page's heading, above the body, in Word. */
export function headingParts(metadata: NoteMetadata, profile: DocumentProfile): FileChild[] {
  return headingBlocks(metadata, profile).flatMap((b) => drawBlock(b, metadata, profile));
}

/** The closing blocks, after the body, in Word. */
export function closingParts(metadata: NoteMetadata, profile: DocumentProfile): FileChild[] {
  return closingBlocks(metadata, profile).flatMap((b) => drawBlock(b, metadata, profile));
}

/**
 * What a profile prints around the note's body: the first page's heading (a briefing note's
 * title line and metadata block, Decree 30's two-column heading, a memo's lines) and the
 * closing blocks (the decision block, the signature block and the recipients list).
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import { placeDateLine, profileLabels, type DocumentProfile } from '../../../shared/document-profiles';
import type { NoteMetadata } from '../../../shared/note-format';
import { textRuns } from './blocks';
import { metadataBlock, noBorders, textWidth } from './metadata';
import { sanitizeXmlText } from './sanitize';
import { halfPoints, styleIds } from './styles';

const lines = (value: string | undefined) =>
  sanitizeXmlText(value ?? '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean);

interface LineOptions {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  after?: number;
}

function line(text: string, metadata: NoteMetadata, o: LineOptions = {}): Paragraph {
  return new Paragraph({
    style: styleIds.metadata,
    alignment: o.alignment ?? AlignmentType.CENTER,
    spacing: { after: o.after ?? 0 },
    children: textRuns(text, metadata.language, { bold: o.bold, italics: o.italics, ...(o.size ? { size: halfPoints(o.size) } : {}) }),
  });
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children: children.length ? children : [new Paragraph({ style: styleIds.metadata })] });
}

function twoColumns(profile: DocumentProfile, leftShare: number, rows: [Paragraph[], Paragraph[]][]): Table {
  const width = textWidth(profile);
  const left = Math.round(width * leftShare);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, width - left],
    borders: noBorders,
    rows: rows.map(([l, r]) => new TableRow({ cantSplit: true, children: [cell(left, l), cell(width - left, r)] })),
  });
}

/** The first page's heading, above the body. */
export function headingBlocks(metadata: NoteMetadata, profile: DocumentProfile): FileChild[] {
  switch (profile.heading.layout) {
    case 'decree30':
      return decree30Heading(metadata, profile);
    case 'memo':
      return memoHeading(metadata, profile);
    default:
      return briefingHeading(metadata, profile);
  }
}

function briefingHeading(metadata: NoteMetadata, profile: DocumentProfile): FileChild[] {
  const out: FileChild[] = profile.heading.letterhead.map((l) => line(l, metadata, { bold: true }));
  const titleLine = profile.heading.titleLine[metadata.language];
  if (titleLine) out.push(line(titleLine, metadata, { bold: true, size: profile.fonts.titleSize, after: 60 }));
  // "For decision" is what the reader must see first: it gets a line of its own.
  if (metadata.type.trim()) out.push(line(metadata.type.trim().toUpperCase(), metadata, { bold: true, after: 240 }));
  out.push(new Paragraph({ style: styleIds.title, children: textRuns(metadata.title, metadata.language) }));
  const block = metadataBlock(metadata, profile);
  if (block) out.push(block, new Paragraph({ style: styleIds.metadata }));
  return out;
}

function memoHeading(metadata: NoteMetadata, profile: DocumentProfile): FileChild[] {
  const labels = profileLabels[metadata.language];
  const out: FileChild[] = [line(profile.heading.titleLine[metadata.language], metadata, { bold: true, size: profile.fonts.titleSize, alignment: AlignmentType.LEFT, after: 240 })];
  const block = metadataBlock(metadata, profile);
  if (block) out.push(block);
  out.push(
    new Paragraph({
      style: styleIds.metadata,
      spacing: { before: 120, after: 240 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } },
      children: [new TextRun({ text: `${labels.memoSubject}: `, bold: true }), ...textRuns(metadata.title, metadata.language, { bold: true })],
    }),
  );
  return out;
}

/**
 * Decree 30/2020/NĐ-CP, Appendix I: the issuing agency top left (its parent above it, upright;
 * the agency bold; a rule under it) with "Số: …" below; the national name and motto top right,
 * a rule under the motto, and the italic place-date line under them; then the document type
 * and its summary centred, and "Kính gửi:" for a submission or letter.
 */
function decree30Heading(metadata: NoteMetadata, profile: DocumentProfile): FileChild[] {
  const labels = profileLabels.vi;
  const size = profile.fonts.bodySize;
  const agency = lines(metadata.from);
  // A short rule is the bottom border of an empty, tiny paragraph under the line it underlines.
  const rule = (indent: number) =>
    new Paragraph({ style: styleIds.metadata, spacing: { after: 60, line: 80, lineRule: LineRuleType.EXACT }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } }, indent: { left: indent, right: indent } });
  const left: Paragraph[] = agency.map((a, i) => line(a.toLocaleUpperCase('vi'), metadata, { bold: i === agency.length - 1, size: 12 }));
  left.push(rule(1000));
  const number = metadata.trackingNumber.trim() || '      /';
  const second: Paragraph[] = [line(`${labels.number}: ${number}`, metadata, { size: 13 })];
  // An official letter has no type line: its summary sits under the number ("V/v …").
  if (!profile.heading.titleLine.vi && metadata.title.trim()) second.push(line(`V/v ${metadata.title.trim()}`, metadata, { size: 12 }));
  const secrecy = metadata.classification.trim();
  if (secrecy && profile.classification.scheme.includes(secrecy.toLocaleUpperCase('vi'))) second.push(line(secrecy.toLocaleUpperCase('vi'), metadata, { bold: true, size }));
  const urgency = (metadata.urgency ?? '').trim();
  if (urgency) second.push(line(urgency.toLocaleUpperCase('vi'), metadata, { bold: true, size }));
  const right: Paragraph[] = [line(labels.nationalName, metadata, { bold: true, size: 12 }), line(labels.motto, metadata, { bold: true, size: 13 }), rule(1200)];
  const placeDate = placeDateLine(metadata.place ?? '', metadata.date, 'vi');
  const rightSecond = placeDate ? [line(placeDate, metadata, { italics: true, size, after: 0 })] : [];
  const out: FileChild[] = [twoColumns(profile, 0.4, [[left, right], [second, rightSecond]]), new Paragraph({ style: styleIds.metadata, spacing: { after: 240 } })];
  const type = profile.heading.titleLine.vi;
  if (type) {
    out.push(line(type, metadata, { bold: true, size: size }));
    out.push(new Paragraph({ style: styleIds.title, children: textRuns(metadata.title, 'vi') }));
  }
  const to = lines(metadata.to);
  if (to.length > 0) out.push(line(`Kính gửi: ${to.join('; ')}`, metadata, { size, after: 240 }));
  return out;
}

/** The blocks after the body: decision, signature and recipients, as the profile asks. */
export function closingBlocks(metadata: NoteMetadata, profile: DocumentProfile): FileChild[] {
  const out: FileChild[] = [];
  const forDecision = /decision|quyết định/i.test(metadata.type);
  if (profile.decisionBlock === 'always' || (profile.decisionBlock === 'for-decision' && forDecision)) out.push(...decisionBlock(metadata, profile));
  if (profile.signatureBlock || profile.recipientsBlock) out.push(signatureAndRecipients(metadata, profile));
  return out;
}

/** Approved / Not approved, with room to sign and date: the minister decides on the page. */
function decisionBlock(metadata: NoteMetadata, profile: DocumentProfile): FileChild[] {
  const d = profileLabels[metadata.language].decision;
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

/**
 * Decree 30's closing: "Nơi nhận:" (bold italic 12 pt) and its list (11 pt) bottom left; the
 * signer's authority in bold capitals, room to sign, then the name (bold) bottom right.
 */
function signatureAndRecipients(metadata: NoteMetadata, profile: DocumentProfile): Table {
  const labels = profileLabels[metadata.language];
  const left: Paragraph[] = [];
  if (profile.recipientsBlock) {
    const recipients = lines(metadata.recipients);
    left.push(line(labels.recipients, metadata, { bold: true, italics: true, size: 12, alignment: AlignmentType.LEFT }));
    recipients.forEach((r, i) => {
      const text = /^[-–•]/.test(r) ? r : `- ${r}${i === recipients.length - 1 ? '.' : ';'}`;
      left.push(line(text, metadata, { size: 11, alignment: AlignmentType.LEFT }));
    });
  }
  const right: Paragraph[] = [];
  if (profile.signatureBlock) {
    for (const t of lines(metadata.signerTitle)) right.push(line(t.toLocaleUpperCase(metadata.language), metadata, { bold: true, size: profile.fonts.bodySize }));
    // Room for the signature and the seal.
    for (let i = 0; i < 4; i++) right.push(line('', metadata));
    const name = (metadata.signerName ?? '').trim();
    if (name) right.push(line(name, metadata, { bold: true, size: profile.fonts.bodySize }));
  }
  return new Table({
    width: { size: textWidth(profile), type: WidthType.DXA },
    columnWidths: [Math.round(textWidth(profile) * 0.5), textWidth(profile) - Math.round(textWidth(profile) * 0.5)],
    borders: noBorders,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [cell(Math.round(textWidth(profile) * 0.5), left), cell(textWidth(profile) - Math.round(textWidth(profile) * 0.5), right)],
      }),
    ],
  });
}


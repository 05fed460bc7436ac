/**
 * What a profile prints around the note's body, described once as data: the first page's
 * heading (a briefing note's title line and metadata block, Decree 30's two-column heading, a
 * memo's lines) and the closing blocks (the decision block, the signature block and the
 * recipients list). The Word writer (electron/core/export/page-blocks.ts) and the print view
 * (renderer/src/features/print/) each draw these blocks; neither decides what they say or where.
 */
import type { NoteMetadata } from '../note-format';
import { formatNoteDate, placeDateLine, profileLabels, type ProfileLabels } from './labels';
import type { PrintProfile } from './profile';

export type BlockAlign = 'left' | 'center' | 'right';

/** One line of text: a paragraph of its own. Sizes in points; `afterPt` is the space under it. */
export interface BlockLine {
  kind: 'line';
  text: string;
  align: BlockAlign;
  bold?: boolean;
  italics?: boolean;
  sizePt?: number;
  afterPt?: number;
}

/** A short rule under the line above it, inset from both sides of its column (points). */
export interface BlockRule {
  kind: 'rule';
  insetPt: number;
}

export type CellItem = BlockLine | BlockRule;

export type PageBlock =
  | BlockLine
  /** The note's title in the profile's title style. */
  | { kind: 'title'; text: string }
  /** Label: value rows (To, From, Date…), empty fields left out. */
  | { kind: 'metadata'; rows: { label: string; value: string }[] }
  /** A memo's subject line: the label bold, a rule under the line. */
  | { kind: 'subject'; label: string; text: string }
  /** A borderless table: each row a left and a right cell; `leftShare` of the text width on the left. */
  | { kind: 'columns'; leftShare: number; rows: [CellItem[], CellItem[]][] }
  /** Empty space (points). */
  | { kind: 'space'; afterPt: number }
  /** Approved / Not approved, with room to sign and date. */
  | { kind: 'decision'; labels: ProfileLabels['decision'] };

const lines = (value: string | undefined) =>
  (value ?? '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean);

const centred = (text: string, o: Omit<BlockLine, 'kind' | 'text' | 'align'> = {}): BlockLine => ({ kind: 'line', text, align: 'center', ...o });

/** A metadata field as printed: dates in the note's language, the rest as typed. */
export function metadataFieldValue(metadata: NoteMetadata, key: string, profile: PrintProfile): string {
  const raw = String((metadata as Record<string, unknown>)[key] ?? '').trim();
  return key === 'date' ? formatNoteDate(raw, metadata.language, profile.dateStyle) : raw;
}

function metadataRows(metadata: NoteMetadata, profile: PrintProfile): PageBlock[] {
  const labels = profileLabels[metadata.language].metadata;
  const rows = profile.heading.metadataFields
    .map((key) => ({ label: `${labels[key as keyof NoteMetadata] ?? key}:`, value: metadataFieldValue(metadata, key, profile) }))
    .filter((r) => r.value !== '');
  return rows.length > 0 ? [{ kind: 'metadata', rows }] : [];
}

/** The first page's heading, above the body. */
export function headingBlocks(metadata: NoteMetadata, profile: PrintProfile): PageBlock[] {
  switch (profile.heading.layout) {
    case 'decree30':
      return decree30Heading(metadata, profile);
    case 'memo':
      return memoHeading(metadata, profile);
    default:
      return briefingHeading(metadata, profile);
  }
}

function briefingHeading(metadata: NoteMetadata, profile: PrintProfile): PageBlock[] {
  const out: PageBlock[] = profile.heading.letterhead.map((l) => centred(l, { bold: true }));
  const titleLine = profile.heading.titleLine[metadata.language];
  if (titleLine) out.push(centred(titleLine, { bold: true, sizePt: profile.fonts.titleSize, afterPt: 3 }));
  // "For decision" is what the reader must see first: it gets a line of its own.
  if (metadata.type.trim()) out.push(centred(metadata.type.trim().toUpperCase(), { bold: true, afterPt: 12 }));
  out.push({ kind: 'title', text: metadata.title });
  const block = metadataRows(metadata, profile);
  if (block.length > 0) out.push(...block, { kind: 'space', afterPt: 0 });
  return out;
}

function memoHeading(metadata: NoteMetadata, profile: PrintProfile): PageBlock[] {
  const labels = profileLabels[metadata.language];
  return [
    { kind: 'line', text: profile.heading.titleLine[metadata.language], align: 'left', bold: true, sizePt: profile.fonts.titleSize, afterPt: 12 },
    ...metadataRows(metadata, profile),
    { kind: 'subject', label: labels.memoSubject, text: metadata.title },
  ];
}

/**
 * Decree 30/2020/NĐ-CP, Appendix I: the issuing agency top left (its parent above it, upright;
 * the agency bold; a rule under it) with "Số: …" below; the national name and motto top right,
 * a rule under the motto, and the italic place-date line under them; then the document type
 * and its summary centred, and "Kính gửi:" for a submission or letter.
 */
function decree30Heading(metadata: NoteMetadata, profile: PrintProfile): PageBlock[] {
  const labels = profileLabels.vi;
  const size = profile.fonts.bodySize;
  const agency = lines(metadata.from);
  const left: CellItem[] = agency.map((a, i) => centred(a.toLocaleUpperCase('vi'), { bold: i === agency.length - 1, sizePt: 12 }));
  left.push({ kind: 'rule', insetPt: 50 });
  const number = metadata.trackingNumber.trim() || '      /';
  const second: CellItem[] = [centred(`${labels.number}: ${number}`, { sizePt: 13 })];
  // An official letter has no type line: its summary sits under the number ("V/v …").
  if (!profile.heading.titleLine.vi && metadata.title.trim()) second.push(centred(`V/v ${metadata.title.trim()}`, { sizePt: 12 }));
  const secrecy = metadata.classification.trim();
  if (secrecy && profile.classification.scheme.includes(secrecy.toLocaleUpperCase('vi'))) second.push(centred(secrecy.toLocaleUpperCase('vi'), { bold: true, sizePt: size }));
  const urgency = (metadata.urgency ?? '').trim();
  if (urgency) second.push(centred(urgency.toLocaleUpperCase('vi'), { bold: true, sizePt: size }));
  const right: CellItem[] = [centred(labels.nationalName, { bold: true, sizePt: 12 }), centred(labels.motto, { bold: true, sizePt: 13 }), { kind: 'rule', insetPt: 60 }];
  const placeDate = placeDateLine(metadata.place ?? '', metadata.date, 'vi');
  const rightSecond: CellItem[] = placeDate ? [centred(placeDate, { italics: true, sizePt: size })] : [];
  const out: PageBlock[] = [
    { kind: 'columns', leftShare: 0.4, rows: [[left, right], [second, rightSecond]] },
    { kind: 'space', afterPt: 12 },
  ];
  const type = profile.heading.titleLine.vi;
  if (type) out.push(centred(type, { bold: true, sizePt: size }), { kind: 'title', text: metadata.title });
  const to = lines(metadata.to);
  if (to.length > 0) out.push(centred(`Kính gửi: ${to.join('; ')}`, { sizePt: size, afterPt: 12 }));
  return out;
}

/** Lines left blank between the signer's authority and name: room for the signature and the seal. */
export const signatureSpaceLines = 4;

/** The blocks after the body: decision, signature and recipients, as the profile asks. */
export function closingBlocks(metadata: NoteMetadata, profile: PrintProfile): PageBlock[] {
  const out: PageBlock[] = [];
  const forDecision = /decision|quyết định/i.test(metadata.type);
  if (profile.decisionBlock === 'always' || (profile.decisionBlock === 'for-decision' && forDecision)) {
    out.push({ kind: 'decision', labels: profileLabels[metadata.language].decision });
  }
  if (profile.signatureBlock || profile.recipientsBlock) out.push(signatureAndRecipients(metadata, profile));
  return out;
}

/**
 * Decree 30's closing: "Nơi nhận:" (bold italic 12 pt) and its list (11 pt) bottom left; the
 * signer's authority in bold capitals, room to sign, then the name (bold) bottom right.
 */
function signatureAndRecipients(metadata: NoteMetadata, profile: PrintProfile): PageBlock {
  const labels = profileLabels[metadata.language];
  const left: CellItem[] = [];
  if (profile.recipientsBlock) {
    const recipients = lines(metadata.recipients);
    left.push({ kind: 'line', text: labels.recipients, align: 'left', bold: true, italics: true, sizePt: 12 });
    recipients.forEach((r, i) => {
      const text = /^[-–•]/.test(r) ? r : `- ${r}${i === recipients.length - 1 ? '.' : ';'}`;
      left.push({ kind: 'line', text, align: 'left', sizePt: 11 });
    });
  }
  const right: CellItem[] = [];
  if (profile.signatureBlock) {
    const size = profile.fonts.bodySize;
    for (const t of lines(metadata.signerTitle)) right.push(centred(t.toLocaleUpperCase(metadata.language), { bold: true, sizePt: size }));
    for (let i = 0; i < signatureSpaceLines; i++) right.push(centred(''));
    const name = (metadata.signerName ?? '').trim();
    if (name) right.push(centred(name, { bold: true, sizePt: size }));
  }
  return { kind: 'columns', leftShare: 0.5, rows: [[left, right]] };
}

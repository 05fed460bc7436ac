/**
 * A document profile: a house format as data. The Word export, the page estimate and print
 * read the page, the fonts and the blocks a note prints from its profile, never from
 * constants, so a department's own format (docs/PROFILES.md) is a file, not a code change.
 * Lengths are millimetres and points, as the rules that define house formats state them
 * (Decree 30/2020/NĐ-CP Appendix I gives margins in mm and sizes in pt).
 */
import { z } from 'zod';
import { defaultPageMetrics, type PageMetrics } from '../page-estimate';

/** Times New Roman's mean advance per character of running text, in ems (shared/page-estimate.ts). */
const defaultSerifCharEm = 0.43;

export const profileFormat = 'briefing-document-profile';
export const profileFormatVersion = 1;

const mm = z.number().min(0).max(500);
const pt = z.number().min(4).max(72);
const text = z.string().max(500);

/** A label in each note language; the export picks the note's. */
export const Localized = z.object({ en: text, vi: text });
export type Localized = z.infer<typeof Localized>;

/**
 * Where the profile's first page comes from:
 *  - 'briefing': a letterhead line, the title line ("BRIEFING NOTE FOR THE MINISTER"), the
 *    title, then the metadata block;
 *  - 'decree30': the two-column heading of a Vietnamese administrative document (agency and
 *    "Số:" left, national name and motto right), the place-date line, the document type and
 *    its summary;
 *  - 'memo': a plain MEMORANDUM heading and To/From/Date/Subject lines.
 */
export const headingLayouts = ['briefing', 'decree30', 'memo'] as const;

export const DocumentProfile = z.strictObject({
  format: z.literal(profileFormat),
  formatVersion: z.literal(profileFormatVersion),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  name: Localized,
  description: Localized,
  page: z.strictObject({
    /** Width and height; A4 is 210 × 297. */
    widthMm: mm,
    heightMm: mm,
    margins: z.strictObject({ top: mm, bottom: mm, left: mm, right: mm, header: mm, footer: mm }),
  }),
  fonts: z.strictObject({
    body: z.string().min(1).max(100),
    heading: z.string().min(1).max(100),
    bodySize: pt,
    titleSize: pt,
    headingSize: pt,
    footnoteSize: pt,
    /** Line spacing as a multiple of single (1 = single, 1.15 = Word's default). */
    lineSpacing: z.number().min(0.8).max(3),
    /** Space after a body paragraph. */
    paragraphAfterPt: z.number().min(0).max(72),
  }),
  body: z.strictObject({
    justified: z.boolean(),
    firstLineIndentMm: mm,
    /** Section headings numbered 1., 2., … (Heading 1 bound to a numbering definition). */
    numberSections: z.boolean(),
    /** Body paragraphs numbered 1.1, 1.2, … within their section. */
    numberParagraphs: z.boolean(),
  }),
  heading: z.strictObject({
    layout: z.enum(headingLayouts),
    /** Lines printed above everything else on page 1 (the department's name). */
    letterhead: z.array(text).max(5),
    /** The title line, e.g. "BRIEFING NOTE FOR THE MINISTER" or "TỜ TRÌNH"; empty for none. */
    titleLine: Localized,
    /** Metadata fields printed on page 1, in order. */
    metadataFields: z.array(z.string().max(40)).max(20),
  }),
  /** Approved / Not approved / signature / date, for notes of type "For decision" (or always). */
  decisionBlock: z.enum(['never', 'for-decision', 'always']),
  signatureBlock: z.boolean(),
  /** The "Nơi nhận:" / distribution list at the end. */
  recipientsBlock: z.boolean(),
  classification: z.strictObject({
    /**
     * The markings a note may carry, highest last. An empty marking in the list means a note may
     * carry none (Decree 30: only documents holding state secrets are marked); without it, a
     * note with no marking is a finding of the pre-export check (classificationRequired).
     */
    scheme: z.array(text).max(20),
    urgency: z.array(text).max(10),
    /** 'every-page': header and footer of every page; 'first-page': under the number on page 1 (Decree 30). */
    printed: z.enum(['every-page', 'first-page']),
  }),
  pageNumbers: z.strictObject({
    position: z.enum(['footer', 'header']),
    /** "Page 2 of 4" or a bare "2". */
    style: z.enum(['page-of', 'number']),
    onFirstPage: z.boolean(),
  }),
  /** How metadata.date prints: "10 February 2026" or "Hà Nội, ngày 05 tháng 01 năm 2026". */
  dateStyle: z.enum(['day-month-year', 'iso']),
  footnotes: z.strictObject({
    /** The supporting quote after the citation. */
    quote: z.boolean(),
    /**
     * A fact cited again: 'same-note' points at its first footnote with a NOTEREF field;
     * 'new-note' gives every citation a note of its own with the full citation, never a short
     * form or "Ibid." (Decree 30). One rule: footnotePlacer and citePositions (shared/citations.ts).
     */
    repeated: z.enum(['same-note', 'new-note']),
  }),
  references: z.boolean(),
  /** A department's imported reference document: its styles, page setup, header and footer. */
  reference: z
    .strictObject({
      fileName: z.string().max(255),
      /** word/styles.xml of the reference, verbatim. */
      styles: z.string().max(2_000_000),
      /** Its first section's header and footer paragraphs (w:hdr / w:ftr XML), when it has them. */
      header: z.string().max(500_000).nullable(),
      footer: z.string().max(500_000).nullable(),
      /**
       * The header's and footer's relationships (a letterhead's logo, a link), their targets
       * renamed into word/media/ under names of their own, and those images' bytes: a
       * department's header carries its logo. Absent from profiles imported before.
       */
      headerRels: z.string().max(100_000).nullable().optional(),
      footerRels: z.string().max(100_000).nullable().optional(),
      media: z
        .array(z.strictObject({ path: z.string().regex(/^media\/reference-[a-z0-9-]{1,60}\.(png|jpe?g|gif|bmp|emf|wmf|tiff?)$/), base64: z.base64().max(4_000_000) }))
        .max(20)
        .optional(),
    })
    .optional(),
});
export type DocumentProfile = z.infer<typeof DocumentProfile>;
/** A profile without its imported reference document's parts: all the print view and the page blocks read. */
export const PrintProfile = DocumentProfile.omit({ reference: true });
export type PrintProfile = z.infer<typeof PrintProfile>;

/**
 * The profile's page as the page estimate (shared/page-estimate.ts) lays it out. Serif faces
 * (Times New Roman and its metric twin Liberation Serif) set narrower than Arial.
 */
export function pageMetrics(profile: Pick<DocumentProfile, 'page' | 'fonts'>): PageMetrics {
  const { page, fonts } = profile;
  const serif = /times|liberation serif|serif$/i.test(fonts.body);
  return {
    pageWidthMm: page.widthMm,
    pageHeightMm: page.heightMm,
    margins: { topMm: page.margins.top, bottomMm: page.margins.bottom, leftMm: page.margins.left, rightMm: page.margins.right },
    bodyFontPt: fonts.bodySize,
    lineSpacing: fonts.lineSpacing,
    paragraphAfterPt: fonts.paragraphAfterPt,
    footnoteFontPt: fonts.footnoteSize,
    meanCharEm: serif ? defaultSerifCharEm : defaultPageMetrics.meanCharEm,
    lineHeightEm: serif ? 1.11 : defaultPageMetrics.lineHeightEm,
  };
}

/** Whether a note in this profile must carry a classification marking: unless its scheme lists the empty one. */
export function classificationRequired(profile: DocumentProfile): boolean {
  return !profile.classification.scheme.some((m) => m.trim() === '');
}

/** The markings a note in this profile may carry, as the pre-export check accepts them (any case). */
export function classificationMarks(profile: DocumentProfile): string[] {
  return profile.classification.scheme.filter((m) => m.trim() !== '');
}

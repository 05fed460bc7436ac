/**
 * Word styles and list numbering, from the note's document profile. Real named styles (Title,
 * Heading 1-3, Body Text, List Bullet, List Number, Quote, footnote text...) so the reader's own
 * template, style pane and navigation pane work on the exported file as on any document their
 * office wrote. Section headings are Heading 1; when the profile numbers sections and
 * paragraphs, Heading 1 is bound to a numbering definition (1., 2., …) and body paragraphs take
 * its second level (1.1, 1.2, …), as Word's own outline numbering does.
 */
import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';
import type { DocumentProfile } from '../../../shared/document-profiles';
import type { NoteLanguage } from '../../../shared/note-format';

/** Half-points, as Word counts font sizes. */
export const halfPoints = (points: number) => Math.round(points * 2);
/** Twentieths of a point (twips) from millimetres. */
export const twips = (mm: number) => Math.round((mm / 25.4) * 1440);

/** The `w:lang` of each note language (Word's spelling and grammar check follows it). */
export const wordLanguage: Record<NoteLanguage, string> = { en: 'en-GB', vi: 'vi-VN' };

export const styleIds = {
  title: 'Title',
  heading: ['Heading1', 'Heading2', 'Heading3'] as const,
  body: 'BodyText',
  listBullet: 'ListBullet',
  listNumber: 'ListNumber',
  quote: 'Quote',
  footnoteText: 'FootnoteText',
  footnoteReference: 'FootnoteReference',
  bibliography: 'Bibliography',
  metadata: 'NoteMetadata',
  marking: 'ClassificationMarking',
  header: 'Header',
} as const;

export const numberingRefs = { bullet: 'note-bullets', number: 'note-numbers', sections: 'note-sections' } as const;

/** Word's own line spacing: 240 = single. */
const line = (multiple: number) => Math.round(240 * multiple);

export function documentStyles(profile: DocumentProfile, language: NoteLanguage): IStylesOptions {
  const { fonts, body } = profile;
  const headingSizes = [fonts.headingSize, Math.max(fonts.bodySize, fonts.headingSize - 1), fonts.bodySize];
  return {
    default: {
      // lineRule spelled out: without it LibreOffice reads the line height as exact and tall lines overlap.
      document: {
        run: { font: fonts.body, size: halfPoints(fonts.bodySize), language: { value: wordLanguage[language], eastAsia: wordLanguage[language] } },
        paragraph: { spacing: { after: fonts.paragraphAfterPt * 20, line: line(fonts.lineSpacing), lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      {
        id: styleIds.title,
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: fonts.heading, size: halfPoints(fonts.titleSize), bold: true },
        paragraph: { spacing: { after: 240, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true, alignment: profile.heading.layout === 'decree30' ? AlignmentType.CENTER : undefined },
      },
      ...styleIds.heading.map((id, i) => ({
        id,
        name: `Heading ${i + 1}`,
        basedOn: 'Normal',
        next: styleIds.body,
        quickFormat: true,
        run: { font: fonts.heading, size: halfPoints(headingSizes[i]!), bold: true, italics: i === 2 },
        paragraph: {
          spacing: { before: 240, after: 80 },
          keepNext: true,
          keepLines: true,
          outlineLevel: i,
          ...(i === 0 && body.numberSections ? { numbering: { reference: numberingRefs.sections, level: 0 } } : {}),
        },
      })),
      {
        id: styleIds.body,
        name: 'Body Text',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: {
          alignment: body.justified ? AlignmentType.JUSTIFIED : undefined,
          indent: body.firstLineIndentMm > 0 ? { firstLine: twips(body.firstLineIndentMm) } : undefined,
        },
      },
      { id: styleIds.listBullet, name: 'List Bullet', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 60 }, numbering: { reference: numberingRefs.bullet, level: 0 } } },
      { id: styleIds.listNumber, name: 'List Number', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 60 }, numbering: { reference: numberingRefs.number, level: 0 } } },
      {
        id: styleIds.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: '404040' },
        paragraph: { indent: { left: 720, right: 720 } },
      },
      {
        id: styleIds.footnoteText,
        name: 'footnote text',
        basedOn: 'Normal',
        run: { size: halfPoints(fonts.footnoteSize) },
        paragraph: { spacing: { after: 40, line: 240, lineRule: LineRuleType.AUTO }, alignment: body.justified ? AlignmentType.JUSTIFIED : undefined },
      },
      { id: styleIds.bibliography, name: 'Bibliography', basedOn: 'Normal', paragraph: { indent: { left: 720, hanging: 720 } } },
      { id: styleIds.metadata, name: 'Note Metadata', basedOn: 'Normal', paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } } },
      { id: styleIds.header, name: 'header', basedOn: 'Normal', paragraph: { spacing: { after: 0 }, alignment: AlignmentType.CENTER } },
      {
        id: styleIds.marking,
        name: 'Classification Marking',
        basedOn: 'Normal',
        run: { bold: true, size: halfPoints(Math.min(10, fonts.bodySize)) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
      },
    ],
  };
}

const bulletGlyphs = ['•', '◦', '▪'];

export function documentNumbering(profile: DocumentProfile): INumberingOptions {
  const config: INumberingOptions['config'][number][] = [
    {
      reference: numberingRefs.bullet,
      levels: Array.from({ length: 9 }, (_, level) => ({
        level,
        format: LevelFormat.BULLET,
        text: bulletGlyphs[level % bulletGlyphs.length]!,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } },
      })),
    },
    {
      reference: numberingRefs.number,
      levels: Array.from({ length: 9 }, (_, level) => ({
        level,
        format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3]!,
        text: `%${level + 1}.`,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } },
      })),
    },
  ];
  if (profile.body.numberSections) {
    config.push({
      reference: numberingRefs.sections,
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
        { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
      ],
    });
  }
  return { config };
}

/**
 * Word styles and list numbering. Real named styles (Title, Heading 1-3, List Bullet, List
 * Number, Quote, Footnote Text...) so the director's own template, style pane and navigation
 * pane work on the exported file as on any document their office wrote.
 */
import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';

const bodyFont = 'Arial';
/** Half-points, as Word counts font sizes. */
const size = (points: number) => points * 2;

export const styleIds = {
  title: 'Title',
  heading: ['Heading1', 'Heading2', 'Heading3'] as const,
  listBullet: 'ListBullet',
  listNumber: 'ListNumber',
  quote: 'Quote',
  footnoteText: 'FootnoteText',
  bibliography: 'Bibliography',
  metadata: 'NoteMetadata',
  marking: 'ClassificationMarking',
} as const;

export const numberingRefs = { bullet: 'note-bullets', number: 'note-numbers' } as const;

export const documentStyles: IStylesOptions = {
  default: {
    // lineRule spelled out: without it LibreOffice reads the line height as exact and tall lines overlap.
    document: {
      run: { font: bodyFont, size: size(11) },
      paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
    },
  },
  paragraphStyles: [
    {
      id: styleIds.title,
      name: 'Title',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: bodyFont, size: size(16), bold: true },
      paragraph: { spacing: { after: 240, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true },
    },
    ...styleIds.heading.map((id, i) => ({
      id,
      name: `Heading ${i + 1}`,
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: bodyFont, size: size([14, 12, 11][i]!), bold: true, italics: i === 2 },
      paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true, outlineLevel: i },
    })),
    { id: styleIds.listBullet, name: 'List Bullet', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 60 } } },
    { id: styleIds.listNumber, name: 'List Number', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 60 } } },
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
      run: { size: size(9) },
      paragraph: { spacing: { after: 40, line: 240, lineRule: LineRuleType.AUTO } },
    },
    { id: styleIds.bibliography, name: 'Bibliography', basedOn: 'Normal', paragraph: { indent: { left: 720, hanging: 720 } } },
    { id: styleIds.metadata, name: 'Note Metadata', basedOn: 'Normal', paragraph: { spacing: { after: 0 } } },
    {
      id: styleIds.marking,
      name: 'Classification Marking',
      basedOn: 'Normal',
      run: { bold: true, size: size(10) },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
    },
  ],
};

const bulletGlyphs = ['•', '◦', '▪'];

export const documentNumbering: INumberingOptions = {
  config: [
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
  ],
};

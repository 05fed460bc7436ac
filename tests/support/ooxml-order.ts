/**
 * A schema-order check for WordprocessingML parts (issue 14: "a schema-order check on every
 * part finds no departure"). No OOXML schema validator runs offline here, and Word refuses a
 * file whose property elements are out of order ("unreadable content") while LibreOffice reads
 * it, so the tests that open our files in LibreOffice would not notice. This checks the child
 * order of the elements the export writes against their xsd:sequence in ECMA-376 Part 1 (5th
 * edition, 2016; the section numbers below, schema wml.xsd). Children a sequence does not list
 * (extensions such as w14:*, other namespaces) are not judged; "*" in a sequence stands for any
 * other child (a paragraph's runs after its w:pPr).
 */
import { DOMParser } from '@xmldom/xmldom';

const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** EG_RPrBase (§17.3.2.28 rPr), preceded in a paragraph mark's CT_ParaRPr (§17.3.1.29) by its revision marks. */
const runProperties = [
  'ins', 'del', 'moveFrom', 'moveTo',
  'rStyle', 'rFonts', 'b', 'bCs', 'i', 'iCs', 'caps', 'smallCaps', 'strike', 'dstrike', 'outline', 'shadow', 'emboss', 'imprint',
  'noProof', 'snapToGrid', 'vanish', 'webHidden', 'color', 'spacing', 'w', 'kern', 'position', 'sz', 'szCs', 'highlight', 'u',
  'effect', 'bdr', 'shd', 'fitText', 'vertAlign', 'rtl', 'cs', 'em', 'lang', 'eastAsianLayout', 'specVanish', 'oMath', 'rPrChange',
];

/** Element (w: local name) → its children's order. An inner array is a choice: its members share one place. */
export const wordSequences: Record<string, { section: string; order: (string | string[])[] }> = {
  // CT_PPrBase + CT_PPr
  pPr: {
    section: '§17.3.1.26',
    order: [
      'pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'framePr', 'widowControl', 'numPr', 'suppressLineNumbers', 'pBdr', 'shd',
      'tabs', 'suppressAutoHyphens', 'kinsoku', 'wordWrap', 'overflowPunct', 'topLinePunct', 'autoSpaceDE', 'autoSpaceDN', 'bidi',
      'adjustRightInd', 'snapToGrid', 'spacing', 'ind', 'contextualSpacing', 'mirrorIndents', 'suppressOverlap', 'jc', 'textDirection',
      'textAlignment', 'textboxTightWrap', 'outlineLvl', 'divId', 'cnfStyle', 'rPr', 'sectPr', 'pPrChange',
    ],
  },
  rPr: { section: '§17.3.2.28, §17.3.1.29', order: runProperties },
  // CT_SectPr: EG_HdrFtrReferences (any order), then EG_SectPrContents
  sectPr: {
    section: '§17.6.17',
    order: [
      ['headerReference', 'footerReference'], 'footnotePr', 'endnotePr', 'type', 'pgSz', 'pgMar', 'paperSrc', 'pgBorders', 'lnNumType',
      'pgNumType', 'cols', 'formProt', 'vAlign', 'noEndnote', 'titlePg', 'textDirection', 'bidi', 'rtlGutter', 'docGrid', 'printerSettings',
      'sectPrChange',
    ],
  },
  // CT_TblPrBase + CT_TblPr
  tblPr: {
    section: '§17.4.60',
    order: [
      'tblStyle', 'tblpPr', 'tblOverlap', 'bidiVisual', 'tblStyleRowBandSize', 'tblStyleColBandSize', 'tblW', 'jc', 'tblCellSpacing',
      'tblInd', 'tblBorders', 'shd', 'tblLayout', 'tblCellMar', 'tblLook', 'tblCaption', 'tblDescription', 'tblPrChange',
    ],
  },
  // CT_TcPr (CT_TcPrBase + revisions)
  tcPr: {
    section: '§17.4.70',
    order: [
      'cnfStyle', 'tcW', 'gridSpan', 'hMerge', 'vMerge', 'tcBorders', 'shd', 'noWrap', 'tcMar', 'textDirection', 'tcFitText', 'vAlign',
      'hideMark', 'headers', 'cellIns', 'cellDel', 'cellMerge', 'tcPrChange',
    ],
  },
  tblBorders: { section: '§17.4.38', order: ['top', 'start', 'left', 'bottom', 'end', 'right', 'insideH', 'insideV'] },
  tcBorders: { section: '§17.4.66', order: ['top', 'start', 'left', 'bottom', 'end', 'right', 'insideH', 'insideV', 'tl2br', 'tr2bl'] },
  pBdr: { section: '§17.3.1.24', order: ['top', 'left', 'bottom', 'right', 'between', 'bar'] },
  tbl: { section: '§17.4.38 (CT_Tbl)', order: ['tblPr', 'tblGrid', '*'] },
  tr: { section: '§17.4.79', order: ['tblPrEx', 'trPr', '*'] },
  tc: { section: '§17.4.66 (CT_Tc)', order: ['tcPr', '*'] },
  p: { section: '§17.3.1.22', order: ['pPr', '*'] },
  r: { section: '§17.3.2.25', order: ['rPr', '*'] },
  body: { section: '§17.2.2', order: ['*', 'sectPr'] },
  // CT_Style
  style: {
    section: '§17.7.4.17',
    order: [
      'name', 'aliases', 'basedOn', 'next', 'link', 'autoRedefine', 'hidden', 'uiPriority', 'semiHidden', 'unhideWhenUsed', 'qFormat',
      'locked', 'personal', 'personalCompose', 'personalReply', 'rsid', 'pPr', 'rPr', 'tblPr', 'trPr', 'tcPr', 'tblStylePr',
    ],
  },
  styles: { section: '§17.7.4.18', order: ['docDefaults', 'latentStyles', 'style'] },
  docDefaults: { section: '§17.7.5.1', order: ['rPrDefault', 'pPrDefault'] },
  // CT_FtnProps / CT_FtnDocProps (the settings' one adds the separator notes' ids)
  footnotePr: { section: '§17.11.11, §17.11.12', order: ['pos', 'numFmt', 'numStart', 'numRestart', 'footnote'] },
  endnotePr: { section: '§17.11.4, §17.11.5', order: ['pos', 'numFmt', 'numStart', 'numRestart', 'endnote'] },
  numbering: { section: '§17.9.16', order: ['numPicBullet', 'abstractNum', 'num', 'numIdMacAtCleanup'] },
  abstractNum: { section: '§17.9.1', order: ['nsid', 'multiLevelType', 'tmpl', 'name', 'styleLink', 'numStyleLink', 'lvl'] },
  lvl: { section: '§17.9.6', order: ['start', 'numFmt', 'lvlRestart', 'pStyle', 'isLgl', 'suff', 'lvlText', 'lvlPicBulletId', 'legacy', 'lvlJc', 'pPr', 'rPr'] },
  num: { section: '§17.9.15', order: ['abstractNumId', 'lvlOverride'] },
  font: {
    section: '§17.8.3.10',
    order: ['altName', 'panose1', 'charset', 'family', 'notTrueType', 'pitch', 'sig', 'embedRegular', 'embedBold', 'embedItalic', 'embedBoldItalic'],
  },
  // CT_Settings
  settings: {
    section: '§17.15.1.78',
    order: [
      'writeProtection', 'view', 'zoom', 'removePersonalInformation', 'removeDateAndTime', 'doNotDisplayPageBoundaries',
      'displayBackgroundShape', 'printPostScriptOverText', 'printFractionalCharacterWidth', 'printFormsData', 'embedTrueTypeFonts',
      'embedSystemFonts', 'saveSubsetFonts', 'saveFormsData', 'mirrorMargins', 'alignBordersAndEdges', 'bordersDoNotSurroundHeader',
      'bordersDoNotSurroundFooter', 'gutterAtTop', 'hideSpellingErrors', 'hideGrammaticalErrors', 'activeWritingStyle', 'proofState',
      'formsDesign', 'attachedTemplate', 'linkStyles', 'stylePaneFormatFilter', 'stylePaneSortMethod', 'documentType', 'mailMerge',
      'revisionView', 'trackRevisions', 'doNotTrackMoves', 'doNotTrackFormatting', 'documentProtection', 'autoFormatOverride',
      'styleLockTheme', 'styleLockQFSet', 'defaultTabStop', 'autoHyphenation', 'consecutiveHyphenLimit', 'hyphenationZone',
      'doNotHyphenateCaps', 'showEnvelope', 'summaryLength', 'clickAndTypeStyle', 'defaultTableStyle', 'evenAndOddHeaders',
      'bookFoldRevPrinting', 'bookFoldPrinting', 'bookFoldPrintingSheets', 'drawingGridHorizontalSpacing', 'drawingGridVerticalSpacing',
      'displayHorizontalDrawingGridEvery', 'displayVerticalDrawingGridEvery', 'doNotUseMarginsForDrawingGridOrigin',
      'drawingGridHorizontalOrigin', 'drawingGridVerticalOrigin', 'doNotShadeFormData', 'noPunctuationKerning', 'characterSpacingControl',
      'printTwoOnOne', 'strictFirstAndLastChars', 'noLineBreaksAfter', 'noLineBreaksBefore', 'savePreviewPicture',
      'doNotValidateAgainstSchema', 'saveInvalidXml', 'ignoreMixedContent', 'alwaysShowPlaceholderText', 'doNotDemarcateInvalidXml',
      'saveXmlDataOnly', 'useXSLTWhenSaving', 'saveThroughXslt', 'showXMLTags', 'alwaysMergeEmptyNamespace', 'updateFields',
      'hdrShapeDefaults', 'footnotePr', 'endnotePr', 'compat', 'docVars', 'rsids', 'mathPr', 'attachedSchema', 'themeFontLang',
      'clrSchemeMapping', 'doNotIncludeSubdocsInStats', 'doNotAutoCompressPictures', 'forceUpgrade', 'captions', 'readModeInkLockDown',
      'smartTagType', 'schemaLibrary', 'shapeDefaults', 'doNotEmbedSmartTags', 'decimalSymbol', 'listSeparator',
    ],
  },
};

/** Where each child goes in its parent's sequence. */
const places = new Map(
  Object.entries(wordSequences).map(([name, { order }]) => {
    const place = new Map<string, number>();
    order.forEach((entry, i) => (Array.isArray(entry) ? entry : [entry]).forEach((child) => place.set(child, i)));
    return [name, place] as const;
  }),
);

/** Elements whose schema is not WordprocessingML's own sequence but holds w: children of the same names. */
const mathOrDrawing = /^http:\/\/schemas\.openxmlformats\.org\/(officeDocument\/2006\/math|drawingml\/)/;

/**
 * Each place in `xml` where a child comes before one its parent's sequence puts ahead of it,
 * as "part: <w:pPr> (§17.3.1.26): <w:jc> before <w:ind>"; empty when the part keeps every order.
 */
export function schemaOrderDepartures(xml: string, part: string): string[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const found: string[] = [];
  const walk = (el: Element) => {
    const place = el.namespaceURI === w ? places.get(el.localName) : undefined;
    let highest = -1;
    let highestName = '';
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const child = c as Element;
      if (place) {
        const at = child.namespaceURI === w ? (place.get(child.localName) ?? place.get('*')) : mathOrDrawing.test(child.namespaceURI ?? '') ? place.get('*') : undefined;
        if (at !== undefined) {
          if (at < highest) found.push(`${part}: <w:${el.localName}> (${wordSequences[el.localName]!.section}): <w:${child.localName}> after <w:${highestName}>`);
          else if (at > highest) {
            highest = at;
            highestName = child.localName;
          }
        }
      }
      walk(child);
    }
  };
  if (doc.documentElement) walk(doc.documentElement);
  return found;
}

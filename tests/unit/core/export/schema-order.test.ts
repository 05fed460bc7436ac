/**
 * The schema-order check the export's integration test runs on every part (tests/support/ooxml-order.ts)
 * can fail: it names each child out of its ECMA-376 sequence, and passes Word's own order.
 */
import { describe, expect, it } from 'vitest';
import { schemaOrderDepartures } from '../../../support/ooxml-order';

const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"';
const doc = (body: string) => `<w:document ${ns}><w:body>${body}</w:body></w:document>`;

describe('schemaOrderDepartures', () => {
  it('passes properties in the order Word writes them, extensions anywhere', () => {
    const xml = doc(
      '<w:p><w:pPr><w:pStyle w:val="BodyText"/><w:keepNext/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:after="0"/><w:ind w:firstLine="720"/><w:jc w:val="both"/><w:rPr><w:b/><w:lang w:val="vi-VN"/></w:rPr></w:pPr>' +
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:rFonts w:ascii="Arial"/><w:b/><w:i/><w:sz w:val="22"/><w:u w:val="single"/><w:lang w:val="en-GB"/></w:rPr><w:t>x</w:t></w:r></w:p>' +
        '<w:sectPr><w:footerReference w:type="default"/><w:headerReference w:type="first"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134"/><w:titlePg/></w:sectPr>',
    );
    expect(schemaOrderDepartures(xml, 'word/document.xml')).toEqual([]);
  });

  it('names each child out of order, with the element and the section of the standard', () => {
    const xml = doc(
      '<w:p><w:pPr><w:jc w:val="both"/><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:lang w:val="vi-VN"/><w:b/></w:rPr><w:t>x</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>y</w:t></w:r><w:pPr/></w:p>' +
        '<w:sectPr><w:pgMar w:top="1"/><w:pgSz w:w="1" w:h="1"/><w:headerReference w:type="default"/></w:sectPr><w:p/>',
    );
    expect(schemaOrderDepartures(xml, 'word/document.xml')).toEqual([
      'word/document.xml: <w:pPr> (§17.3.1.26): <w:spacing> after <w:jc>',
      'word/document.xml: <w:rPr> (§17.3.2.28, §17.3.1.29): <w:b> after <w:lang>',
      'word/document.xml: <w:p> (§17.3.1.22): <w:pPr> after <w:r>',
      'word/document.xml: <w:sectPr> (§17.6.17): <w:pgSz> after <w:pgMar>',
      'word/document.xml: <w:sectPr> (§17.6.17): <w:headerReference> after <w:pgMar>',
      'word/document.xml: <w:body> (§17.2.2): <w:p> after <w:sectPr>',
    ]);
  });

  it('checks styles and settings too', () => {
    const styles = `<w:styles ${ns}><w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="Normal"/><w:name w:val="A"/><w:rPr/><w:pPr/></w:style><w:docDefaults/></w:styles>`;
    expect(schemaOrderDepartures(styles, 'word/styles.xml')).toEqual([
      'word/styles.xml: <w:style> (§17.7.4.17): <w:name> after <w:basedOn>',
      'word/styles.xml: <w:style> (§17.7.4.17): <w:pPr> after <w:rPr>',
      'word/styles.xml: <w:styles> (§17.7.4.18): <w:docDefaults> after <w:style>',
    ]);
    const settings = `<w:settings ${ns}><w:compat/><w:footnotePr><w:footnote w:id="-1"/><w:pos w:val="pageBottom"/></w:footnotePr><w14:docId/></w:settings>`;
    expect(schemaOrderDepartures(settings, 'word/settings.xml')).toEqual([
      'word/settings.xml: <w:settings> (§17.15.1.78): <w:footnotePr> after <w:compat>',
      'word/settings.xml: <w:footnotePr> (§17.11.11, §17.11.12): <w:pos> after <w:footnote>',
    ]);
  });
});

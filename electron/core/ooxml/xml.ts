/**
 * XML read from a package, user files included, goes through a real parser (xmldom), never
 * regular expressions: namespaces, prefixes, CDATA, entities and attribute quoting are the
 * parser's business. xmldom expands no entities declared in a DTD and fetches nothing, and
 * OPC forbids DTDs in package parts (ECMA-376 Part 2, §8.1.4), so a part with one is refused:
 * no billion laughs, no external entities.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { OoxmlProblem } from './problem';

/** Why a part's XML cannot be read (catalogue keys `errors.ooxml.*`). */
export class XmlProblem extends OoxmlProblem {}

export function parseXml(text: string, partName: string): Document {
  const problems: string[] = [];
  const record = (message: unknown) => problems.push(String(message).split('\n')[0]!.replace(/^\[xmldom \w+\]\s*/, ''));
  const doc = new DOMParser({ errorHandler: { warning: record, error: record, fatalError: record } }).parseFromString(text, 'application/xml');
  if (doc.doctype) throw new XmlProblem('dtd', { part: partName });
  if (problems.length > 0 || !doc.documentElement) throw new XmlProblem('notWellFormed', { part: partName, detail: problems[0] ?? 'no root element' });
  return doc;
}

export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

/** The element children of `parent` with this namespace and local name, in document order. */
export function childElements(parent: Element | Document, namespace: string, localName: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).namespaceURI === namespace && (n as Element).localName === localName) out.push(n as Element);
  }
  return out;
}

/** The first such child, or null. */
export function childElement(parent: Element | Document, namespace: string, localName: string): Element | null {
  return childElements(parent, namespace, localName)[0] ?? null;
}

/**
 * The one place that reads and writes OOXML packages: guarded ZIP reading (ingest, audit, the
 * export re-reading docx's output), deterministic ZIP writing (export), and XML through a parser.
 */
export { defaultZipLimits, openZip, ZipProblem, type ZipArchive, type ZipEntry, type ZipLimits } from './zip-read';
export { zipParts, type PackageParts } from './zip-write';
export { childElement, childElements, parseXml, serializeXml, XmlProblem } from './xml';
export { OoxmlProblem } from './problem';

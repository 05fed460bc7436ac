/** The Word export and its checks, ready for the CLI and the contract to call. */
export { exportNoteToDocx, referencesHeading, type CitationResolver, type CitedFactSources, type ExportOptions } from './docx-export';
export { readProvenance, provenanceNamespace, type Provenance, type ProvenanceFact } from './provenance';
export { sanitizeXmlText } from './sanitize';
export { writeDocxAtomically } from './write';
export { formatCitations, type CitationStyle } from '../../../shared/citations';

/** The Word export and its checks, ready for the CLI and the contract to call. */
export { exportNoteToDocx, referencesHeading, type CitationResolver, type CitedFactSources, type ExportOptions } from './docx-export';
export { readProvenance, provenanceNamespace, type Provenance, type ProvenanceFact } from './provenance';
export { sanitizeXmlText } from './sanitize';
export { writeDocxAtomically } from './write';
export { formatCitations, type CitationStyle } from '../../../shared/citations';
export { auditDocx, auditProvenance, type AuditReport, type AuditedFact, type AuditStatus, type FieldChange } from './audit';
export { preExportCheck, type Finding, type FindingKind, type PreExportCheck, type Severity } from './pre-export-check';
export { citationResolverFrom, citedFactSources, citedSource } from './resolve';
export { citeFacts, servedCitations, type CitedChip, type CitedFacts } from './cite';

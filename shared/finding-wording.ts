/**
 * What a finding says: the catalogue key (`findings.<key>`) and its arguments, plus the English
 * text for the CLI. The pre-export check and the status bar's findings list word citation
 * findings here, so the two say the same thing about the same chip.
 */
import type { CitationFinding } from './citation-state';
import { formatMessage, type MessageParams } from './messages';
import type { FactSummary } from './model';

export interface FindingWording {
  /** English, for the CLI and the export's refusal; the renderer words `wording` in the interface's language. */
  message: string;
  /** The catalogue message (`findings.<key>`) and its arguments. */
  wording: { key: string; params: MessageParams };
}

export function worded(key: string, params: MessageParams = {}): FindingWording {
  return { message: formatMessage('en', `findings.${key}`, params), wording: { key, params } };
}

/** What each citation finding says, with the chip's text quoted so the drafter can find it. */
export function citationFindingWording(
  finding: CitationFinding,
  text: string,
  fact: Pick<FactSummary, 'version' | 'statement' | 'language'> | undefined,
): FindingWording {
  const params = { text, factId: finding.factId, version: finding.factVersion };
  switch (finding.kind) {
    case 'unlinked':
      return finding.missing === 'version' && fact ? worded('unlinkedVersion', { ...params, newest: fact.version }) : worded('unlinkedFact', params);
    case 'stale':
      return worded('stale', { ...params, newest: fact?.version ?? '?', statement: fact?.statement ?? '' });
    case 'untranslated':
      return worded('untranslated', { ...params, language: fact?.language ?? 'en' });
    default:
      return worded(finding.kind, params);
  }
}

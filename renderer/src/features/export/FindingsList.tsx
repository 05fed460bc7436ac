import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactSummary } from '../../../../shared/model';
import { api } from '../../api';
import { groupFindings, type Finding } from './findings';
import type { CitationFix, PhantomCitation } from './fixCitation';

interface Props {
  findings: Finding[];
  onShowFact(factId: string): void;
  /** Relink or remove a phantom citation (a fact or version the store does not have). */
  onFixCitation?(fix: CitationFix): void;
  /** Open a source's Edit details dialog (a finding about placeholders its citations print). */
  onEditSource?(sourceId: string): void;
}

function phantomOf(finding: Finding): PhantomCitation | null {
  if (finding.kind !== 'unlinked' || !finding.factId || finding.factVersion === undefined) return null;
  return { factId: finding.factId, factVersion: finding.factVersion, missing: finding.missing === 'version' ? 'version' : 'fact' };
}

/** The check's findings, grouped, blockers first; each fact finding can jump to its chip. */
export function FindingsList({ findings, onShowFact, onFixCitation, onEditSource }: Props) {
  return (
    <div className="export-findings" data-testid="export-findings">
      {groupFindings(findings).map((group) => (
        <FindingGroupView
          key={group.key}
          groupKey={group.key}
          title={group.title}
          severity={group.severity}
          findings={group.findings}
          onShowFact={onShowFact}
          onFixCitation={onFixCitation}
          onEditSource={onEditSource}
        />
      ))}
    </div>
  );
}

function FindingGroupView({
  groupKey,
  title,
  severity,
  findings,
  onShowFact,
  onFixCitation,
  onEditSource,
}: { groupKey: string; title: string; severity: 'blocker' | 'warning'; findings: Finding[] } & Pick<Props, 'onShowFact' | 'onFixCitation' | 'onEditSource'>) {
  const headingId = useId();
  const { t } = useTranslation();
  return (
    <section className={`export-group export-group--${severity}`} aria-labelledby={headingId} data-testid="export-finding-group" data-group={groupKey} data-severity={severity}>
      <h3 id={headingId}>
        <span className={`export-severity export-severity--${severity}`}>{severity === 'blocker' ? 'Blocks export' : 'Review'}</span>
        {title}
        <span className="export-count" aria-label={`${findings.length} items`}>
          {findings.length}
        </span>
      </h3>
      <ul>
        {findings.map((finding, i) => (
          <li key={`${finding.kind}-${finding.factId ?? finding.field ?? ''}-${i}`} data-testid="export-finding" data-kind={finding.kind} data-fact-id={finding.factId}>
            <span className="export-finding-message" id={`${headingId}-${i}`}>
              {finding.message}
            </span>
            {finding.factId && (
              // Described by its finding, so a screen reader hears which fact each "Show in note" goes to.
              <button type="button" className="link-button export-show" aria-describedby={`${headingId}-${i}`} onClick={() => onShowFact(finding.factId!)}>
                Show in note
              </button>
            )}
            {onEditSource && finding.sourceId && (
              <button type="button" className="link-button" aria-describedby={`${headingId}-${i}`} data-testid="finding-edit-source" onClick={() => onEditSource(finding.sourceId!)}>
                {t('sourceEdit.editDetails')}
              </button>
            )}
            {onFixCitation && phantomOf(finding) && <PhantomActions citation={phantomOf(finding)!} describedBy={`${headingId}-${i}`} onFix={onFixCitation} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A phantom citation can be removed, or relinked to a fact the store has (issue 13). */
function PhantomActions({ citation, describedBy, onFix }: { citation: PhantomCitation; describedBy: string; onFix(fix: CitationFix): void }) {
  const [relinking, setRelinking] = useState(false);
  return (
    <span className="export-phantom">
      <button type="button" className="link-button" aria-describedby={describedBy} aria-expanded={relinking} data-testid="finding-relink" onClick={() => setRelinking((r) => !r)}>
        Relink…
      </button>
      <button type="button" className="link-button" aria-describedby={describedBy} data-testid="finding-remove" onClick={() => onFix({ kind: 'remove', citation })}>
        Remove from note
      </button>
      {relinking && <RelinkPicker citation={citation} onPick={(to) => onFix({ kind: 'relink', citation, to })} />}
    </span>
  );
}

function RelinkPicker({ citation, onPick }: { citation: PhantomCitation; onPick(to: { factId: string; factVersion: number; statement: string }): void }) {
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState<FactSummary | null>(null);
  const [results, setResults] = useState<FactSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  // A version that never existed of a fact the store has: its current version is the likely fix.
  useEffect(() => {
    if (citation.missing !== 'version') return;
    let live = true;
    api['facts.status']({ ids: [citation.factId] })
      .then((r) => live && setCurrent(r.facts[0] ?? null))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [citation]);
  useEffect(() => {
    if (!query.trim()) {
      setResults([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api['facts.search']({ query, limit: 5 })
        .then((r) => live && (setResults(r.results), setError(null)))
        .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);
  const options = [...(current ? [current] : []), ...results.filter((r) => r.id !== current?.id)];
  return (
    <span className="export-relink" data-testid="relink-picker">
      <input
        type="search"
        value={query}
        autoFocus
        placeholder="Search the fact store"
        aria-label="Search the fact store for the fact to cite instead"
        onChange={(e) => setQuery(e.target.value)}
      />
      {error && <span className="muted">{error}</span>}
      <ul>
        {options.map((fact) => (
          <li key={fact.id}>
            <button
              type="button"
              className="link-button"
              data-testid="relink-option"
              data-fact-id={fact.id}
              onClick={() => onPick({ factId: fact.id, factVersion: fact.version, statement: fact.statement })}
            >
              {fact.id === citation.factId ? `Cite its current version (v${fact.version}): ` : 'Cite: '}
              {fact.statement}
            </button>
            <span className="muted"> · {fact.status}</span>
          </li>
        ))}
      </ul>
    </span>
  );
}

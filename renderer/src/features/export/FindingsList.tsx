import { useId } from 'react';
import { groupFindings, type Finding } from './findings';

interface Props {
  findings: Finding[];
  onShowFact(factId: string): void;
}

/** The check's findings, grouped, blockers first; each fact finding can jump to its chip. */
export function FindingsList({ findings, onShowFact }: Props) {
  return (
    <div className="export-findings" data-testid="export-findings">
      {groupFindings(findings).map((group) => (
        <FindingGroupView key={group.key} groupKey={group.key} title={group.title} severity={group.severity} findings={group.findings} onShowFact={onShowFact} />
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
}: { groupKey: string; title: string; severity: 'blocker' | 'warning'; findings: Finding[] } & Pick<Props, 'onShowFact'>) {
  const headingId = useId();
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
          </li>
        ))}
      </ul>
    </section>
  );
}

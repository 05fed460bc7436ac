import { useEffect, useState } from 'react';
import type { FactSummary } from '../../../../shared/model';
import { formatReferences, type FormattedReference } from './formatReferences';
import type { NumberedCitation } from './numbering';

/** The references list as it will appear at the end of the exported note. */
export function ReferencesPreview({ citations, facts }: { citations: readonly NumberedCitation[]; facts: ReadonlyMap<string, FactSummary> }) {
  const [references, setReferences] = useState<FormattedReference[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    formatReferences(citations, facts)
      .then((r) => current && (setReferences(r), setError(null)))
      .catch((e: unknown) => current && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      current = false;
    };
  }, [citations, facts]);
  if (citations.length === 0) return null;
  return (
    <section className="references" aria-labelledby="references-heading" data-testid="references">
      <h2 id="references-heading">References</h2>
      {error && <p className="muted">References could not be formatted: {error}</p>}
      <ol>
        {references.map((r) => (
          <li key={r.factId} value={r.number} data-fact-id={r.factId}>
            {r.text}
          </li>
        ))}
      </ol>
    </section>
  );
}

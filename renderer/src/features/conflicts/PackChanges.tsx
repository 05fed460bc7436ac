import { useCallback, useEffect, useState } from 'react';
import type { PackChange } from '../../../../shared/contract/packs';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';
import { statusLabels, valueLabel } from '../curation/labels';

interface Props {
  onOpenFact(id: string): void;
  requireName(): Promise<string | null>;
}

/**
 * What imported fact packs would change in facts this store holds. Nothing of it is applied
 * until someone here accepts it; the names it carries are the pack's claims, and the pack's
 * checksum only shows the file arrived whole, not who made it.
 */
export function PackChanges({ onOpenFact, requireName }: Props) {
  const [changes, setChanges] = useState<PackChange[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => {
    api['packs.pendingChanges']({}).then(
      (r) => setChanges(r.changes),
      (e: unknown) => setError(errorMessage(e)),
    );
  }, []);
  useEffect(load, [load]);

  const decide = async (change: PackChange, accept: boolean) => {
    const by = await requireName();
    if (!by) return;
    try {
      await (accept ? api['packs.acceptChange'] : api['packs.rejectChange'])({ id: change.id, by });
      setNotice(accept ? `Accepted the pack's change to ${change.factId}.` : `Rejected the pack's change to ${change.factId}; the fact is as it was.`);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
    load();
  };

  if (changes === null || (changes.length === 0 && !notice && !error)) return null;
  return (
    <section className="pack-changes" aria-label="Changes from fact packs" data-testid="pack-changes">
      <h2>Changes from fact packs</h2>
      <p className="muted">
        A pack never changes a fact you hold: what it would change waits here. Names are what the pack claims; its checksum shows the file
        arrived whole, not who made it.
      </p>
      {notice && (
        <p className="notice" role="status" data-testid="pack-changes-notice">
          {notice}
        </p>
      )}
      {error && (
        <p className="pane-error" role="alert">
          {error}
        </p>
      )}
      <ul className="conflict-facts">
        {changes.map((change) => (
          <li key={change.id} className="conflict-fact" data-testid="pack-change" data-fact-id={change.factId}>
            <p>
              <strong>{change.factId}</strong> v{change.current.version} <span className={`badge badge-${change.current.status}`}>{statusLabels[change.current.status]}</span>{' '}
              {valueLabel({ ...change.current, qualifier: null }) || ''}
            </p>
            <p className="conflict-statement">{change.current.statement}</p>
            <ul className="pack-change-lines">
              {change.summary.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p className="muted">
              From {change.fileName}
              {change.claimedBy ? `, made by “${change.claimedBy}” as the pack claims` : ''}; imported by {change.importedBy} on {change.importedAt.slice(0, 10)}.
            </p>
            <div className="conflict-actions">
              <button type="button" className="button button-small" onClick={() => onOpenFact(change.factId)} aria-label={`Open fact ${change.factId}`}>
                Open
              </button>
              <button type="button" className="button button-small" onClick={() => void decide(change, false)} data-testid="reject-pack-change">
                Reject
              </button>
              <button type="button" className="button button-small button-primary" onClick={() => void decide(change, true)} data-testid="accept-pack-change">
                Accept
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

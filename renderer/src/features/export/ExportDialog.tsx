import { useEffect, useId, useState } from 'react';
import { Dialog } from '../shell/Dialog';
import { EditSourceDialog } from '../sources/EditSourceDialog';
import { FindingsList } from './FindingsList';
import type { CitationFix } from './fixCitation';
import { exportDecision, formatBytes, plural, type PreExportCheck } from './findings';
import type { CitationStyle, ExportFlow } from './useExportFlow';

interface Props {
  flow: ExportFlow;
  onShowFact(factId: string): void;
  /** After the dialog has closed and the browser has given focus back to what opened it. */
  onClosed?(): void;
  /** Relink or remove a phantom citation in the open note, then check again. */
  onFixCitation?(fix: CitationFix): void;
}

const allClear = 'No problems found: every cited fact is current and verified, and the note has its marking and details.';

export function ExportDialog({ flow, onShowFact, onFixCitation, onClosed }: Props) {
  const { phase } = flow;
  // A finding about a source's missing details opens its Edit details dialog; saving checks again.
  const [editingSource, setEditingSource] = useState<string | null>(null);
  return (
    <>
    <EditSourceDialog
      sourceId={editingSource}
      onClose={() => setEditingSource(null)}
      onSaved={() => {
        setEditingSource(null);
        void flow.recheck();
      }}
    />
    <Dialog
      title="Export to Word"
      open={phase.kind !== 'closed'}
      onClose={() => {
        flow.close();
        onClosed?.();
      }}
      testId="export-dialog" className="export-dialog">
      {phase.kind === 'preparing' && <p className="muted" role="status">Saving the note and checking it before export…</p>}
      {phase.kind === 'review' && <ReviewStep check={phase.check} flow={flow} onShowFact={onShowFact} onFixCitation={onFixCitation} onEditSource={setEditingSource} />}
      {phase.kind === 'building' && (
        <>
          {phase.check.findings.length === 0 && <p className="export-ok">{allClear}</p>}
          <BuildProgress startedAt={phase.startedAt} />
          <div className="dialog-actions">
            <button type="button" className="button" onClick={flow.close}>
              Cancel
            </button>
          </div>
        </>
      )}
      {phase.kind === 'done' && (
        <>
          {phase.check.findings.length === 0 && <p className="export-ok">{allClear}</p>}
          <p role="status" className="export-done" data-testid="export-done">
            Exported <strong>{phase.fileName}</strong> ({formatBytes(phase.bytes)}). Your browser saves it to your downloads, or asks where to put it.
          </p>
          <div className="dialog-actions">
            <button type="button" className="button button-primary" onClick={flow.close} autoFocus>
              Done
            </button>
          </div>
        </>
      )}
      {phase.kind === 'failed' && (
        <>
          <p role="alert" className="export-error" data-testid="export-error">
            <strong>The Word file was not made.</strong> {phase.message}
          </p>
          <p className="muted">Nothing in the note was changed.</p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={flow.close}>
              Close
            </button>
            <button type="button" className="button button-primary" onClick={() => void flow.recheck()}>
              Check again
            </button>
          </div>
        </>
      )}
    </Dialog>
    </>
  );
}

function ReviewStep({
  check,
  flow,
  onShowFact,
  onFixCitation,
  onEditSource,
}: { check: PreExportCheck; flow: ExportFlow; onEditSource(sourceId: string): void } & Pick<Props, 'onShowFact' | 'onFixCitation'>) {
  const [confirmed, setConfirmed] = useState(false);
  const decision = exportDecision(check, confirmed);
  const reasonId = useId();
  return (
    <>
      <p className="export-summary" data-testid="export-summary">
        {decision.blockerCount > 0
          ? `The check found ${plural(decision.blockerCount, 'problem')} that must be fixed before export${decision.warningCount > 0 ? `, and ${plural(decision.warningCount, 'item')} to review` : ''}.`
          : `The check found ${plural(decision.warningCount, 'item')} to review before this note leaves the app.`}
        <span className="muted"> {check.wordCount.toLocaleString()} words.</span>
      </p>
      <FindingsList findings={check.findings} onShowFact={onShowFact} onFixCitation={onFixCitation} onEditSource={onEditSource} />
      <StyleChoice style={flow.style} onChange={flow.setStyle} />
      {decision.needsConfirmation && (
        <label className="export-confirm">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} data-testid="export-confirm" />
          {decision.warningCount === 1 ? 'I have reviewed this item' : `I have reviewed these ${decision.warningCount} items`}
        </label>
      )}
      <div className="dialog-actions export-actions">
        {decision.reason && (
          <p id={reasonId} className={`export-reason${decision.blockerCount > 0 ? ' export-reason--blocked' : ''}`} data-testid="export-reason">
            {decision.reason}
          </p>
        )}
        <button type="button" className="button" onClick={flow.close}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!decision.canExport}
          aria-describedby={decision.reason ? reasonId : undefined}
          data-testid="export-run"
          onClick={() => flow.exportNow(check, decision.needsConfirmation && confirmed)}
        >
          {decision.buttonLabel}
        </button>
      </div>
    </>
  );
}

function StyleChoice({ style, onChange }: { style: CitationStyle; onChange(style: CitationStyle): void }) {
  const options: [CitationStyle, string, string][] = [
    ['chicago', 'Chicago', 'footnotes and bibliography'],
    ['apa', 'APA', 'author-date, with a reference list'],
  ];
  return (
    <fieldset className="export-style" data-testid="export-style">
      <legend>Citation style</legend>
      {options.map(([value, name, detail]) => (
        <label key={value}>
          <input type="radio" name="export-style" value={value} checked={style === value} onChange={() => onChange(value)} />
          <strong>{name}</strong> <span className="muted">{detail}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Shown only for exports that take more than a moment, so quick ones do not flash a bar. */
function BuildProgress({ startedAt }: { startedAt: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(timer);
  }, []);
  const elapsed = now - startedAt;
  if (elapsed < 300) return <p className="export-progress-placeholder" aria-hidden="true" />;
  // We cannot know how far the build is; an easing fill that never reaches the end reads as progress without lying about it.
  const fill = 95 * (1 - Math.exp(-elapsed / 2500));
  const seconds = Math.floor(elapsed / 1000);
  return (
    <div className="export-progress" data-testid="export-progress">
      <p role="status">
        Building the Word document… <span className="muted">{seconds} s</span>
      </p>
      <div className="export-bar" role="progressbar" aria-label="Building the Word document" aria-valuetext={`${seconds} seconds elapsed`}>
        <div className="export-bar-fill" style={{ width: `${fill.toFixed(1)}%` }} />
      </div>
    </div>
  );
}

import { useEffect, useId, useState } from 'react';
import { Dialog } from '../shell/Dialog';
import { EditSourceDialog } from '../sources/EditSourceDialog';
import { FindingsList } from './FindingsList';
import type { CitationFix } from './fixCitation';
import { exportDecision, formatBytes, type PreExportCheck } from './findings';
import type { CitationStyle, ExportFlow } from './useExportFlow';
import { useTranslation } from 'react-i18next';

interface Props {
  flow: ExportFlow;
  onShowFact(factId: string): void;
  /** After the dialog has closed and the browser has given focus back to what opened it. */
  onClosed?(): void;
  /** Relink or remove a phantom citation in the open note, then check again. */
  onFixCitation?(fix: CitationFix): void;
  /** Opens a fact's page at its translate form (a fact with no statement in the note's language). */
  onAddTranslation?(factId: string): void;
}

export function ExportDialog({ flow, onShowFact, onFixCitation, onAddTranslation, onClosed }: Props) {
  const { phase } = flow;
  // A finding about a source's missing details opens its Edit details dialog; saving checks again.
  const [editingSource, setEditingSource] = useState<string | null>(null);
  const { t } = useTranslation();
  const allClear = t('export.allClear');
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
      title={t('export.title')}
      open={phase.kind !== 'closed'}
      onClose={() => {
        flow.close();
        onClosed?.();
      }}
      testId="export-dialog" className="export-dialog">
      {phase.kind === 'preparing' && <p className="muted" role="status">{t('export.preparing')}</p>}
      {phase.kind === 'review' && (
        <ReviewStep check={phase.check} flow={flow} onShowFact={onShowFact} onFixCitation={onFixCitation} onAddTranslation={onAddTranslation} onEditSource={setEditingSource} />
      )}
      {phase.kind === 'building' && (
        <>
          {phase.check.findings.length === 0 && <p className="export-ok">{allClear}</p>}
          <BuildProgress startedAt={phase.startedAt} />
          <div className="dialog-actions">
            <button type="button" className="button" onClick={flow.close}>
              {t('common.cancel')}
            </button>
          </div>
        </>
      )}
      {phase.kind === 'done' && (
        <>
          {phase.check.findings.length === 0 && <p className="export-ok">{allClear}</p>}
          <p role="status" className="export-done" data-testid="export-done">
            {t('export.donePrefix')} <strong>{phase.fileName}</strong> ({formatBytes(phase.bytes)}). {t('export.doneSaved')}
          </p>
          <div className="dialog-actions">
            <button type="button" className="button button-primary" onClick={flow.close} autoFocus>
              {t('common.done')}
            </button>
          </div>
        </>
      )}
      {phase.kind === 'failed' && (
        <>
          <p role="alert" className="export-error" data-testid="export-error">
            <strong>{t('export.failed')}</strong> {phase.message}
          </p>
          <p className="muted">{t('export.unchanged')}</p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={flow.close}>
              {t('common.close')}
            </button>
            <button type="button" className="button button-primary" onClick={() => void flow.recheck()}>
              {t('export.checkAgain')}
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
  onAddTranslation,
  onEditSource,
}: { check: PreExportCheck; flow: ExportFlow; onEditSource(sourceId: string): void } & Pick<Props, 'onShowFact' | 'onFixCitation' | 'onAddTranslation'>) {
  const [confirmed, setConfirmed] = useState(false);
  const decision = exportDecision(check, confirmed);
  const reasonId = useId();
  const { t } = useTranslation();
  return (
    <>
      <p className="export-summary" data-testid="export-summary">
        {decision.blockerCount > 0
          ? decision.warningCount > 0
            ? t('export.summaryBlockersAndItems', { blockers: decision.blockerCount, items: decision.warningCount })
            : t('export.summaryBlockers', { count: decision.blockerCount })
          : t('export.summaryItems', { count: decision.warningCount })}
        <span className="muted" data-testid="export-page-estimate">
          {' '}
          {t('export.words', { count: check.wordCount })} {t('export.pages', { pages: check.pageEstimate })}
        </span>
      </p>
      <FindingsList findings={check.findings} onShowFact={onShowFact} onFixCitation={onFixCitation} onAddTranslation={onAddTranslation} onEditSource={onEditSource} />
      <StyleChoice style={flow.style} onChange={flow.setStyle} />
      {decision.needsConfirmation && (
        <label className="export-confirm">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} data-testid="export-confirm" />
          {t('export.reviewed', { count: decision.warningCount })}
        </label>
      )}
      <div className="dialog-actions export-actions">
        {decision.reason && (
          <p id={reasonId} className={`export-reason${decision.blockerCount > 0 ? ' export-reason--blocked' : ''}`} data-testid="export-reason">
            {decision.reason}
          </p>
        )}
        <button type="button" className="button" onClick={flow.close}>
          {t('common.cancel')}
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
  const { t } = useTranslation();
  const options: [CitationStyle, string, string][] = [
    ['chicago', 'Chicago', t('export.styleChicago')],
    ['apa', 'APA', t('export.styleApa')],
  ];
  return (
    <fieldset className="export-style" data-testid="export-style">
      <legend>{t('export.style')}</legend>
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
  const { t } = useTranslation();
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
        {t('export.building')} <span className="muted">{t('export.seconds', { seconds })}</span>
      </p>
      <div className="export-bar" role="progressbar" aria-label={t('export.buildingLabel')} aria-valuetext={t('export.elapsed', { seconds })}>
        <div className="export-bar-fill" style={{ width: `${fill.toFixed(1)}%` }} />
      </div>
    </div>
  );
}

import { formatWhen } from '../../i18n/when';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactDetail, FactFields, QuoteSelector } from '../../../../shared/model';
import { noteLanguages, type NoteLanguage } from '../../../../shared/note-format';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';
import { AddEvidenceDialog } from './AddEvidenceDialog';
import { statusLabels, valueLabel } from './labels';
import { FactOriginBadge, VerifiedBy } from '../department/FactOrigin';
import { ReasonDialog } from './ReasonDialog';
import { ReviseDialog } from './ReviseDialog';
import { TranslateDialog } from './TranslateDialog';
import { VersionDiff } from './VersionDiff';
import { PaneMessages } from '../shell/PaneMessages';

interface Props {
  factId: string;
  /** Open with the form for the statement in this language (from the export check's "Add the translation"). */
  translateTo?: NoteLanguage | null;
  onBack(): void;
  onOpenSource(id: string): void;
  requireName(): Promise<string | null>;
}

type Action = 'dispute' | 'retract' | 'revise' | 'evidence' | 'translate' | null;


/** One fact: its current version, versions with a diff, evidence, status history and the curator's actions. */
export function FactPage({ factId, translateTo = null, onBack, onOpenSource, requireName }: Props) {
  const { t } = useTranslation();
  const [fact, setFact] = useState<FactDetail | null>(null);
  const [action, setAction] = useState<Action>(translateTo ? 'translate' : null);
  const [translating, setTranslating] = useState<NoteLanguage | null>(translateTo);
  const [error, setError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    api['facts.get']({ id: factId }).then(setFact, (e: unknown) => setError(errorMessage(e)));
  }, [factId]);

  /** Runs an action with the user's name; refusals stay in the open dialog, or on the page. */
  const run = useCallback(
    async (what: string, call: (by: string) => Promise<FactDetail>) => {
      const by = await requireName();
      if (!by) return;
      try {
        setFact(await call(by));
        setAction(null);
        setActionError(null);
        setError(null);
        setNotice(what);
      } catch (e) {
        if (action) setActionError(errorMessage(e));
        else setError(errorMessage(e));
      }
    },
    [requireName, action],
  );

  const quotedSourceIds = useMemo(() => fact?.evidence.map((e) => e.sourceId) ?? [], [fact]);

  const open = (next: Action) => {
    setActionError(null);
    setNotice(null);
    setAction(next);
  };

  if (!fact) {
    return (
      <main className="curation-page" aria-label={t('fact.label')}>
        <button type="button" className="link-button" onClick={onBack}>
          {t('fact.back')}
        </button>
        {error ? <p className="pane-error" role="alert">{error}</p> : <p className="muted">{t('common.loading')}</p>}
      </main>
    );
  }

  const retracted = fact.status === 'retracted';
  const value = valueLabel(fact);
  return (
    <main className="curation-page fact-page" aria-label={t('fact.label')} data-testid="fact-page" data-fact-id={fact.id}>
      <button type="button" className="link-button back-link" onClick={onBack} data-testid="back-to-facts">
        {t('fact.back')}
      </button>
      <header className="fact-page-header">
        <div className="fact-card-badges">
          <span className={`badge badge-${fact.status}`} data-testid="fact-status">
            {statusLabels[fact.status]}
          </span>
          {fact.corroborated && <span className="badge badge-corroborated">{t('facts.corroborated')}</span>}
          {fact.inConflict && <span className="badge badge-conflict">{t('facts.inConflict')}</span>}
          <FactOriginBadge fact={fact} />
          <span className="muted fact-id">
            {fact.id} · {t('fact.versionShort', { version: fact.version })}
          </span>
        </div>
        <h1 data-testid="fact-statement">{fact.statement}</h1>
        <VerifiedBy fact={fact} />
        <div className="fact-actions" role="toolbar" aria-label={t('fact.actions')}>
          <button type="button" className="button button-primary" disabled={retracted || fact.status === 'verified'} onClick={() => void run(t('fact.done.verified'), (by) => api['facts.verify']({ id: fact.id, by }))} data-testid="action-verify">
            {t('fact.verify')}
          </button>
          <button type="button" className="button" disabled={retracted} onClick={() => open('revise')} data-testid="action-revise">
            {t('fact.revise')}
          </button>
          <button type="button" className="button" disabled={retracted} onClick={() => open('evidence')} data-testid="action-evidence">
            {t('fact.addEvidence')}
          </button>
          <button type="button" className="button" disabled={retracted || fact.status === 'disputed'} onClick={() => open('dispute')} data-testid="action-dispute">
            {t('fact.dispute')}
          </button>
          <button type="button" className="button button-danger" disabled={retracted} onClick={() => open('retract')} data-testid="action-retract">
            {t('fact.retract')}
          </button>
        </div>
        <PaneMessages notice={notice} error={error} errorTestId="fact-error" />
      </header>

      <section aria-labelledby="statements-heading" className="fact-section" data-testid="fact-statements">
        <h2 id="statements-heading">{t('translate.existing')}</h2>
        <dl className="fact-fields">
          {noteLanguages.map((language) => {
            const text = language === fact.language ? fact.statement : fact.translations[language];
            return (
              <div key={language} className="fact-statement-row">
                <dt>{t(`language.${language}`)}</dt>
                <dd lang={language} data-testid={`fact-statement-${language}`}>
                  {text ?? '—'}{' '}
                  {language !== fact.language && (
                    <button
                      type="button"
                      className="button button-small"
                      disabled={retracted}
                      data-testid={`action-translate-${language}`}
                      onClick={() => {
                        setTranslating(language);
                        open('translate');
                      }}
                    >
                      {t('translate.add', { language: t(`language.${language}`) })}
                    </button>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      </section>

      <section aria-labelledby="fields-heading" className="fact-section">
        <h2 id="fields-heading">{t('fact.current')}</h2>
        <dl className="fact-fields">
          <dt>{t('fact.fields.value')}</dt>
          <dd>{value || t('fact.noValue')}</dd>
          <dt>{t('fact.fields.metric')}</dt>
          <dd>{fact.metric ?? '—'}</dd>
          <dt>{t('fact.fields.subject')}</dt>
          <dd>{fact.subject ?? '—'}</dd>
          <dt>{t('fact.fields.period')}</dt>
          <dd>{fact.period ?? '—'}</dd>
          <dt>{t('fact.fields.claimant')}</dt>
          <dd>{fact.claimant ?? '—'}</dd>
          <dt>{t('fact.fields.topics')}</dt>
          <dd>{fact.topics.join(', ') || '—'}</dd>
          {fact.notes && (
            <>
              <dt>{t('fact.fields.notes')}</dt>
              <dd className="pre-wrap">{fact.notes}</dd>
            </>
          )}
        </dl>
      </section>

      <section aria-labelledby="evidence-heading" className="fact-section">
        <h2 id="evidence-heading">{t('fact.evidence', { count: fact.evidence.length })}</h2>
        <ul className="evidence-list" data-testid="evidence-list">
          {fact.evidence.map((e) => (
            <li key={e.id} className={`evidence evidence--${e.anchor}`}>
              <blockquote>“{e.selector.exact}”</blockquote>
              <p className="evidence-meta">
                <button type="button" className="link-button" onClick={() => onOpenSource(e.sourceId)}>
                  {e.sourceTitle}
                </button>
                {' · '}
                <span className={`anchor anchor--${e.anchor}`} data-testid="anchor-state">
                  {t(`fact.anchor.${e.anchor}`)}
                </span>
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="versions-heading" className="fact-section">
        <h2 id="versions-heading">{t('fact.versions', { count: fact.versions.length })}</h2>
        <ol className="version-list" data-testid="version-list">
          {fact.versions.map((v) => (
            <li key={v.version}>
              <strong>{t('history.version', { version: v.version })}</strong> · {formatWhen(v.createdAt)} · {v.createdBy}
              {v.reason && <span className="muted"> — {v.reason}</span>}
            </li>
          ))}
        </ol>
        {fact.versions.length > 1 && <VersionDiff versions={fact.versions} />}
      </section>

      <section aria-labelledby="history-heading" className="fact-section">
        <h2 id="history-heading">{t('fact.statusHistory')}</h2>
        <ol className="status-history" data-testid="status-history">
          {fact.history.map((h, i) => (
            <li key={i}>
              <span className={`badge badge-${h.status}`}>{statusLabels[h.status]}</span> {formatWhen(h.at)} · {h.by}
              {h.reason && <span className="muted"> — {h.reason}</span>}
            </li>
          ))}
        </ol>
      </section>

      <ReasonDialog
        title={t('fact.disputeTitle')}
        explanation={t('fact.disputeExplanation')}
        confirmLabel={t('fact.disputeConfirm')}
        open={action === 'dispute'}
        error={actionError}
        onClose={() => setAction(null)}
        onConfirm={(reason) => void run(t('fact.done.disputed'), (by) => api['facts.dispute']({ id: fact.id, by, reason }))}
      />
      <ReasonDialog
        title={t('fact.retractTitle')}
        explanation={t('fact.retractExplanation')}
        confirmLabel={t('fact.retractConfirm')}
        open={action === 'retract'}
        error={actionError}
        onClose={() => setAction(null)}
        onConfirm={(reason) => void run(t('fact.done.retracted'), (by) => api['facts.retract']({ id: fact.id, by, reason }))}
      />
      <ReviseDialog
        fact={fact}
        open={action === 'revise'}
        error={actionError}
        onClose={() => setAction(null)}
        onRevise={(fields: FactFields, reason) => void run(t('fact.done.revised', { version: fact.version + 1 }), (by) => api['facts.revise']({ id: fact.id, fields, reason, by }))}
      />
      <TranslateDialog
        fact={fact}
        language={action === 'translate' ? translating : null}
        error={actionError}
        onClose={() => setAction(null)}
        onSave={(statement) =>
          void run(`Saved as version ${fact.version + 1}.`, (by) => api['facts.translate']({ id: fact.id, language: translating!, statement, by }))
        }
      />
      <AddEvidenceDialog
        open={action === 'evidence'}
        quotedSourceIds={quotedSourceIds}
        error={actionError}
        onClose={() => setAction(null)}
        onAdd={(sourceId: string, selector: QuoteSelector) => void run(t('fact.done.evidence'), (by) => api['facts.addEvidence']({ id: fact.id, evidence: { sourceId, selector }, by }))}
      />
    </main>
  );
}

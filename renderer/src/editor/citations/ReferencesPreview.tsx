import type { ServedCitations } from './useServedCitations';
import { useTranslation } from 'react-i18next';

/** The references list as it will appear at the end of the exported note: the export's own footnote text (export.citations). */
export function ReferencesPreview({ served }: { served: ServedCitations }) {
  const { t } = useTranslation();
  if (served.notes.length === 0 && !served.error) return null;
  return (
    <section className="references" aria-labelledby="references-heading" data-testid="references">
      <h2 id="references-heading">{t('editor.references')}</h2>
      {served.error && <p className="muted">{t('editor.referencesFailed', { error: served.error })}</p>}
      <ol>
        {served.notes.map((r) => (
          <li key={r.factId} value={r.number} data-fact-id={r.factId}>
            {r.text}
            {r.quote && (
              <q className="references-quote" data-testid="reference-quote">
                {r.quote.text}
              </q>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

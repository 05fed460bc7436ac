import type { ResponseOf } from '../../../../shared/api';
import { Dialog } from './Dialog';
import { useTranslation } from 'react-i18next';

type Info = ResponseOf<'app.info'>;

export function AboutDialog({ info, open, onClose }: { info: Info; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('about.title')} open={open} onClose={onClose}>
      <section aria-label={t('about.workspace')} className="about" data-testid="app-info">
        <dl>
          <dt>{t('about.version')}</dt>
          <dd data-testid="app-version">{info.version}</dd>
          <dt>{t('about.dataFolder')}</dt>
          <dd data-testid="data-dir">{info.dataDir}</dd>
          <dt>{t('about.schema')}</dt>
          <dd data-testid="schema-version">{info.schemaVersion}</dd>
          <dt>{t('about.sources')}</dt>
          <dd data-testid="count-sources">{info.counts.sources}</dd>
          <dt>{t('about.facts')}</dt>
          <dd data-testid="count-facts">{info.counts.facts}</dd>
          <dt>{t('about.notes')}</dt>
          <dd data-testid="count-notes">{info.counts.notes}</dd>
        </dl>
      </section>
    </Dialog>
  );
}

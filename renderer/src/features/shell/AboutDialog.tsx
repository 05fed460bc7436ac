import type { ResponseOf } from '../../../../shared/api';
import { Dialog } from './Dialog';

type Info = ResponseOf<'app.info'>;

export function AboutDialog({ info, open, onClose }: { info: Info; open: boolean; onClose(): void }) {
  return (
    <Dialog title="About Briefing Studio" open={open} onClose={onClose}>
      <section aria-label="This workspace" className="about" data-testid="app-info">
        <dl>
          <dt>Version</dt>
          <dd data-testid="app-version">{info.version}</dd>
          <dt>Data folder</dt>
          <dd data-testid="data-dir">{info.dataDir}</dd>
          <dt>Store schema</dt>
          <dd data-testid="schema-version">{info.schemaVersion}</dd>
          <dt>Sources</dt>
          <dd data-testid="count-sources">{info.counts.sources}</dd>
          <dt>Facts</dt>
          <dd data-testid="count-facts">{info.counts.facts}</dd>
          <dt>Notes</dt>
          <dd data-testid="count-notes">{info.counts.notes}</dd>
        </dl>
      </section>
    </Dialog>
  );
}

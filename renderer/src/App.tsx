import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import { api } from './api';

type Info = ResponseOf<'app.info'>;

export function App() {
  const [info, setInfo] = useState<Info | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api['app.info']({})
      .then(setInfo)
      .catch((e: unknown) => setError(e instanceof ApiError || e instanceof Error ? e.message : String(e)));
  }, []);

  return (
    <div className="app" data-ready={info ? 'true' : 'false'}>
      <header className="app-header">
        <h1>Briefing Studio</h1>
      </header>
      <main className="app-main">
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {info && (
          <section aria-labelledby="about-heading" className="about" data-testid="app-info">
            <h2 id="about-heading">This workspace</h2>
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
        )}
      </main>
    </div>
  );
}

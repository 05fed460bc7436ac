import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import { api } from './api';
import { AboutDialog } from './features/shell/AboutDialog';
import { AppHeader } from './features/shell/AppHeader';
import { useLayout } from './features/shell/useLayout';
import { Workspace } from './features/shell/Workspace';
import { StatusBar } from './features/statusbar/StatusBar';

type Info = ResponseOf<'app.info'>;

export function App() {
  const [info, setInfo] = useState<Info | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [layout, setLayout] = useLayout();
  const [aboutOpen, setAboutOpen] = useState(false);

  useEffect(() => {
    api['app.info']({})
      .then(setInfo)
      .catch((e: unknown) => setError(e instanceof ApiError || e instanceof Error ? e.message : String(e)));
  }, []);

  return (
    <div className="app" data-ready={info ? 'true' : 'false'}>
      <AppHeader title={null} layout={layout} onLayout={setLayout} />
      {error && (
        <p role="alert" className="app-error">
          {error}
        </p>
      )}
      <Workspace
        layout={layout}
        onLayout={setLayout}
        library={<p className="muted pad">Notes</p>}
        editor={<p className="muted pad">Open a note to start writing.</p>}
        facts={<p className="muted pad">Facts</p>}
      />
      <StatusBar words={0} citations={0} warnings={0} saveState={{ kind: 'idle' }} version={info?.version ?? null} onAbout={() => setAboutOpen(true)} />
      {info && <AboutDialog info={info} open={aboutOpen} onClose={() => setAboutOpen(false)} />}
    </div>
  );
}

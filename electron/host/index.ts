/**
 * `npm run serve`: browser mode. Opens the store for the data directory, starts the host on
 * 127.0.0.1 and prints the URL (with its per-run token) on one line. Opens nothing.
 */
import { createDispatcher } from '../core/api/dispatch';
import { openAppServices } from '../core/app/services';
import { appRoot, appVersion, defaultResourcesDir, rendererDir, resolveDataDir } from '../core/paths';
import { startHost } from './server';

function portArgument(argv: readonly string[]): number | undefined {
  const i = argv.indexOf('--port');
  const raw = i >= 0 ? argv[i + 1] : process.env.BRIEFING_PORT;
  if (raw === undefined) return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535, not "${raw}"`);
  }
  return port;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const root = appRoot();
  const services = openAppServices({
    dataDir: resolveDataDir(argv),
    resourcesDir: defaultResourcesDir(root),
    version: appVersion(root),
    transport: 'browser',
  });
  const dispatch = createDispatcher(services.handlers, {
    onInternalError: (method, error) => console.error(`[host] ${method} failed:`, error),
  });
  const host = await startHost({ dispatch, rendererDir: rendererDir(root), port: portArgument(argv), events: services.events });
  // The department's live link, while this data folder is joined to one (issue 16).
  services.department.start();
  process.stdout.write(`Briefing Studio (browser mode) is running at ${host.url}\n`);

  const stop = () => {
    void host
      .close()
      .then(() => services.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`briefing: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

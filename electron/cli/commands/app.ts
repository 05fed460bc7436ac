import type { CommandSpec } from '../run';

export const appCommands: Record<string, CommandSpec> = {
  info: {
    usage: 'briefing info [--json] [--data-dir DIR]',
    run: ({ call }) => call('app.info', {}),
    text: (r) => {
      const info = r as { version: string; dataDir: string; schemaVersion: number; counts: Record<string, number> };
      return (
        `Briefing Studio ${info.version}\nData: ${info.dataDir} (schema ${info.schemaVersion})\n` +
        Object.entries(info.counts)
          .map(([k, v]) => `${k}: ${v}`)
          .join('\n') +
        '\n'
      );
    },
  },
};

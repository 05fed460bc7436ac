import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MethodName, RequestOf, ResponseOf } from '../../shared/api';
import { createDispatcher } from '../core/api/dispatch';
import { openAppServices, type AppServices } from '../core/app/services';
import { storeErrorOf } from '../core/db/store-errors';
import { appRoot, appVersion, defaultResourcesDir, resolveDataDir } from '../core/paths';
import { allCommands } from './commands/index';
import { ApiError } from '../../shared/errors';
import { terminalText } from './terminal-text';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string | true>;
}

/** Flags that take a value; everything else starting with -- is a boolean switch. */
const valueFlags = new Set(['--data-dir', '--limit', '--status', '--out', '--style', '--topic', '--source', '--period', '--url', '--from-pack']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      if (eq > 0) flags.set(name, arg.slice(eq + 1));
      else if (valueFlags.has(name)) {
        const value = argv[i + 1];
        if (value === undefined) throw new UsageError(`${name} needs a value`);
        flags.set(name, value);
        i++;
      } else flags.set(name, true);
    } else positionals.push(arg);
  }
  return { positionals, flags };
}

export class UsageError extends Error {}

/**
 * Where the CLI may put its store. It creates a data folder only inside a folder that exists
 * (no `mkdir -p`: a mistyped path must not leave a trail of new folders), refuses a path that
 * climbs with `..` (a hostile or mistaken argument whose text hides where it leads), and refuses a file. The
 * resolved path is named so the user sees where the argument actually led.
 */
export function checkDataDir(dir: string, given: string | undefined): void {
  if (given !== undefined && given.split(/[\\/]/).includes('..')) {
    throw new ApiError('invalid_request', `--data-dir must not climb with "..": it leads to ${dir}. Give that folder directly if it is the one you mean.`);
  }
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    if (existsSync(dirname(dir))) return;
    throw new ApiError('not_found', `There is no data folder at ${dir}, nor a folder to create it in. Check --data-dir.`);
  }
  if (!stat.isDirectory()) throw new ApiError('invalid_request', `The data folder ${dir} is a file, not a folder. Check --data-dir.`);
}

export interface CommandContext {
  args: ParsedArgs;
  json: boolean;
  services: () => AppServices;
  /** Calls a contract method with the same validation and errors as the app's transports. */
  call<M extends MethodName>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>>;
  io: CliIo;
}

export type Command = (ctx: CommandContext) => Promise<unknown> | unknown;

/** Each command returns a value: printed as JSON with --json, else through its `text` view. */
export interface CommandSpec {
  usage: string;
  run: Command;
  text(result: unknown): string;
}

/** Command names are one or two words ("info", "facts search"). */
const commands: Record<string, CommandSpec> = allCommands;

function usage(): string {
  return 'Usage:\n' + Object.values(commands).map((c) => `  ${c.usage}`).join('\n') + '\n';
}

export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // Stored text and echoed arguments reach a terminal: its control characters are made visible.
  const io: CliIo = { stdout: (text) => rawIo.stdout(terminalText(text)), stderr: (text) => rawIo.stderr(terminalText(text)) };
  let services: AppServices | undefined;
  try {
    const args = parseArgs(argv);
    if (args.flags.has('--help') || args.positionals.length === 0) {
      io.stdout(usage());
      return args.positionals.length === 0 && !args.flags.has('--help') ? 2 : 0;
    }
    // Two-word commands ("facts search") are looked up before one-word ones.
    const two = args.positionals.slice(0, 2).join(' ');
    const name = commands[two] ? two : args.positionals[0]!;
    const spec = commands[name];
    if (!spec) throw new UsageError(`unknown command "${name}"`);
    args.positionals.splice(0, name.split(' ').length);
    const dataDirFlag = args.flags.get('--data-dir');
    const dataDir = resolveDataDir(typeof dataDirFlag === 'string' ? ['--data-dir', dataDirFlag] : []);
    checkDataDir(dataDir, typeof dataDirFlag === 'string' ? dataDirFlag : undefined);
    const json = args.flags.has('--json');
    const getServices = () => {
      if (!services) {
        const root = appRoot();
        services = openAppServices({ dataDir, resourcesDir: defaultResourcesDir(root), version: appVersion(root), transport: 'cli' });
        if (services.readOnly) io.stderr(`briefing: ${services.readOnly}\n`);
      }
      return services;
    };
    const ctx: CommandContext = {
      args,
      json,
      io,
      services: getServices,
      call: async (method, request) => {
        const envelope = await createDispatcher(getServices().handlers)(method, request);
        if (!envelope.ok) throw ApiError.fromBody(envelope.error);
        return envelope.result as ResponseOf<typeof method>;
      },
    };
    const result = await spec.run(ctx);
    io.stdout(json ? `${JSON.stringify(result, null, 2)}\n` : spec.text(result));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`briefing: ${error.message}\n${usage()}`);
      return 2;
    }
    // Commands that read the store directly (export, check, audit) get the same words as the API.
    const known = storeErrorOf(error) ?? error;
    const message = known instanceof Error ? known.message : String(known);
    io.stderr(`briefing: ${message}\n`);
    return 1;
  } finally {
    services?.close();
  }
}

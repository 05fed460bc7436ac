import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
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
  /** Options given, by their spelling on the command line ("--out"): a value, or true for a switch. */
  flags: Map<string, string | true>;
}

/** Every option any command takes, and whether it takes a value. */
const optionTypes = {
  'data-dir': 'string',
  json: 'boolean',
  help: 'boolean',
  limit: 'string',
  status: 'string',
  topic: 'string',
  source: 'string',
  period: 'string',
  out: 'string',
  style: 'string',
  trash: 'boolean',
  all: 'boolean',
  url: 'string',
  'from-pack': 'string',
  profile: 'string',
  name: 'string',
  lang: 'string',
  statement: 'string',
  watch: 'boolean',
  progress: 'boolean',
  reason: 'string',
  title: 'string',
  'original-title': 'string',
  publisher: 'string',
  published: 'string',
  accessed: 'string',
  language: 'string',
  reliability: 'string',
  encoding: 'string',
} as const;
export type OptionName = keyof typeof optionTypes;

/** How the usage lines name each option's value. */
const valueNames: Partial<Record<OptionName, string>> = { 'data-dir': 'DIR', limit: 'N', out: 'FILE', style: 'chicago|apa', source: 'ID', profile: 'PROFILE-ID', name: 'NAME', lang: 'en|vi', statement: 'TEXT', reason: 'R', encoding: 'windows-1258|utf-16le|utf-8' };

/** Taken by every command. */
const globalOptions: readonly OptionName[] = ['json', 'data-dir', 'help'];

function parseWith(argv: readonly string[], names: readonly OptionName[], strict: boolean) {
  const options = Object.fromEntries(names.map((name) => [name, { type: optionTypes[name] }]));
  return parseArgs({ args: [...argv], options, strict, allowPositionals: true });
}

const spelled = (name: OptionName) => `--${name}${optionTypes[name] === 'string' ? ` ${valueNames[name] ?? name.toUpperCase()}` : ''}`;

/** node:util's parse errors in the user's terms: which option, and what the command takes instead. */
function usageErrorFor(error: unknown, command: string, allowed: readonly OptionName[]): Error {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message;
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return new UsageError(`"briefing ${command}" has no option ${option}; it takes ${allowed.map(spelled).join(', ')}`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return new UsageError(`${option} takes no value`);
    return new UsageError(`${option} needs a value (write --option=-VALUE for a value that starts with "-")`);
  }
  return error as Error;
}

/**
 * The command named by the first one or two words ("info", "facts search"; two-word names are
 * looked up first), and its arguments parsed by node:util's parseArgs against the options that
 * command declares: anything else is refused, never silently ignored.
 */
export function parseCommandLine(argv: readonly string[]): { name: string | null; spec: CommandSpec | null; args: ParsedArgs } {
  // A first, lenient pass only finds the command words (option values are not mistaken for them).
  const loose = parseWith(argv, Object.keys(optionTypes) as OptionName[], false);
  const words = loose.positionals;
  const two = words.slice(0, 2).join(' ');
  const name = allCommands[two] ? two : (words[0] ?? null);
  const spec = name === null ? null : (allCommands[name] ?? null);
  if (name === null || spec === null) {
    return { name, spec: null, args: { positionals: words, flags: new Map(Object.keys(loose.values).map((k) => [`--${k}`, true] as const)) } };
  }
  const allowed = [...(spec.options ?? []), ...globalOptions];
  let parsed: ReturnType<typeof parseWith>;
  try {
    parsed = parseWith(argv, allowed, true);
  } catch (error) {
    const refusal = usageErrorFor(error, name, allowed);
    if (refusal instanceof UsageError) refusal.commandUsage = spec.usage;
    throw refusal;
  }
  const flags = new Map<string, string | true>();
  for (const [key, value] of Object.entries(parsed.values)) if (typeof value === 'string' || value === true) flags.set(`--${key}`, value);
  // The command words are the first positionals; what follows them is the command's.
  return { name, spec, args: { positionals: parsed.positionals.slice(name.split(' ').length), flags } };
}

export class UsageError extends Error {
  /** The usage line of the command it is about, when known. */
  commandUsage?: string;
}

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
  /** The options it takes besides --json, --data-dir and --help. */
  options?: readonly OptionName[];
  run: Command;
  text(result: unknown): string;
}


function usage(): string {
  return 'Usage:\n' + Object.values(allCommands).map((c) => `  ${c.usage}`).join('\n') + '\nEvery command takes --json (print the result as JSON) and --data-dir DIR (the store to use).\n';
}

export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // Stored text and echoed arguments reach a terminal: its control characters are made visible.
  const io: CliIo = { stdout: (text) => rawIo.stdout(terminalText(text)), stderr: (text) => rawIo.stderr(terminalText(text)) };
  let services: AppServices | undefined;
  let command: CommandSpec | null = null;
  try {
    const { name, spec, args } = parseCommandLine(argv);
    command = spec;
    if (name === null) {
      io.stdout(usage());
      return args.flags.has('--help') ? 0 : 2;
    }
    if (!spec) throw new UsageError(`unknown command "${name}"`);
    if (args.flags.has('--help')) {
      io.stdout(`Usage: ${spec.usage}\n`);
      return 0;
    }
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
      io.stderr(`briefing: ${error.message}\n${error.commandUsage ?? command?.usage ? `Usage: ${error.commandUsage ?? command?.usage}\n` : usage()}`);
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

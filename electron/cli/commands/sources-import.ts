/**
 * `briefing sources import FILE... [--json]`: extracts every file first, and imports none of
 * them if any is refused, so a batch is never half-imported; then stores each through the
 * contract's `sources.import` (one transaction per source, in the store). Each file is read in
 * an importer thread of its own (core/ingest/isolated.ts), one after the other.
 */
import { readFileSync, statSync } from 'node:fs';
import type { SourcesImportResponse } from '../../../shared/contract/sources';
import { ApiError } from '../../../shared/errors';
import { checkRegularFile, checkSourceSize, extractSourceIsolated, importWarningText, toImportRequest, type ExtractedSource } from '../../core/ingest';
import { baseName } from '../../core/ingest/refusal';
import { chosenEncodings, type ChosenEncoding } from '../../core/ingest/text-encoding';
import { UsageError, type CommandContext, type CommandSpec } from '../run';

export interface ImportedFile {
  file: string;
  format: ExtractedSource['format'];
  encoding?: string;
  warnings: string[];
  source: SourcesImportResponse['source'];
  alreadyImported: boolean;
}

/** Reads and extracts one file; every failure becomes a refusal naming the file. */
async function readSource(path: string, encoding: ChosenEncoding | undefined): Promise<ExtractedSource> {
  let size: number;
  try {
    const stat = statSync(path);
    checkRegularFile(stat, path);
    size = stat.size;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ApiError('refused', `“${baseName(path)}” cannot be imported: ${missing ? `there is no such file (${path})` : 'the file cannot be opened (permission denied?)'}.`);
  }
  // Refused from its size alone, so a huge file is never read into memory.
  checkSourceSize(size, path);
  // Read in the importer thread, so a hostile file costs a refusal, not the command (isolated.ts).
  return extractSourceIsolated(readFileSync(path), path, {}, encoding);
}

async function importFiles(ctx: CommandContext): Promise<{ imported: ImportedFile[] }> {
  const paths = ctx.args.positionals;
  if (paths.length === 0) throw new UsageError('sources import needs at least one FILE');
  const named = ctx.args.flags.get('--encoding');
  if (named !== undefined && !chosenEncodings.includes(named as ChosenEncoding)) {
    throw new UsageError(`--encoding takes ${chosenEncodings.join(', ')}; it replaces the detection for every text file imported`);
  }
  const encoding = named as ChosenEncoding | undefined;

  const extracted: { path: string; source: ExtractedSource }[] = [];
  const refusals: string[] = [];
  for (const path of paths) {
    try {
      extracted.push({ path, source: await readSource(path, encoding) });
    } catch (error) {
      refusals.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (refusals.length > 0) {
    const nothing = paths.length > 1 ? '\nNothing was imported; remove or fix the files above and try again.' : '';
    throw new ApiError('refused', refusals.join('\n') + nothing);
  }

  const imported: ImportedFile[] = [];
  for (const { path, source } of extracted) {
    try {
      const response = await ctx.call('sources.import', toImportRequest(source));
      imported.push({
        file: path,
        format: source.format,
        ...(source.encoding ? { encoding: source.encoding } : {}),
        warnings: source.warnings.map(importWarningText),
        source: response.source,
        alreadyImported: response.alreadyImported,
      });
    } catch (error) {
      const done = imported.length > 0 ? `\nAlready imported: ${imported.map((i) => `“${baseName(i.file)}”`).join(', ')}.` : '';
      const message = `“${baseName(path)}” was not imported: ${error instanceof Error ? error.message : String(error)}${done}`;
      throw new ApiError(error instanceof ApiError ? error.code : 'internal', message);
    }
  }
  return { imported };
}

function describe(result: unknown): string {
  const { imported } = result as { imported: ImportedFile[] };
  return imported
    .map(({ file, format, source, alreadyImported, warnings }) => {
      const what = alreadyImported ? 'Already in the library' : 'Imported';
      const head = `${what}: “${baseName(file)}” (${format}) as ${source.id} “${source.title}”, ${source.textLength} characters, sha256 ${source.sha256.slice(0, 12)}…`;
      return [head, ...warnings.map((w) => `  note: ${w}`)].join('\n');
    })
    .join('\n')
    .concat('\n');
}

export const sourcesImportCommand: CommandSpec = {
  usage: 'briefing sources import FILE... [--encoding windows-1258|utf-16le|utf-8] [--json] [--data-dir DIR]',
  options: ['encoding'],
  run: importFiles,
  text: describe,
};

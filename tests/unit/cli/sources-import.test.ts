/**
 * The CLI's side of `briefing sources import`. The fact store's `sources.import` handler does
 * not exist on this branch yet, so `call` here is a stand-in that holds each request to the
 * proposed contract schema (strict) and answers like the store would.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { sourcesImportCommand, type ImportedFile } from '../../../electron/cli/commands/sources-import';
import { UsageError, type CommandContext } from '../../../electron/cli/run';
import { sha256Hex } from '../../../electron/core/ingest';
import { SourcesImportRequest, type SourcesImportResponse } from '../../../shared/contract/sources';
import { ApiError } from '../../../shared/errors';

const work = mkdtempSync(join(tmpdir(), 'briefing-cli-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const seed = fileURLToPath(new URL('../../../../shared/seeds/vns-2026-01-15-pm-urges-deeper-integration.txt', import.meta.url));

function contextFor(files: string[]) {
  const requests: ReturnType<typeof SourcesImportRequest.parse>[] = [];
  const call = async (method: string, request: unknown): Promise<SourcesImportResponse> => {
    expect(method).toBe('sources.import');
    const parsed = SourcesImportRequest.parse(request);
    requests.push(parsed);
    return {
      alreadyImported: false,
      source: {
        id: `src-${requests.length}`,
        title: parsed.meta.title ?? parsed.fileName,
        publisher: null,
        authors: [],
        published: null,
        url: null,
        accessed: null,
        language: null,
        reliability: 'unknown',
        sha256: sha256Hex(parsed.text),
        importedAt: '2026-01-20T00:00:00Z',
        textLength: parsed.text.length,
        factCount: 0,
      },
    };
  };
  const ctx = {
    args: { positionals: files, flags: new Map() },
    json: false,
    io: { stdout: () => {}, stderr: () => {} },
    services: () => {
      throw new Error('the import command must go through the contract, not the services');
    },
    call,
  } as unknown as CommandContext;
  return { ctx, requests };
}

describe('briefing sources import', () => {
  it('imports a seed article and a Word document, sending the original only when it differs from the text', async () => {
    const docx = join(work, 'ministry.docx');
    writeFileSync(docx, await Packer.toBuffer(new Document({ title: 'Ministry report', sections: [{ children: [new Paragraph('Thủ tướng Phạm Minh Chính')] }] })));
    const { ctx, requests } = contextFor([seed, docx]);
    const result = (await sourcesImportCommand.run(ctx)) as { imported: ImportedFile[] };

    expect(requests.map((r) => [r.fileName, r.format])).toEqual([
      ['vns-2026-01-15-pm-urges-deeper-integration.txt', 'txt'],
      ['ministry.docx', 'docx'],
    ]);
    expect(requests[0]!.originalBase64).toBeUndefined();
    expect(Buffer.from(requests[1]!.originalBase64 ?? '', 'base64').equals(readFileSync(docx))).toBe(true);
    expect(requests[1]!.text).toBe('Thủ tướng Phạm Minh Chính');
    expect(requests[1]!.meta).toEqual({ title: 'Ministry report' });

    const text = sourcesImportCommand.text(result);
    expect(text).toContain('Imported: “vns-2026-01-15-pm-urges-deeper-integration.txt” (txt) as src-1');
    expect(text).toContain('Imported: “ministry.docx” (docx) as src-2 “Ministry report”');
  });

  it('imports nothing when one file of the batch is refused, and names every refused file', async () => {
    const empty = join(work, 'empty.txt');
    const garbage = join(work, 'garbage.txt');
    writeFileSync(empty, '');
    writeFileSync(garbage, Buffer.from([0, 1, 2, 3, 255, 254, 0, 9, 0, 0, 7]));
    const { ctx, requests } = contextFor([seed, empty, garbage, join(work, 'missing.txt')]);
    const error = await Promise.resolve(sourcesImportCommand.run(ctx)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const message = (error as ApiError).message;
    expect(message).toMatch(/“empty\.txt” cannot be imported: the file is empty/);
    expect(message).toMatch(/“garbage\.txt” cannot be imported: it does not contain text/);
    expect(message).toMatch(/“missing\.txt” cannot be imported: there is no such file/);
    expect(message).toMatch(/Nothing was imported/);
    expect(requests).toEqual([]);
  });

  it('asks for a file when given none', async () => {
    const { ctx } = contextFor([]);
    await expect(Promise.resolve(sourcesImportCommand.run(ctx))).rejects.toBeInstanceOf(UsageError);
  });
});

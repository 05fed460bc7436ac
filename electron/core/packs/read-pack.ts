/**
 * Reading a fact pack before anything is written: every refusal happens here, so a pack that
 * is not JSON, not a pack, from a newer app, edited after export (its integrity checksum, the digest) or carrying a
 * source text that does not match its sha256 leaves the store exactly as it was.
 */
import { cleanLine } from '../../../shared/clean-text';
import { ApiError } from '../../../shared/errors';
import { sha256Of } from '../sources/source-store';
import { packDigest } from './pack-digest';
import { FactPack, packFormat, packVersion } from './pack-format';

const nothing = 'nothing was imported.';
const refuse = (message: string) => new ApiError('refused', message);

export function readPack(input: string | Uint8Array): FactPack {
  const raw = parseJson(decode(input));
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== packFormat) {
    throw refuse(`This file is not a Briefing Studio fact pack (it does not say "format": "${packFormat}"); ${nothing}`);
  }
  const record = raw as Record<string, unknown>;
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw refuse(`This fact pack is damaged: its version is not a whole number from 1 up; ${nothing}`);
  }
  if (version > packVersion) {
    throw refuse(
      `This fact pack was made by a newer version of Briefing Studio (pack version ${version}; this version reads up to ${packVersion}). ` +
        `Update the app to import it; ${nothing}`,
    );
  }
  if (typeof record.digest !== 'string' || digestOf(record) !== record.digest) {
    throw refuse(`This fact pack was changed or damaged after it was exported (its integrity checksum does not match); ${nothing}`);
  }
  const parsed = FactPack.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw refuse(`This fact pack is damaged (${issue.path.join('.') || 'the pack'}: ${issue.message}); ${nothing}`);
  }
  checkConsistency(parsed.data);
  return parsed.data;
}

/** A pack nested deeper than any real one exhausts the stack; that is damage, not an app failure. */
function digestOf(record: Record<string, unknown>): string {
  try {
    return packDigest(record);
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) throw refuse(`This fact pack is damaged (it is not plain JSON data); ${nothing}`);
    throw error;
  }
}

function decode(input: string | Uint8Array): string {
  if (input.length === 0) throw refuse(`The file is empty, so it is not a fact pack; ${nothing}`);
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      throw refuse(`This file is not a fact pack: it is not UTF-8 text; ${nothing}`);
    }
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim().length === 0) throw refuse(`The file is empty, so it is not a fact pack; ${nothing}`);
  return text;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw refuse(`This file is not a fact pack: it is not JSON; ${nothing}`);
  }
}

/** What the schema cannot say: hashes match texts, ids are unique and every reference resolves. */
function checkConsistency(pack: FactPack): void {
  const sourceIds = new Set<string>();
  for (const source of pack.sources) {
    if (sha256Of(source.text) !== source.sha256) {
      throw refuse(
        `The text of source "${source.meta.title}" (${source.id}) in this fact pack does not match its sha256, so it was changed or damaged; ${nothing}`,
      );
    }
    if (cleanLine(source.meta.title).length === 0) throw refuse(`This fact pack is damaged: source ${source.id} has no title; ${nothing}`);
    if (sourceIds.has(source.id)) throw refuse(`This fact pack is damaged: source ${source.id} appears twice; ${nothing}`);
    sourceIds.add(source.id);
  }
  const factIds = new Set<string>();
  const evidenceIds = new Set<string>();
  for (const fact of pack.facts) {
    if (factIds.has(fact.id)) throw refuse(`This fact pack is damaged: fact ${fact.id} appears twice; ${nothing}`);
    factIds.add(fact.id);
    fact.versions.forEach((v, i) => {
      if (v.factId !== fact.id || v.version !== i + 1) {
        throw refuse(`This fact pack is damaged: the versions of fact ${fact.id} are not numbered 1, 2, 3... in order; ${nothing}`);
      }
    });
    for (const e of fact.evidence) {
      if (evidenceIds.has(e.id)) throw refuse(`This fact pack is damaged: quote ${e.id} appears twice; ${nothing}`);
      evidenceIds.add(e.id);
      if (!sourceIds.has(e.sourceId)) throw refuse(`This fact pack is damaged: fact ${fact.id} quotes source ${e.sourceId}, which it does not carry; ${nothing}`);
      if (e.end !== e.start + e.exact.length) throw refuse(`This fact pack is damaged: quote ${e.id} has the wrong length; ${nothing}`);
    }
  }
}

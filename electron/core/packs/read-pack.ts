/**
 * Reading a fact pack before anything is written: every refusal happens here, so a pack that
 * is not JSON, not a pack, from a newer app, edited after export (its integrity checksum, the digest) or carrying a
 * source text that does not match its sha256 leaves the store exactly as it was.
 */
import { cleanLine } from '../../../shared/clean-text';
import { keyedError } from '../../../shared/errors';
import type { MessageParams } from '../../../shared/messages';
import { sha256Of } from '../sources/source-store';
import { packDigest } from './pack-digest';
import { FactPack, packFormat, packVersion } from './pack-format';

/** A refusal worded by the catalogues (`errors.api.pack.<key>`); each message ends "nothing was imported". */
const refuse = (key: string, params: MessageParams = {}) => keyedError('refused', `api.pack.${key}`, params);

export function readPack(input: string | Uint8Array): FactPack {
  const raw = parseJson(decode(input));
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== packFormat) {
    throw refuse('notPack', { format: packFormat });
  }
  const record = raw as Record<string, unknown>;
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw refuse('badVersion');
  }
  if (version > packVersion) {
    throw refuse('newer', { version, supported: packVersion });
  }
  if (typeof record.digest !== 'string' || digestOf(record) !== record.digest) {
    throw refuse('digest');
  }
  const parsed = FactPack.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw refuse('schema', { path: issue.path.join('.') || 'the pack', detail: issue.message });
  }
  checkConsistency(parsed.data);
  return parsed.data;
}

/** A pack nested deeper than any real one exhausts the stack; that is damage, not an app failure. */
function digestOf(record: Record<string, unknown>): string {
  try {
    return packDigest(record);
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) throw refuse('notPlainJson');
    throw error;
  }
}

function decode(input: string | Uint8Array): string {
  if (input.length === 0) throw refuse('empty');
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      throw refuse('notUtf8');
    }
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim().length === 0) throw refuse('empty');
  return text;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw refuse('notJson');
  }
}

/** What the schema cannot say: hashes match texts, ids are unique and every reference resolves. */
function checkConsistency(pack: FactPack): void {
  const sourceIds = new Set<string>();
  for (const source of pack.sources) {
    if (sha256Of(source.text) !== source.sha256) {
      throw refuse('sourceSha', { title: source.meta.title, id: source.id });
    }
    if (cleanLine(source.meta.title).length === 0) throw refuse('sourceNoTitle', { id: source.id });
    if (sourceIds.has(source.id)) throw refuse('sourceTwice', { id: source.id });
    sourceIds.add(source.id);
  }
  const factIds = new Set<string>();
  const evidenceIds = new Set<string>();
  for (const fact of pack.facts) {
    if (factIds.has(fact.id)) throw refuse('factTwice', { id: fact.id });
    factIds.add(fact.id);
    fact.versions.forEach((v, i) => {
      if (v.factId !== fact.id || v.version !== i + 1) {
        throw refuse('versionOrder', { id: fact.id });
      }
    });
    for (const e of fact.evidence) {
      if (evidenceIds.has(e.id)) throw refuse('quoteTwice', { id: e.id });
      evidenceIds.add(e.id);
      if (!sourceIds.has(e.sourceId)) throw refuse('quoteSourceMissing', { id: fact.id, source: e.sourceId });
      if (e.end !== e.start + e.exact.length) throw refuse('quoteLength', { id: e.id });
    }
  }
}

import { z } from 'zod';
import { ConflictGroup, FactDetail, FactFields, FactStatus, FactSummary, QuoteSelector, SourceSummary, SourceWithText } from '../model';
import { request } from './define';

const id = z.string().min(1).max(200);
const reason = z.string().trim().min(1, 'a reason is required').max(5000);

export const FactSearchRequest = request({
  /** Any text a user types is valid: it is never passed to FTS5 as syntax. */
  query: z.string().max(20000),
  limit: z.number().int().min(1).max(200).default(25),
  status: FactStatus.optional(),
  topic: z.string().max(100).optional(),
  sourceId: id.optional(),
  period: z.string().max(50).optional(),
});

export const NewEvidence = z.object({ sourceId: id, selector: QuoteSelector });

export const factsContract = {
  'facts.search': {
    request: FactSearchRequest,
    response: z.object({ results: z.array(FactSummary), total: z.number().int() }),
  },
  'facts.get': {
    request: request({ id, version: z.number().int().positive().optional() }),
    response: FactDetail,
  },
  /** Current version and status of many facts at once (chips check these on open). */
  'facts.status': {
    request: request({ ids: z.array(id).max(5000) }),
    response: z.object({ facts: z.array(FactSummary), missing: z.array(z.string()) }),
  },
  'facts.create': {
    request: request({ fields: FactFields, evidence: z.array(NewEvidence).min(1).max(50), by: z.string().min(1).max(200) }),
    response: FactDetail,
  },
  'facts.revise': {
    request: request({ id, fields: FactFields, reason, by: z.string().min(1).max(200) }),
    response: FactDetail,
  },
  'facts.addEvidence': {
    request: request({ id, evidence: NewEvidence, by: z.string().min(1).max(200) }),
    response: FactDetail,
  },
  'facts.verify': {
    request: request({ id, by: z.string().min(1).max(200) }),
    response: FactDetail,
  },
  'facts.dispute': {
    request: request({ id, by: z.string().min(1).max(200), reason }),
    response: FactDetail,
  },
  'facts.retract': {
    request: request({ id, by: z.string().min(1).max(200), reason }),
    response: FactDetail,
  },
  'facts.conflicts': {
    request: request({}),
    response: z.object({ groups: z.array(ConflictGroup) }),
  },
  'facts.corroborated': {
    request: request({ limit: z.number().int().min(1).max(1000).default(200) }),
    response: z.object({ facts: z.array(FactSummary) }),
  },
  'facts.topics': {
    request: request({}),
    response: z.object({ topics: z.array(z.object({ topic: z.string(), count: z.number().int() })) }),
  },
  'sources.list': {
    request: request({}),
    response: z.object({ sources: z.array(SourceSummary) }),
  },
  'sources.get': {
    request: request({ id }),
    response: SourceWithText,
  },
} as const;

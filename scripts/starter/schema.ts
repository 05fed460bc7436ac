/**
 * The shape of the starter data files (sources.json, facts.json) that the starter-store
 * builder loads through the fact engine. Built from the domain schemas so the files cannot
 * drift from what the engine accepts.
 */
import { z } from 'zod';
import { FactFields, SourceMeta } from '../../shared/model';

export const StarterSource = SourceMeta.extend({
  /** File name inside ../shared/seeds/. */
  file: z.string().min(1),
  id: z.string().regex(/^src-[a-z0-9-]+$/),
  /** Why each metadata value is what it is: the citation must be honest about inferences. */
  metadataNotes: z.string().min(1),
}).strict();
export type StarterSource = z.infer<typeof StarterSource>;

export const StarterEvidence = z
  .object({
    source: z.string().min(1),
    /** Verbatim, byte for byte, and found exactly once in the source's text. */
    exact: z.string().min(1),
  })
  .strict();

/** The status the builder should leave each fact in (retracted never ships). */
export const starterStatuses = ['verified', 'unverified', 'disputed'] as const;

export const StarterFact = FactFields.extend({
  id: z.string().regex(/^seed-\d{3}$/),
  status: z.enum(starterStatuses),
  evidence: z.array(StarterEvidence).min(1),
}).strict();
export type StarterFact = z.infer<typeof StarterFact>;

export const StarterSources = z.array(StarterSource);
export const StarterFacts = z.array(StarterFact);

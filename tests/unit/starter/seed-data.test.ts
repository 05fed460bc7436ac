/**
 * The starter data (scripts/starter/*) checked against the real seed articles in
 * ../shared/seeds/: a quote that is not verbatim, or a figure the engine would mis-group,
 * is the worst defect this product can ship.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FactFields, SourceMeta } from '../../../shared/model';
import { StoredNote, factNodesInOrder } from '../../../shared/note-format';
import { StarterFacts, StarterSources } from '../../../scripts/starter/schema';
import type { StarterFact } from '../../../scripts/starter/schema';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const seedsDir = join(projectRoot, '..', 'shared', 'seeds');
const starterDir = join(projectRoot, 'scripts', 'starter');

const readJson = (name: string): unknown => JSON.parse(readFileSync(join(starterDir, name), 'utf8'));
const sources = StarterSources.parse(readJson('sources.json'));
const facts = StarterFacts.parse(readJson('facts.json'));
const seedText = new Map(sources.map((s) => [s.id, readFileSync(join(seedsDir, s.file), 'utf8')]));
const factById = new Map(facts.map((f) => [f.id, f]));
const starterReadme = readFileSync(join(starterDir, 'README.md'), 'utf8');

/** Overlapping occurrences count too: "aa" is in "aaa" twice for anchoring purposes. */
function occurrences(text: string, quote: string): number {
  let count = 0;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) count++;
  return count;
}

/** Table rows of one README section: the first cell and the second cell of each row. */
function readmeRows(heading: string): Array<{ first: string; second: string }> {
  const start = starterReadme.indexOf(`\n## ${heading}`);
  expect(start, `README section "${heading}"`).toBeGreaterThan(-1);
  const end = starterReadme.indexOf('\n## ', start + 1);
  return starterReadme
    .slice(start, end === -1 ? undefined : end)
    .split('\n')
    .filter((line) => /^\| seed-\d{3}/.test(line))
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      return { first: cells[1], second: cells[2] };
    });
}

/** The object without the named keys: what is left must be exactly the engine's schema. */
function without(record: object, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

const sourcesOf = (fact: StarterFact) => new Set(fact.evidence.map((e) => e.source));
const groupKey = (f: StarterFact) => JSON.stringify([f.metric, f.subject, f.period]);
const valueKey = (f: StarterFact) => JSON.stringify([f.valueLow, f.valueHigh]);

describe('starter sources', () => {
  it('has one entry per seed article, each file present, ids unique', () => {
    const seedFiles = ['vov-2026-01-14-integration-conference.txt', 'vns-2026-01-15-pm-urges-deeper-integration.txt',
      'baotintuc-2025-11-06-integration-driving-force.txt', 'to-lam-2026-01-23-press-conference.txt',
      '2026-01-14-steering-committee-review.txt'];
    expect(sources.map((s) => s.file).sort()).toEqual([...seedFiles].sort());
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
    for (const s of sources) expect(existsSync(join(seedsDir, s.file)), s.file).toBe(true);
  });

  it('parses as the engine’s SourceMeta once the starter-only fields are removed', () => {
    for (const source of sources) {
      const parsed = SourceMeta.strict().safeParse(without(source, ['file', 'id', 'metadataNotes']));
      expect(parsed.success, `${source.id}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('keeps the metadata the seeds README gives, and leaves unknowns unknown', () => {
    const byFile = new Map(sources.map((s) => [s.file, s]));
    const expected: Record<string, { publisher: string | null; published: string | null; authors: string[] }> = {
      // event "January 14", year 2026 from context; the article's own day is not given
      'vov-2026-01-14-integration-conference.txt': { publisher: 'VOV.VN', published: '2026-01', authors: [] },
      'vns-2026-01-15-pm-urges-deeper-integration.txt': { publisher: 'Viet Nam News (VNS)', published: '2026-01-15', authors: [] },
      // date from the URL on the "Source:" line
      'baotintuc-2025-11-06-integration-driving-force.txt': { publisher: 'baotintuc.vn', published: '2025-11-06', authors: [] },
      // press conference "January 23" (14th Party Congress, 2026); no outlet named, byline Le Van
      'to-lam-2026-01-23-press-conference.txt': { publisher: null, published: '2026-01', authors: ['Le Van'] },
      // "14/01/2026"; photos credited VGP, but no outlet named
      '2026-01-14-steering-committee-review.txt': { publisher: null, published: '2026-01-14', authors: [] },
    };
    for (const [file, want] of Object.entries(expected)) {
      const s = byFile.get(file)!;
      expect({ publisher: s.publisher, published: s.published, authors: s.authors }, file).toEqual(want);
      expect(s.accessed, file).toBeNull();
      expect(s.language, file).toBe('en');
    }
    const withUrl = sources.filter((s) => s.url !== null);
    expect(withUrl.map((s) => s.file)).toEqual(['baotintuc-2025-11-06-integration-driving-force.txt']);
    expect(seedText.get(withUrl[0].id)).toContain(`Source: ${withUrl[0].url}\n`);
    expect(byFile.get('to-lam-2026-01-23-press-conference.txt')!.title).toBe(
      'General Secretary To Lam: International integration is a key driver developments',
    );
  });
});

describe('starter facts', () => {
  it('has at least 40 facts with unique ids', () => {
    expect(facts.length).toBeGreaterThanOrEqual(40);
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
  });

  it('gives every fact fields the engine accepts', () => {
    for (const fact of facts) {
      const parsed = FactFields.strict().safeParse(without(fact, ['id', 'status', 'evidence']));
      expect(parsed.success, `${fact.id}: ${parsed.error?.message}`).toBe(true);
      expect(fact.topics.length, fact.id).toBeGreaterThan(0);
      if (fact.valueHigh !== null) expect(fact.valueLow, fact.id).not.toBeNull();
    }
  });

  it('cites only known sources, each quote verbatim and found exactly once', () => {
    for (const fact of facts) {
      for (const { source, exact } of fact.evidence) {
        const text = seedText.get(source);
        expect(text, `${fact.id} cites unknown source ${source}`).toBeDefined();
        expect(occurrences(text!, exact), `${fact.id} in ${source}: ${exact}`).toBe(1);
      }
    }
  });

  it('spells each metric one way only, whatever the case', () => {
    const spellings = new Map<string, Set<string>>();
    for (const f of facts) {
      if (f.metric === null) continue;
      const folded = f.metric.toLowerCase();
      spellings.set(folded, (spellings.get(folded) ?? new Set()).add(f.metric));
      expect(f.metric, f.id).toBe(f.metric.trim().replace(/\s+/g, ' '));
    }
    for (const variants of spellings.values()) expect([...variants]).toHaveLength(1);
  });

  it('keeps the Prime Minister’s name with its diacritics so a search for Chinh can fold to it', () => {
    const withName = facts.filter((f) => `${f.statement} ${f.claimant ?? ''}`.includes('Phạm Minh Chính'));
    expect(withName.length).toBeGreaterThan(5);
  });
});

describe('corroborations and conflicts the README documents', () => {
  it('lists exactly the facts with evidence from two or more sources, with those sources', () => {
    const documented = readmeRows('Corroborations');
    const corroborated = facts.filter((f) => sourcesOf(f).size >= 2).map((f) => f.id);
    expect(documented.map((r) => r.first).sort()).toEqual(corroborated.sort());
    for (const row of documented) {
      expect([...sourcesOf(factById.get(row.first)!)].sort(), row.first).toEqual(row.second.split(', ').sort());
    }
  });

  it('lists exactly the groups where the same metric, subject and period carry different values', () => {
    const groups = new Map<string, StarterFact[]>();
    for (const f of facts) {
      if (f.metric === null || f.subject === null || f.period === null) continue;
      groups.set(groupKey(f), [...(groups.get(groupKey(f)) ?? []), f]);
    }
    const inConflict = [...groups.values()]
      .filter((group) => new Set(group.filter((f) => f.valueLow !== null).map(valueKey)).size > 1)
      .flat()
      .map((f) => f.id);
    const documented = readmeRows('Conflicts');
    expect(documented.map((r) => r.first).sort()).toEqual(inConflict.sort());
    const [a, b] = documented.map((r) => factById.get(r.first)!);
    expect(groupKey(a)).toBe(groupKey(b));
    expect(valueKey(a)).not.toBe(valueKey(b));
    expect(sourcesOf(a)).not.toEqual(sourcesOf(b));
    expect(documented.map((r) => r.second)).toEqual(documented.map((r) => [...sourcesOf(factById.get(r.first)!)].join(', ')));
  });

  it('gives figures for different periods different period strings, so they are not a conflict', () => {
    for (const { first } of readmeRows('Not conflicts')) {
      const group = first.split(', ').map((id) => factById.get(id)!);
      const sameThing = new Set(group.map((f) => JSON.stringify([f.metric, f.subject])));
      expect(sameThing.size, first).toBe(1);
      const periods = new Set(group.map((f) => f.period));
      const values = new Set(group.map(valueKey));
      // Either the periods differ, or none of them carries a value to disagree about.
      expect(periods.size === group.length || (values.size === 1 && group[0].valueLow === null), first).toBe(true);
    }
    const turnover = facts.filter((f) => f.metric === 'import-export turnover').map((f) => [f.period, f.valueLow]);
    expect(turnover).toEqual(expect.arrayContaining([['2024', 786.29], ['2025', 920]]));
  });
});

describe('sample decision note', () => {
  const note = StoredNote.parse(readJson('sample-note.json'));
  const chips = factNodesInOrder(note.content);

  it('is a decision note with the template’s sections in order', () => {
    expect(note.id).toBe('sample-decision-note');
    expect(note.templateId).toBe('decision');
    expect(note.metadata.type).toBe('For decision');
    const headings = note.content.root.children
      .filter((n) => n.type === 'heading')
      .map((n) => n.children?.map((c) => c.text).join(''));
    expect(headings).toEqual(['Purpose', 'Summary', 'Background', 'Current status', 'Considerations', 'Options', 'Recommendation', 'Next steps']);
  });

  it('cites 10 to 15 starter facts, each chip carrying the fact’s statement exactly', () => {
    expect(chips.length).toBeGreaterThanOrEqual(10);
    expect(chips.length).toBeLessThanOrEqual(15);
    for (const chip of chips) {
      const fact = factById.get(chip.factId);
      expect(fact, chip.factId).toBeDefined();
      expect(chip.factVersion).toBe(1);
      expect(chip.text).toBe(fact!.statement);
    }
  });

  it('shows a corroborated fact and a fact from a conflict group', () => {
    const cited = chips.map((c) => factById.get(c.factId)!);
    expect(cited.some((f) => sourcesOf(f).size >= 2)).toBe(true);
    const conflictIds = readmeRows('Conflicts').map((r) => r.first);
    expect(cited.some((f) => conflictIds.includes(f.id))).toBe(true);
  });
});

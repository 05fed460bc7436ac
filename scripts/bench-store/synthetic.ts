/**
 * Synthetic but realistic facts for the store benchmark: Vietnamese place names with their
 * diacritics, real metric/unit pairs, periods across 25 years, claimants, topics, and
 * filler words drawn (Zipf-like) from the seed articles' own vocabulary. Each fact quotes a
 * sentence that really is in its source's text. Seeded, so every run sees the same data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CreateFactInput } from '../../electron/core/facts/fact-store';
import type { FactFields, SourceMeta } from '../../shared/model';

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const provinces = [
  'Hà Nội', 'Hồ Chí Minh City', 'Đà Nẵng', 'Hải Phòng', 'Cần Thơ', 'Quảng Ninh', 'Bắc Ninh', 'Bình Dương', 'Đồng Nai',
  'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Nam', 'Quảng Ngãi', 'Bình Định', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Gia Lai',
  'Long An', 'Tiền Giang', 'Bến Tre', 'Vĩnh Long', 'An Giang', 'Kiên Giang', 'Cà Mau', 'Sóc Trăng', 'Thái Nguyên', 'Lào Cai',
  'Điện Biên', 'Sơn La', 'Hòa Bình', 'Phú Thọ', 'Vĩnh Phúc', 'Hưng Yên', 'Hải Dương', 'Nam Định', 'Ninh Bình', 'Thừa Thiên Huế',
  'Bà Rịa-Vũng Tàu', 'Tây Ninh', 'Bình Phước', 'Đồng Tháp', 'Bạc Liêu',
];

const metrics: { metric: string; unit: string; topic: string; low: number; high: number }[] = [
  { metric: 'export turnover', unit: 'USD billion', topic: 'trade', low: 1, high: 120 },
  { metric: 'import turnover', unit: 'USD billion', topic: 'trade', low: 1, high: 110 },
  { metric: 'trade surplus', unit: 'USD billion', topic: 'trade', low: 0.1, high: 25 },
  { metric: 'FDI disbursed', unit: 'USD billion', topic: 'investment', low: 0.1, high: 30 },
  { metric: 'FDI registered', unit: 'USD billion', topic: 'investment', low: 0.1, high: 40 },
  { metric: 'public investment disbursement', unit: 'percent', topic: 'investment', low: 40, high: 100 },
  { metric: 'GDP growth', unit: 'percent', topic: 'economy', low: 1, high: 11 },
  { metric: 'GRDP per capita', unit: 'USD', topic: 'economy', low: 1500, high: 9000 },
  { metric: 'state budget revenue', unit: 'VND trillion', topic: 'finance', low: 5, high: 500 },
  { metric: 'rice exports', unit: 'million tonnes', topic: 'agriculture', low: 0.1, high: 8 },
  { metric: 'coffee exports', unit: 'USD billion', topic: 'agriculture', low: 0.1, high: 6 },
  { metric: 'seafood exports', unit: 'USD billion', topic: 'agriculture', low: 0.1, high: 10 },
  { metric: 'international tourist arrivals', unit: 'million', topic: 'tourism', low: 0.1, high: 20 },
  { metric: 'tourism revenue', unit: 'VND trillion', topic: 'tourism', low: 1, high: 200 },
  { metric: 'electronics exports', unit: 'USD billion', topic: 'industry', low: 0.5, high: 60 },
  { metric: 'semiconductor investment', unit: 'USD billion', topic: 'technology', low: 0.1, high: 5 },
  { metric: 'digital economy share of GDP', unit: 'percent', topic: 'technology', low: 5, high: 30 },
  { metric: 'unemployment rate', unit: 'percent', topic: 'labour', low: 1, high: 5 },
  { metric: 'workers sent abroad', unit: 'thousand', topic: 'labour', low: 1, high: 160 },
  { metric: 'new enterprises registered', unit: 'thousand', topic: 'business', low: 1, high: 200 },
  { metric: 'free trade agreements in force', unit: 'agreements', topic: 'diplomacy', low: 10, high: 20 },
  { metric: 'comprehensive strategic partnerships', unit: 'countries', topic: 'diplomacy', low: 1, high: 14 },
  { metric: 'CPI inflation', unit: 'percent', topic: 'economy', low: 0.5, high: 6 },
  { metric: 'renewable power capacity', unit: 'GW', topic: 'energy', low: 1, high: 40 },
  { metric: 'expressway length completed', unit: 'km', topic: 'infrastructure', low: 10, high: 3000 },
];

const claimants = [
  'Prime Minister Phạm Minh Chính', 'General Secretary Tô Lâm', 'the Ministry of Industry and Trade', 'the Ministry of Finance',
  'the General Statistics Office', 'the Ministry of Foreign Affairs', 'the State Bank of Việt Nam', 'the provincial People\'s Committee',
  'the Ministry of Agriculture and Environment', 'the National Steering Committee on International Integration',
];
const qualifiers = ['about', 'more than', 'at least', 'record', null, null, null] as const;
const verbs = ['reached', 'recorded', 'was estimated at', 'rose to', 'fell to', 'stood at', 'hit'];
const outlets = ['VOV.VN', 'VNS', 'VnExpress International', 'Nhân Dân', 'Tuổi Trẻ', 'Baotintuc.vn', 'Vietnam Plus', 'VGP News'];

/** Words of the seed articles, most frequent first (filler follows their real distribution). */
export function seedVocabulary(seedsDir: string): string[] {
  const counts = new Map<string, number>();
  for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))) {
    for (const word of readFileSync(join(seedsDir, file), 'utf8').toLowerCase().match(/\p{L}{3,}/gu) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

export interface SyntheticSource {
  id: string;
  meta: SourceMeta;
  text: string;
}

/**
 * `count` facts spread over count/1000 sources (at least 20), each quoting its source
 * verbatim. Generated twice from the same seed (once for the source texts, once in batches
 * for import) so a million facts never sit in memory at once.
 */
export class SyntheticStore {
  readonly sourceCount: number;

  constructor(
    readonly count: number,
    private readonly vocabulary: readonly string[],
    private readonly seed = 42,
  ) {
    this.sourceCount = Math.max(20, Math.floor(count / 1000));
  }

  sources(): SyntheticSource[] {
    const lines: string[][] = Array.from({ length: this.sourceCount }, () => []);
    for (const batch of this.factBatches(10_000)) {
      for (const fact of batch) for (const e of fact.evidence) lines[Number(e.sourceId.slice('bench-src-'.length))]!.push(e.selector.exact);
    }
    const random = seededRandom(this.seed + 1);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    return lines.map((quotes, s) => ({
      id: `bench-src-${s}`,
      meta: {
        title: `${pick(provinces)} ${pick(['reviews', 'reports', 'sets targets for', 'outlines'])} ${pick(metrics).metric} ${2000 + (s % 26)}`,
        publisher: pick(outlets), authors: [], published: `${2000 + (s % 26)}-0${1 + (s % 9)}`, url: null, accessed: null,
        language: 'en', reliability: 'press' as const,
      },
      text: quotes.join('\n'),
    }));
  }

  *factBatches(size: number): Generator<CreateFactInput[]> {
    const random = seededRandom(this.seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const zipfWord = () => this.vocabulary[Math.floor(this.vocabulary.length * random() ** 3)]!;
    const lengths = new Array<number>(this.sourceCount).fill(0);
    let batch: CreateFactInput[] = [];
    for (let i = 0; i < this.count; i++) {
      const m = pick(metrics);
      const province = pick(provinces);
      const year = 2000 + Math.floor(random() * 26);
      const period = random() < 0.85 ? String(year) : `${year - 4}-${year}`;
      const low = Math.round((m.low + random() * (m.high - m.low)) * 10) / 10;
      const high = random() < 0.15 ? Math.round(low * 1.05 * 10) / 10 : null;
      const qualifier = pick(qualifiers);
      const claimant = pick(claimants);
      const value = high === null ? `${low}` : `${low}–${high}`;
      const filler = Array.from({ length: 4 + Math.floor(random() * 8) }, zipfWord).join(' ');
      const statement = `${province} ${pick(verbs)} ${m.metric} of ${qualifier ? `${qualifier} ` : ''}${value} ${m.unit} in ${period}, ${filler}.`;
      const quote = `${m.metric[0]!.toUpperCase()}${m.metric.slice(1)} in ${province} ${pick(verbs)} ${value} ${m.unit} in ${period}, ${claimant} said (item ${i}), ${zipfWord()} ${zipfWord()} ${zipfWord()}.`;
      const first = Math.floor(random() * this.sourceCount);
      // One fact in five is reported by a second outlet too (corroboration).
      const cited = random() < 0.2 ? [first, (first + 1 + Math.floor(random() * (this.sourceCount - 1))) % this.sourceCount] : [first];
      const evidence = cited.map((s) => {
        const start = lengths[s]!;
        lengths[s]! += quote.length + 1;
        return { sourceId: `bench-src-${s}`, selector: { exact: quote, prefix: '', suffix: '', start, end: start + quote.length } };
      });
      const fields: FactFields = {
        statement, metric: m.metric, subject: province, valueLow: low, valueHigh: high, unit: m.unit,
        qualifier, period, claimant, topics: random() < 0.3 ? [m.topic, pick(metrics).topic] : [m.topic], notes: '',
      };
      batch.push({ id: `bench-${i}`, fields, evidence, by: 'benchmark' });
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }
}

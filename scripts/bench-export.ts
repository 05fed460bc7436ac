/**
 * `npm run bench:export [-- --write-docs] [--quick]`: exports a ~30-page note with 300 citations.
 *  1. In-process: median time of exportNoteToDocx (target ≤ 150 ms), with and without the
 *     citation cache (electron/core/export/citation-cache.ts), alternating in the same loop.
 *  2. Whole process against pandoc, run alternately: the real `briefing export` command on a
 *     data directory holding the same note and facts, versus `pandoc` converting the same
 *     content as Markdown with footnotes. `BENCH_EXPORT_CLI="... {out}"` times another command.
 * Prints the "## Export" section; with --write-docs writes it into docs/BENCHMARKS.md, leaving
 * other sections alone. --quick skips LibreOffice's page count (for the no-edit test).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportNoteToDocx } from '../electron/core/export';
import { cachedCitationFormatter } from '../electron/core/export/citation-cache';
import { formatCitations } from '../shared/citations';
import { factNodesInOrder } from '../shared/note-format';
import { longNote, longNoteMarkdown } from './bench/long-note';
import { writeLongNoteStore } from './bench/long-note-store';
import { headingSection, reportSection } from './bench/docs';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const work = mkdtempSync(join(tmpdir(), 'bench-export-'));

const { note, facts } = longNote();
const resolve = (id: string) => facts.get(id) ?? null;
const chips = factNodesInOrder(note.content).length;

// 1. In-process, without and with the citation cache (a hit: these citations were formatted before).
const cached = cachedCitationFormatter(join(work, 'cache', 'citations'));
for (let i = 0; i < 3; i++) {
  await exportNoteToDocx(note, resolve, { style: 'chicago' });
  await exportNoteToDocx(note, resolve, { style: 'chicago', formatCitations: cached });
}
const inProcess: number[] = [];
const inProcessCached: number[] = [];
let docx: Buffer = Buffer.alloc(0);
for (let i = 0; i < runs; i++) {
  let t = performance.now();
  docx = await exportNoteToDocx(note, resolve, { style: 'chicago' });
  inProcess.push(performance.now() - t);
  t = performance.now();
  await exportNoteToDocx(note, resolve, { style: 'chicago', formatCitations: cached });
  inProcessCached.push(performance.now() - t);
}
const docxPath = join(work, 'long-note.docx');
writeFileSync(docxPath, docx);

// How long the note really is, as LibreOffice lays it out.
function pageCount(): number | null {
  if (process.argv.includes('--quick')) return null;
  const profile = mkdtempSync(join(tmpdir(), 'lo-bench-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docxPath], { stdio: 'pipe' });
  rmSync(profile, { recursive: true, force: true });
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(work, 'long-note.pdf')], { encoding: 'utf8' }))?.[1]);
}
const pages = pageCount();

// 2. Whole process, alternating with pandoc.
const citations = await formatCitations(
  factNodesInOrder(note.content).map((c) => ({ ...c, statement: c.text, quote: facts.get(c.factId)!.quote, sources: facts.get(c.factId)!.sources })),
  'chicago',
);
const markdown = join(work, 'long-note.md');
writeFileSync(markdown, longNoteMarkdown(note, citations.notes, citations.bibliography));

// The real command line, on a real data directory holding the same note, facts and sources.
const dataDir = join(work, 'data');
writeLongNoteStore(dataDir, { note, facts });
const cliCommand = `node bin/briefing.mjs export ${note.id} --out OUT.docx --data-dir DIR`;
const cliTemplate = process.env.BENCH_EXPORT_CLI;
const citationCache = join(dataDir, 'cache', 'citations');
const ours = (out: string) =>
  cliTemplate
    ? spawnSync('sh', ['-c', cliTemplate.replaceAll('{out}', out)], { stdio: 'pipe' })
    : spawnSync(process.execPath, ['bin/briefing.mjs', 'export', note.id, '--out', out, '--data-dir', dataDir, '--json'], { stdio: 'pipe' });
/** The first export of these citations: the citation cache emptied before the run. */
const oursFirst = (out: string) => {
  rmSync(citationCache, { recursive: true, force: true });
  return ours(out);
};
const pandoc = (out: string) => spawnSync('pandoc', [markdown, '-o', out], { stdio: 'pipe' });
const timed = (f: (out: string) => ReturnType<typeof spawnSync>, out: string) => {
  const t = performance.now();
  const r = f(out);
  const elapsed = performance.now() - t;
  if (r.status !== 0 || !existsSync(out)) throw new Error(`failed: ${r.stderr?.toString()}`);
  rmSync(out);
  return elapsed;
};
const oursTimes: number[] = [];
const firstTimes: number[] = [];
const pandocTimes: number[] = [];
timed(ours, join(work, 'warm.docx'));
timed(pandoc, join(work, 'warm-pandoc.docx'));
for (let i = 0; i < runs; i++) {
  firstTimes.push(timed(oursFirst, join(work, `first-${i}.docx`)));
  pandocTimes.push(timed(pandoc, join(work, `pandoc-${i}.docx`)));
  oursTimes.push(timed(ours, join(work, `ours-${i}.docx`)));
}

const pandocVersion = execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0];
const cpu = cpus();
const result = {
  pages,
  chips,
  footnotes: citations.notes.length,
  inProcessMedian: median(inProcess),
  inProcessMin: Math.min(...inProcess),
  inProcessCachedMedian: median(inProcessCached),
  oursMedian: median(oursTimes),
  firstMedian: median(firstTimes),
  pandocMedian: median(pandocTimes),
};
const ratio = result.oursMedian / result.pandocMedian;
const firstRatio = result.firstMedian / result.pandocMedian;
console.log(JSON.stringify({ ...result, ratio, firstRatio }, null, 2));

const section = `## Export

Measured by \`npm run bench:export\` (\`tsx scripts/bench-export.ts\`; \`BENCH_RUNS=${runs}\`), ${new Date().toISOString().slice(0, 10)}.

Workload: a generated briefing note (\`scripts/bench/long-note.ts\`) of ${pages ?? '(not counted: --quick)'} pages as LibreOffice lays it out,
${chips} fact citations (${result.footnotes} distinct facts, so ${result.footnotes} footnotes; repeats point at the
first footnote), 25 sources, Chicago full-note style, References section, embedded provenance.

| measure | median | target |
|---|---|---|
| \`exportNoteToDocx\` in process (after 3 warm-up runs; min ${ms(result.inProcessMin)}) | ${ms(result.inProcessMedian)} | ≤ 150 ms |
| the same with the citation cache, its citations formatted before (as the app's export service runs it; alternating with the row above) | ${ms(result.inProcessCachedMedian)} | |
| \`briefing export\` as a whole process (\`${cliTemplate ?? cliCommand}\`, the note and its facts in a real store), exporting the note again: its citations were formatted before | ${ms(result.oursMedian)} | |
| the same, first export of these citations (\`DIR/cache/citations\` emptied before each run) | ${ms(result.firstMedian)} | |
| \`pandoc note.md -o note.docx\`, same content as Markdown with footnotes (${pandocVersion}) | ${ms(result.pandocMedian)} | |
| ratio, ours / pandoc, exporting again (runs alternate in the same loop) | ${ratio.toFixed(2)} | (no longer a target: issue 11) |
| ratio, ours / pandoc, first export of these citations | ${firstRatio.toFixed(2)} | |

Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores shared with other work (load average ${loadavg()
  .map((l) => l.toFixed(1))
  .join(' ')} at the end of the run), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${platform()} ${release()}, Node ${process.version}.
Numbers on a shared machine vary by tens of percent between runs; compare medians from the same run.

How the export gets there: the DOCX parts are zipped once, with Node's native zlib
(\`electron/core/export/package.ts\`), and formatted citations are kept in \`DIR/cache/citations\`
under a key of everything they depend on (\`electron/core/export/citation-cache.ts\`), so an
export whose citations are unchanged (the prose was edited, or the same note goes out again) does
not run citeproc-js at all: the gap between the first two rows, inside the app as on the command
line. The command line is one ES module (\`out/cli/index.mjs\`); pandoc is a native binary and is
given its footnotes already formatted.
`;

reportSection('docs/BENCHMARKS.md', section, headingSection('Export'));
rmSync(work, { recursive: true, force: true });

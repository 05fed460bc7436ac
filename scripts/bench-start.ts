/**
 * `npm run bench:start [-- --write-docs]`: how long browser mode takes from launch to a note
 * the user can type in, and the renderer's JS heap with a long note open.
 *  - host ready: spawning `node out/host/index.mjs` until it prints its URL (the data
 *    directory already holds a store: the first start, which copies the starter store, is not timed);
 *  - page: navigation start to the first frame in which the editor is editable and holds the
 *    note the app reopens (the starter's sample note, then the 20,000-word, 500-chip note);
 *  - heap: the renderer's used JS heap after a garbage collection with the long note open
 *    (scripts/bench/editor-note.ts builds it, as for bench:editor).
 * Medians over BENCH_RUNS runs (default 7). Prints the "## Start-up" section; with
 * --write-docs writes it into docs/BENCHMARKS.md. Needs a build (`npm run build`) first.
 * `-- --languages`: the sample-note page in the English and the Vietnamese interface (the
 * browser's language chooses it), each run beside a peer English run in the same loop, so the
 * ratio holds on a shared machine (issue 15: catalogues must not delay the first editable frame);
 * prints the medians and ratios only. `-- --languages --against DIR` adds, in each run, the same
 * page served by another checkout's build (DIR, built with `npm run build`; its own data
 * directory), e.g. the commit before issue 15, and gives each language's ratio to it. Each page
 * also reports the renderer's main-thread CPU time to the editable note, which a busy machine
 * hardly moves (wall time doubles under load).
 */
import { cpus, loadavg, release, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type Page } from '@playwright/test';
import { freshDataDir, startApp, type RunningApp } from '../tests/support/host';
import { headingSection, reportSection } from './bench/docs';
import { mustCall } from './crash/host-api';
import { benchNoteContent, lastParagraphMarker, type BenchFact } from './bench/editor-note';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

/** Host start to its printed URL, in ms. */
async function timedStart(dataDir: string): Promise<{ app: RunningApp; ms: number }> {
  const t = performance.now();
  const app = await startApp(dataDir);
  return { app, ms: performance.now() - t };
}

/** In the page, from navigation start: the first frame whose editor is editable and contains `text` (any text when null). */
function editableFrame(page: Page, text: string | null): Promise<number> {
  return page.evaluate(
    (wanted) =>
      new Promise<number>((resolve) => {
        const check = () => {
          const editor = document.querySelector('[data-testid="editor"]');
          if (editor?.getAttribute('contenteditable') === 'true' && (wanted === null ? editor.textContent !== '' : editor.textContent?.includes(wanted))) resolve(performance.now());
          else requestAnimationFrame(check);
        };
        check();
      }),
    text,
  );
}

/** Opens the app in a fresh page that reopens `noteId` (the renderer keeps the last note's id in localStorage). */
async function pageLoad(browser: Browser, app: RunningApp, noteId: string, text: string | null, locale = 'en-GB'): Promise<{ page: Page; ms: number; parsedMs: number; cpuMs: number }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale });
  // tsx compiles the in-page functions with esbuild's keepNames, which calls a __name helper the page lacks.
  await page.addInitScript('globalThis.__name = (f) => f');
  await page.addInitScript((id) => localStorage.setItem('briefing.lastNoteId', id), noteId);
  // The renderer's main-thread CPU time (Chromium's ThreadTime): unlike wall time, it hardly
  // moves when other work shares the machine, so builds compare on a busy one.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadTime = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
  const cpuBefore = await threadTime();
  // The check starts once the document is parsed; the app renders the note only after its API calls answer.
  await page.goto(app.url, { waitUntil: 'domcontentloaded' });
  const editable = await editableFrame(page, text);
  const cpuMs = (await threadTime()) - cpuBefore;
  await cdp.detach();
  // In the page (Navigation Timing; this file is typed for Node, without the DOM's types).
  const parsed = await page.evaluate(() => (performance as unknown as { getEntriesByType(type: string): { domContentLoadedEventEnd: number }[] }).getEntriesByType('navigation')[0]!.domContentLoadedEventEnd);
  return { page, ms: editable, parsedMs: parsed, cpuMs };
}

async function usedHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

const dataDir = freshDataDir('briefing-bench-start-');

/** The build to compare with (`--against DIR`), or null. */
function againstRoot(): string | null {
  const at = process.argv.indexOf('--against');
  return at > 0 ? resolve(process.argv[at + 1] ?? '') : null;
}

type Variant = 'en' | 'vi' | 'peer' | 'before';

/** The sample note's page in English, in Vietnamese, in English again as the peer and, with --against, in the other build; per run. */
async function compareLanguages(): Promise<void> {
  const before = againstRoot();
  const beforeDir = freshDataDir('briefing-bench-before-');
  if (before) await (await startApp(beforeDir, [], before)).stop();
  const variants: Variant[] = before ? ['en', 'vi', 'peer', 'before'] : ['en', 'vi', 'peer'];
  const times: Record<Variant, number[]> = { en: [], vi: [], peer: [], before: [] };
  const cpu: Record<Variant, number[]> = { en: [], vi: [], peer: [], before: [] };
  const ratio = { en: [] as number[], vi: [] as number[], enBefore: [] as number[], viBefore: [] as number[] };
  for (let i = 0; i < runs; i++) {
    const app = (await timedStart(dataDir)).app;
    const other = before ? await startApp(beforeDir, [], before) : null;
    // The order turns each run, so no variant always goes first.
    const order = variants.map((_, k, all) => all[(k + i) % all.length]!);
    for (const which of order) {
      const { page, ms: pageMs, cpuMs } = await pageLoad(browser, which === 'before' ? other! : app, 'sample-decision-note', null, which === 'vi' ? 'vi-VN' : 'en-GB');
      const lang = await page.evaluate(() => document.documentElement.lang);
      if (which !== 'before' && lang !== (which === 'vi' ? 'vi' : 'en')) throw new Error(`the ${which} run showed the interface in ${lang}`);
      times[which].push(pageMs);
      cpu[which].push(cpuMs);
      await page.close();
    }
    ratio.en.push(times.en.at(-1)! / times.peer.at(-1)!);
    ratio.vi.push(times.vi.at(-1)! / times.peer.at(-1)!);
    if (before) {
      ratio.enBefore.push(times.en.at(-1)! / times.before.at(-1)!);
      ratio.viBefore.push(times.vi.at(-1)! / times.before.at(-1)!);
    }
    console.log(`run ${i + 1}: ${variants.map((v) => `${v} ${ms(times[v].at(-1)!)} (CPU ${ms(cpu[v].at(-1)!)})`).join(', ')}`);
    await app.stop();
    await other?.stop();
  }
  console.log(
    `sample note editable (median of ${runs}): English ${ms(median(times.en))} (×${median(ratio.en).toFixed(2)} of its peer), ` +
      `Vietnamese ${ms(median(times.vi))} (×${median(ratio.vi).toFixed(2)} of its peer), English peer ${ms(median(times.peer))}` +
      (before
        ? `; ${before} build ${ms(median(times.before))}: English ×${median(ratio.enBefore).toFixed(2)}, Vietnamese ×${median(ratio.viBefore).toFixed(2)} of it`
        : '') +
      `; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`,
  );
  console.log(`renderer main-thread CPU to the editable note (median of ${runs}): ${variants.map((v) => `${v === 'before' ? before : v} ${ms(median(cpu[v]))}`).join(', ')}`);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  // The first start copies the starter store.
  await (await startApp(dataDir)).stop();
  if (process.argv.includes('--languages')) {
    await compareLanguages();
    await browser.close();
    process.exit(0);
  }

  const host: number[] = [];
  const samplePage: number[] = [];
  const sampleParsed: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { app, ms: hostMs } = await timedStart(dataDir);
    const { page, ms: pageMs, parsedMs } = await pageLoad(browser, app, 'sample-decision-note', null);
    host.push(hostMs);
    samplePage.push(pageMs);
    sampleParsed.push(parsedMs);
    console.log(`run ${i + 1}: host ready ${ms(hostMs)}, sample note editable ${ms(pageMs)}`);
    await page.close();
    await app.stop();
  }

  // The long note, reopened by each start.
  const app = await startApp(dataDir);
  const search = await mustCall<{ results: BenchFact[] }>(app, 'facts.search', { query: '', limit: 200 });
  const note = benchNoteContent(search.results);
  const created = await mustCall<{ id: string; metadata: unknown; updatedAt: string }>(app, 'notes.create', { templateId: 'information', title: 'Benchmark: long note' });
  await mustCall(app, 'notes.save', { id: created.id, metadata: created.metadata, content: note.content, baseUpdatedAt: created.updatedAt, snapshot: false });
  await app.stop();
  const longPage: number[] = [];
  const heap: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { app: longApp } = await timedStart(dataDir);
    const { page, ms: pageMs } = await pageLoad(browser, longApp, created.id, lastParagraphMarker);
    longPage.push(pageMs);
    heap.push(await usedHeapMb(page));
    console.log(`run ${i + 1}: long note editable ${ms(pageMs)}, heap ${heap.at(-1)!.toFixed(1)} MB`);
    await page.close();
    await longApp.stop();
  }

  const r = { host: median(host), samplePage: median(samplePage), sampleParsed: median(sampleParsed), longPage: median(longPage), heap: median(heap) };
  const launch = r.host + r.samplePage;
  const verdict = (value: number, target: number) => (value <= target ? 'met' : 'missed');
  const cpu = cpus();
  const section = `## Start-up

Measured by \`npm run bench:start\` (\`tsx scripts/bench-start.ts\`; BENCH_RUNS=${runs}), ${new Date().toISOString().slice(0, 10)}: browser mode on a data directory that already holds the starter store, headless Chromium at 1440×900.

| measure | median | target | |
|---|---|---|---|
| host ready: \`node out/host/index.mjs\` spawned → URL printed | ${ms(r.host)} | | |
| page: navigation start → editor editable with the sample note | ${ms(r.samplePage)} | | |
| of which: document loaded, its scripts run (DOMContentLoaded end); the rest is the app's first API calls and render | ${ms(r.sampleParsed)} | | |
| launch to editable (host ready + page with the sample note) | ${ms(launch)} | ≤ 500 ms | ${verdict(launch, 500)} |
| page: navigation start → editor editable with the ${note.words.toLocaleString('en')}-word, ${note.chips}-chip note, its last paragraph shown | ${ms(r.longPage)} | | |
| renderer JS heap with that note open, after a garbage collection | ${r.heap.toFixed(1)} MB | ≤ 150 MB | ${verdict(r.heap, 150)} |

Runs: host ${host.map(ms).join(', ')}; sample page ${samplePage.map(ms).join(', ')}; long-note page ${longPage.map(ms).join(', ')}; heap ${heap.map((h) => h.toFixed(1)).join(', ')} MB.

Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores shared with other work (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at the end of the run), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, linux ${release()}, Node ${process.version}, Chromium ${browser.version()} (headless, --disable-gpu).
`;
  reportSection('docs/BENCHMARKS.md', section, headingSection('Start-up'));
} finally {
  await browser.close();
}

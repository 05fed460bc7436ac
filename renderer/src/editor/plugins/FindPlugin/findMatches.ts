export interface TextRun {
  key: string;
  text: string;
  /** A fact chip: its statement is searched too, and a match selects the chip whole. */
  chip?: boolean;
}

export interface Match {
  key: string;
  start: number;
  end: number;
  chip?: boolean;
}

/** Case-insensitive matches inside each text run (a match across formatting changes is not found). */
export function findMatches(runs: TextRun[], query: string, limit = 2000): Match[] {
  const needle = query.toLocaleLowerCase();
  if (!needle) return [];
  const matches: Match[] = [];
  for (const run of runs) {
    const haystack = run.text.toLocaleLowerCase();
    let at = haystack.indexOf(needle);
    while (at !== -1 && matches.length < limit) {
      matches.push(run.chip ? { key: run.key, start: at, end: at + needle.length, chip: true } : { key: run.key, start: at, end: at + needle.length });
      at = haystack.indexOf(needle, at + needle.length);
    }
  }
  return matches;
}

/**
 * The text with `matches` (all in this one text) replaced by `replacement`, from the end so
 * earlier offsets stay valid. A match whose text no longer equals the query (the note changed
 * since the search) is left alone.
 */
export function replaceInText(text: string, matches: readonly Match[], query: string, replacement: string): { text: string; replaced: number } {
  const needle = query.toLocaleLowerCase();
  let out = text;
  let replaced = 0;
  for (const m of [...matches].sort((a, b) => b.start - a.start)) {
    if (out.slice(m.start, m.end).toLocaleLowerCase() !== needle) continue;
    out = out.slice(0, m.start) + replacement + out.slice(m.end);
    replaced++;
  }
  return { text: out, replaced };
}

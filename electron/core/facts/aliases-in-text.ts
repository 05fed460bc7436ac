/**
 * Abbreviations a source defines itself: "foreign direct investment (FDI)" and
 * "FDI (foreign direct investment)". Pure. After Schwartz & Hearst (2003), "A simple algorithm
 * for identifying abbreviation definitions in biomedical text": the abbreviation's letters are
 * found right to left in the words before it, the first one at the start of a word, and the
 * shortest such run of words is the expansion. Text that does not spell the letters (a
 * Vietnamese expansion of an English abbreviation) is not learned: a wrong alias would send
 * every search for the abbreviation astray, a missing one only to the curated list.
 */

export interface DefinedAlias {
  abbreviation: string;
  expansion: string;
}

/** 2–10 characters, starting with a capital letter, at least two capitals: FDI, EVFTA, ASEAN, UKVFTA, G20s. */
const abbreviationShape = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&-]{1,9}$/;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The shortest end of `candidate` whose letters spell `abbreviation`, or null. */
function longFormFor(abbreviation: string, candidate: string): string | null {
  let l = candidate.length - 1;
  for (let s = abbreviation.length - 1; s >= 0; s--) {
    const c = abbreviation[s]!.toLowerCase();
    if (!/[\p{L}\p{N}]/u.test(c)) continue;
    while (l >= 0 && (candidate[l]!.toLowerCase() !== c || (s === 0 && isWordChar(candidate[l - 1])))) l--;
    if (l < 0) return null;
    l--;
  }
  const start = Math.max(candidate.lastIndexOf(' ', l) + 1, 0);
  return candidate.slice(start).trim();
}

function accepted(abbreviation: string, expansion: string | null): expansion is string {
  if (expansion === null) return false;
  const words = expansion.split(/\s+/).filter(Boolean);
  // The abbreviation's last letter is in the expansion's last word: "the Prime Minister said (PM)" is not a definition.
  const last = abbreviation.replace(/[^\p{L}\p{N}]/gu, '').slice(-1).toLowerCase();
  if (!words[words.length - 1]!.toLowerCase().includes(last)) return false;
  // Schwartz & Hearst's bound: no more than min(|A| + 5, 2|A|) words; and more than the abbreviation itself.
  return words.length >= 2 && words.length <= Math.min(abbreviation.length + 5, abbreviation.length * 2) && expansion.length > abbreviation.length;
}

export function aliasesInText(text: string): DefinedAlias[] {
  const found = new Map<string, DefinedAlias>();
  const add = (abbreviation: string, expansion: string) => {
    const clean = expansion.replace(/^[\s“"'‘(]+|[\s”"'’),.;:]+$/gu, '').replace(/\s+/g, ' ');
    found.set(`${abbreviation}\u0000${clean.toLowerCase()}`, { abbreviation, expansion: clean });
  };
  for (const m of text.matchAll(/\(([^()\n]{2,120})\)/g)) {
    const inside = m[1]!.trim();
    const before = text.slice(Math.max(0, m.index - 200), m.index).replace(/\s+$/u, '');
    if (abbreviationShape.test(inside)) {
      // "foreign direct investment (FDI)": the words since the last clause break.
      const clause = before.split(/[.;:!?()\n“”"]/u).pop() ?? '';
      const expansion = longFormFor(inside, clause);
      if (accepted(inside, expansion)) add(inside, expansion);
      continue;
    }
    // "FDI (foreign direct investment)": the word right before the parenthesis.
    const abbreviation = /([A-Za-z0-9&-]+)$/.exec(before)?.[1];
    if (abbreviation && abbreviationShape.test(abbreviation) && /\s/.test(inside)) {
      const expansion = longFormFor(abbreviation, inside);
      if (accepted(abbreviation, expansion) && expansion === inside.replace(/\s+/g, ' ')) add(abbreviation, expansion);
    }
  }
  return [...found.values()];
}

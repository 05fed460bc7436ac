import { describe, expect, it } from 'vitest';
import { charactersPresent, measureLoss, type Burst } from '../../../../scripts/crash/typing-ledger';

const burst = (trial: number, text: string, start: number): Burst => ({ trial, text, times: [...text].map((_, i) => start + i * 10) });

describe('crash trials: what the note kept of what was typed', () => {
  const a = burst(1, ' ZQ1.1: alpha beta', 1000);
  const b = burst(1, ' ZQ1.2: gamma', 2000);
  const c = burst(1, ' ZQ1.12: delta', 3000);

  it('finds whole bursts, a cut-short burst, and never takes one marker for another', () => {
    // ZQ1.1 is missing; the later ZQ1.12 must not count as a prefix of it.
    expect(charactersPresent([a, b, c], `Purpose\n${c.text}\n`)).toEqual([0, 0, c.text.length]);
    expect(charactersPresent([a, b, c], `x${a.text}${b.text.slice(0, 11)}\n`)).toEqual([a.text.length, 11, 0]);
    // A burst cut after its marker keeps its own space, not the next burst's.
    const cut = burst(1, ' ZQ1.3: epsilon', 4000);
    const next = burst(2, ' ZQ2.4: zeta', 5000);
    expect(charactersPresent([cut, next], ` ZQ1.3:${next.text}`)).toEqual([8, next.text.length]);
    // A burst killed inside its marker (" ZQ1") keeps nothing and must not match " ZQ12.".
    const unfinished = { trial: 1, text: ' ZQ1', times: [1, 2, 3, 4] };
    expect(charactersPresent([unfinished, c], c.text)).toEqual([0, c.text.length]);
    // Less than the whole marker could be anyone's: counted as missing.
    expect(charactersPresent([a, b], `${a.text} ZQ1`)).toEqual([a.text.length, 0]);
  });

  it('measures the loss from the first missing keystroke to the kill', () => {
    const noteText = `${a.text}${b.text.slice(0, 10)}`;
    const { findings } = measureLoss({ bursts: [a, b], trial: 1, killAt: 2500, noteText, settled: [0, 0], acknowledgedText: a.text, savedShownBoundary: 1500 });
    expect(findings.lostChars).toBe(b.text.length - 10);
    expect(findings.lossMs).toBe(2500 - (2000 + 10 * 10));
    expect(findings.lostAcknowledgedChars).toBe(0);
    expect(findings.outOfOrder).toBe(false);
  });

  it('flags acknowledged text that is missing, text an earlier trial saved, and a torn save', () => {
    const acknowledged = measureLoss({ bursts: [a, b], trial: 1, killAt: 2500, noteText: '', settled: [0, 0], acknowledgedText: a.text, savedShownBoundary: null });
    expect(acknowledged.findings.lostAcknowledgedChars).toBe(a.text.length);
    const shownSaved = measureLoss({ bursts: [a], trial: 1, killAt: 2500, noteText: '', settled: [0], acknowledgedText: null, savedShownBoundary: 1100 });
    // Keys 0-9 came before the save; the 7 marker keys are not checked on their own.
    expect(shownSaved.findings.lostAcknowledgedChars).toBe(3);
    const earlier = measureLoss({ bursts: [a, b], trial: 2, killAt: 2500, noteText: b.text, settled: [a.text.length, 0], acknowledgedText: null, savedShownBoundary: null });
    expect(earlier.findings.lostEarlierChars).toBe(a.text.length);
    const torn = measureLoss({ bursts: [a, b], trial: 1, killAt: 2500, noteText: `${a.text.slice(0, 10)}${b.text}`, settled: [0, 0], acknowledgedText: null, savedShownBoundary: null });
    expect(torn.findings.outOfOrder).toBe(true);
  });
});

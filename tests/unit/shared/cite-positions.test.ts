/**
 * "Ibid." where the style says so (issue 14): formatCitations hands citeproc-js each cite's CSL
 * position, ibid included (citePositions). Our Chicago file (CMOS 17 full notes) prints its
 * short form at ibid too; a note style whose ibid branch prints the "ibid" term, run through
 * the same engine with these positions, prints "Ibid." for an immediately repeated source.
 */
import CSL from 'citeproc';
import enUS from 'locale-en-us';
import { describe, expect, it } from 'vitest';
import { citePositions, footnotePlacer, formatCitations, type CitedItem } from '../../../shared/citations';
import { vns, vov } from '../../support/seed-sources';

const [first, subsequent, ibid] = [0, 1, 2];

describe('citePositions', () => {
  it('says ibid for the same single source in the next note, subsequent for a source seen before, first otherwise', () => {
    expect(citePositions([['a'], ['a'], ['b'], ['a'], ['a', 'b'], ['a'], [], ['a']])).toEqual([
      [first],
      [ibid],
      [first],
      [subsequent],
      [ibid, subsequent],
      // The previous note cited two sources: not ibid (CSL 1.0.2, "Position").
      [subsequent],
      [],
      // A note without a source breaks the chain.
      [subsequent],
    ]);
  });

  it("cites every note in full, and gives every repeat a note of its own, when the profile says 'new-note' (Decree 30)", () => {
    expect(citePositions([['a'], ['a'], ['a', 'b']], 'new-note')).toEqual([[first], [first], [first, first]]);
    const same = footnotePlacer('same-note');
    const own = footnotePlacer('new-note');
    expect(['a', 'b', 'a'].map(same)).toEqual(['first', 'first', 'same']);
    expect(['a', 'b', 'a'].map(own)).toEqual(['first', 'first', 'new']);
  });
});

const node = (name: string, attrs: Record<string, string> = {}, children: unknown[] = []) => ({ name, attrs, children });
/** A minimal note style: "Ibid." at ibid, the title at subsequent, title and outlet first. */
const ibidStyle = node('style', { xmlns: 'http://purl.org/net/xbiblio/csl', class: 'note', version: '1.0' }, [
  node('info', {}, [node('id', {}, ['ibid-test']), node('title', {}, ['Ibid test']), node('updated', {}, ['2026-01-01T00:00:00+00:00'])]),
  node('citation', {}, [
    node('layout', { suffix: '.' }, [
      node('choose', {}, [
        node('if', { position: 'ibid' }, [node('text', { term: 'ibid', 'text-case': 'capitalize-first' })]),
        node('else-if', { position: 'subsequent' }, [node('text', { variable: 'title' })]),
        node('else', {}, [node('group', { delimiter: ', ' }, [node('text', { variable: 'title' }), node('text', { variable: 'container-title' })])]),
      ]),
    ]),
  ]),
]);

describe('ibid positions in citeproc-js', () => {
  it('print "Ibid." for an immediately repeated source in a style that says so, the short form after another note', () => {
    const items = new Map<string, unknown>([vov, vns].map((s, i) => [`i${i}`, { id: `i${i}`, type: 'article-newspaper', title: s.title, 'container-title': s.publisher }]));
    const engine = new CSL.Engine({ retrieveLocale: () => enUS, retrieveItem: (id: string) => items.get(id) }, ibidStyle, 'en-US', true);
    engine.setOutputFormat('text');
    engine.updateItems(['i0', 'i1']);
    const notes = [['i0'], ['i0'], ['i1'], ['i0']];
    const printed = citePositions(notes).map((positions, n) => engine.makeCitationCluster(notes[n]!.map((id, j) => ({ id, position: positions[j]! }))));
    expect(printed).toEqual([`${vov.title}, ${vov.publisher}.`, 'Ibid.', `${vns.title}, ${vns.publisher}.`, `${vov.title}.`]);
  });

  it('keeps Chicago full notes: full, then the short form for a repeat, ibid or not', async () => {
    const cite = (factId: string, sources: CitedItem['sources']): CitedItem => ({ factId, factVersion: 1, statement: factId, quote: null, sources });
    const { notes } = await formatCitations([cite('a', [vov]), cite('b', [vov]), cite('c', [vns]), cite('d', [vov])], 'chicago');
    expect(notes[0]!.text).toContain('VOV.VN, January 14, 2026');
    expect(notes[1]!.text).toBe('“Government Leader Calls for Deeper, More Effective International Integration.”');
    expect(notes[3]!.text).toBe(notes[1]!.text);
  });

  it("prints every note in full under 'new-note', and leaves the reference list out when nothing prints it", async () => {
    const cite = (factId: string, sources: CitedItem['sources']): CitedItem => ({ factId, factVersion: 1, statement: factId, quote: null, sources });
    const { notes, bibliography } = await formatCitations([cite('a', [vov]), cite('b', [vov])], 'chicago', 'en-US', { repeated: 'new-note', bibliography: false });
    expect(notes[1]!.text).toBe(notes[0]!.text);
    expect(notes[1]!.text).toContain('VOV.VN, January 14, 2026');
    expect(bibliography).toEqual([]);
  });
});

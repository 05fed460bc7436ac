// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { defaultLayout, paneLimits, parseLayout } from '../../../../../renderer/src/features/shell/useLayout';

describe('remembered layout', () => {
  it('restores stored sizes and open panes, clamped to the allowed range', () => {
    const layout = parseLayout(JSON.stringify({ libraryWidth: 5000, factsWidth: 300, libraryOpen: false, factsOpen: true, metadataOpen: true }));
    expect(layout).toEqual({ libraryWidth: paneLimits.max, factsWidth: 300, libraryOpen: false, factsOpen: true, metadataOpen: true });
  });

  it('falls back to the default for anything malformed', () => {
    expect(parseLayout('{not json')).toEqual(defaultLayout);
    expect(parseLayout(JSON.stringify({ libraryWidth: 'wide', libraryOpen: 'yes' }))).toEqual(defaultLayout);
    expect(parseLayout(null)).toEqual(defaultLayout);
  });
});

/** Small line icons (system fonts lack reliable glyphs for these). */
const paths = {
  rename: 'M3 13h3l7-7-3-3-7 7v3zM9 4l3 3',
  duplicate: 'M5 5h8v8H5zM3 11V3h8',
  trash: 'M3 4h10M6 4V2.5h4V4M4.5 4l.7 9.5h5.6l.7-9.5',
} as const;

export function Icon({ name }: { name: keyof typeof paths }) {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" strokeLinecap="round" />
    </svg>
  );
}

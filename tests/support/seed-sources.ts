/**
 * The seed sources' metadata as the texts show it (shared/seeds/README.md): one has a URL, two
 * have no publisher, one has a byline, one has a date known only from context.
 */
import type { CitedSource } from '../../shared/citations';

export const vov: CitedSource = {
  id: 'src-vov',
  title: 'Government leader calls for deeper, more effective international integration',
  publisher: 'VOV.VN',
  authors: [],
  published: '2026-01-14',
  url: null,
  accessed: null,
};
export const vns: CitedSource = {
  id: 'src-vns',
  title: 'Prime Minister urges deeper, higher-quality international integration',
  publisher: 'VNS',
  authors: [],
  published: '2026-01-15',
  url: null,
  accessed: null,
};
export const baotintuc: CitedSource = {
  id: 'src-baotintuc',
  title: 'International integration, an important driving force bringing the country into a new era',
  publisher: 'baotintuc.vn',
  authors: [],
  published: '2025-11-06',
  url: 'https://baotintuc.vn/english/international-integration-an-important-driving-force-bringing-the-country-into-a-new-era.htm',
  accessed: '2026-01-20',
};
export const toLam: CitedSource = {
  id: 'src-tolam',
  title: 'General Secretary To Lam: International integration is a key driver developments',
  publisher: null,
  authors: ['Le Van'],
  published: null,
  url: null,
  accessed: null,
};
export const steering: CitedSource = {
  id: 'src-steering',
  title: 'Steering committee reviews international integration work',
  publisher: null,
  authors: [],
  published: '2026-01-14',
  url: null,
  accessed: null,
};

/** The export slice of the contract. */
import type { Database } from 'better-sqlite3';
import type { HandlersFor } from '../../../shared/contract/define';
import type { exportContract } from '../../../shared/contract/export';
import type { createExportService } from './service';

type ExportService = ReturnType<typeof createExportService>;

export function exportHandlers(db: Database): HandlersFor<typeof exportContract> {
  // Loaded on first use: the export code and docx (about 70 ms of compiling) are not needed
  // for the app to start (docs/BENCHMARKS.md, "Start-up").
  let service: Promise<ExportService> | null = null;
  const load = () => (service ??= import('./service').then((m) => m.createExportService(db)));
  return {
    'export.check': async (r) => (await load()).check(r.noteId),
    'export.docx': async (r) => {
      const { fileName, buffer, check } = await (await load()).exportNote(r.noteId, r.style, r.confirmed, r.profileId);
      return { fileName, base64: buffer.toString('base64'), bytes: buffer.length, check };
    },
    'export.citations': async (r) => (await load()).citations(r.citations, r.style, r.language, r.templateId && { templateId: r.templateId, profileId: r.profileId ?? '' }),
    'export.profiles': async () => ({ profiles: (await import('./profile-files')).listProfiles(db) }),
    'export.profile': async (r) => {
      const { reference, ...profile } = (await import('./profile-files')).resolveProfile(db, { templateId: r.templateId, metadata: { profileId: r.profileId, language: r.language } });
      // The department's styles are Word's; its header's images print as well (a plain raster copy).
      return {
        profile,
        headerImages: (await import('./header-images')).printHeaderImages(reference),
        replaced: { header: Boolean(reference?.header), footer: Boolean(reference?.footer) },
      };
    },
    'export.audit': async (r) => (await load()).audit(Buffer.from(r.base64, 'base64')),
  };
}

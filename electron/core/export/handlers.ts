/** The export slice of the contract. */
import type { Database } from 'better-sqlite3';
import type { HandlersFor } from '../../../shared/contract/define';
import type { exportContract } from '../../../shared/contract/export';
import { createExportService } from './service';

export function exportHandlers(db: Database): HandlersFor<typeof exportContract> {
  const service = createExportService(db);
  return {
    'export.check': (r) => service.check(r.noteId),
    'export.docx': async (r) => {
      const { fileName, buffer, check } = await service.exportNote(r.noteId, r.style, r.confirmed);
      return { fileName, base64: buffer.toString('base64'), bytes: buffer.length, check };
    },
    'export.citations': (r) => service.citations(r.citations, r.style),
    'export.audit': (r) => service.audit(Buffer.from(r.base64, 'base64')),
  };
}

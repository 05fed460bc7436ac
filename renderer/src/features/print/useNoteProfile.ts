import { useEffect, useRef, useState, type RefObject } from 'react';
import type { PrintHeaderImage } from '../../../../shared/contract/export';
import type { PrintProfile } from '../../../../shared/document-profiles';
import type { NoteLanguage, TemplateId } from '../../../../shared/note-format';
import { api } from '../../api';

export interface PageParts {
  headerImages: readonly PrintHeaderImage[];
  replaced: { header: boolean; footer: boolean };
}

/** A built-in profile's: no letterhead, nothing replaced. */
export const noPageParts: PageParts = { headerImages: [], replaced: { header: false, footer: false } };

export interface NoteProfile {
  /** The note's document profile as the back end resolves it (export.profile), or null until it answers. */
  profile: PrintProfile | null;
  /** An imported profile's letterhead images, and whether its reference's header and footer replace the profile's, as print draws them. */
  pageParts: RefObject<PageParts>;
  /** The answer for the note as it is now: printing waits for it rather than use a stale one. */
  resolved: RefObject<Promise<PrintProfile> | null>;
}

/**
 * The open note's document profile: its own, a department's imported one included, or its
 * template's default, as the back end resolves it for Word (export.profile). Print and the
 * status bar's page estimate both lay the note out by it.
 */
export function useNoteProfile(templateId: TemplateId, language: NoteLanguage, profileId: string): NoteProfile {
  const [profile, setProfile] = useState<PrintProfile | null>(null);
  const pageParts = useRef<PageParts>(noPageParts);
  const resolved = useRef<Promise<PrintProfile> | null>(null);
  useEffect(() => {
    let live = true;
    const request = api['export.profile']({ templateId, language, profileId }).then((r) => {
      if (live) pageParts.current = { headerImages: r.headerImages, replaced: r.replaced };
      return r.profile;
    });
    resolved.current = request;
    request.then(
      (p) => live && setProfile(p),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [templateId, language, profileId]);
  return { profile, pageParts, resolved };
}

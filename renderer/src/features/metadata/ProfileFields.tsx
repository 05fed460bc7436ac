import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListedProfileShape } from '../../../../shared/contract/export';
import { defaultProfileId } from '../../../../shared/document-profiles/builtin';
import type { NoteMetadata, TemplateId } from '../../../../shared/note-format';
import { uiLanguageOf } from '../../../../shared/ui-language';
import type { z } from 'zod';
import { api } from '../../api';

type ListedProfile = z.infer<typeof ListedProfileShape>;

interface Props {
  metadata: NoteMetadata;
  templateId: TemplateId;
  onChange(change: Partial<NoteMetadata>): void;
}

/** The fields only a Decree 30 document prints: place, urgency, signer and recipients. */
const decree30Fields = [
  { key: 'place', multiline: false },
  { key: 'urgency', multiline: false },
  { key: 'signerTitle', multiline: true },
  { key: 'signerName', multiline: false },
  { key: 'recipients', multiline: true },
] as const;

/**
 * The note's language and house format (document profile), and the fields its profile asks
 * for. "Template default" keeps `profileId` empty, so the note follows its template's profile.
 */
export function ProfileFields({ metadata, templateId, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const [profiles, setProfiles] = useState<ListedProfile[]>([]);
  useEffect(() => {
    let live = true;
    api['export.profiles']({})
      .then((r) => live && setProfiles(r.profiles))
      .catch(() => live && setProfiles([]));
    return () => {
      live = false;
    };
  }, []);
  const uiLanguage = uiLanguageOf(i18n.language ?? 'en');
  const effective = metadata.profileId || defaultProfileId(templateId, metadata.language);
  const layout = profiles.find((p) => p.id === effective)?.layout;
  return (
    <>
      <label className="field">
        {t('metadata.profileFields.language')}
        <select value={metadata.language} onChange={(e) => onChange({ language: e.target.value as NoteMetadata['language'] })} data-testid="note-language">
          <option value="en">{t('metadata.profileFields.languageEn')}</option>
          <option value="vi">{t('metadata.profileFields.languageVi')}</option>
        </select>
      </label>
      <label className="field">
        {t('metadata.profileFields.profile')}
        <select value={metadata.profileId} onChange={(e) => onChange({ profileId: e.target.value })} data-testid="note-profile">
          <option value="">{t('metadata.profileFields.profileDefault')}</option>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name[uiLanguage]}
            </option>
          ))}
          {metadata.profileId && !profiles.some((p) => p.id === metadata.profileId) && <option value={metadata.profileId}>{metadata.profileId}</option>}
        </select>
      </label>
      {layout === 'decree30' &&
        decree30Fields.map((f) => (
          <label key={f.key} className={`field${f.multiline ? ' field-wide' : ''}`}>
            {t(`metadata.profileFields.${f.key}`)}
            {f.multiline ? (
              <textarea rows={2} value={metadata[f.key] ?? ''} onChange={(e) => onChange({ [f.key]: e.target.value })} />
            ) : (
              <input type="text" value={metadata[f.key] ?? ''} onChange={(e) => onChange({ [f.key]: e.target.value })} />
            )}
          </label>
        ))}
    </>
  );
}

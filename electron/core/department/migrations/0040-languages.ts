import type { DepartmentMigration } from './index';

/**
 * Facts in more than one language (issue 15), mirrored from desktop migration 0060: a fact
 * version says which language its statement is in and carries its translations (a JSON object
 * of language → statement, as the desktop stores it); a source may keep its original-language
 * title beside a translated one. Both only add columns with defaults, so rows already in the
 * log keep reading as English with no translations.
 */
export const migration0040: DepartmentMigration = {
  version: 40,
  name: 'languages',
  sql: `
    ALTER TABLE briefing.fact_versions
      ADD COLUMN language text NOT NULL DEFAULT 'en' CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
      ADD COLUMN translations text NOT NULL DEFAULT '{}' CHECK (translations::jsonb IS NOT NULL AND jsonb_typeof(translations::jsonb) = 'object');
    ALTER TABLE briefing.sources ADD COLUMN original_title text;
  `,
};

import { diffWords } from 'diff';
import { useMemo, useState } from 'react';
import type { FactVersion } from '../../../../shared/model';
import { valueLabel } from './labels';
import { useTranslation } from 'react-i18next';

/**
 * Word-level differences between any two versions of a fact.
 * TODO(facts.diff): the versions come with facts.get, so the diff is computed here; switch to
 * `facts.diff` ({ id, from, to } → statement segments + changed fields, branch `packs`) if
 * the store's diff should be the one shown.
 */
const fields: { label: string; text(v: FactVersion): string }[] = [
  { label: 'factForm.statement', text: (v) => v.statement },
  { label: 'fact.fields.value', text: (v) => valueLabel(v) },
  { label: 'fact.fields.metric', text: (v) => v.metric ?? '' },
  { label: 'fact.fields.subject', text: (v) => v.subject ?? '' },
  { label: 'fact.fields.period', text: (v) => v.period ?? '' },
  { label: 'fact.fields.claimant', text: (v) => v.claimant ?? '' },
  { label: 'fact.fields.topics', text: (v) => v.topics.join(', ') },
  { label: 'fact.fields.notes', text: (v) => v.notes },
];

export function VersionDiff({ versions }: { versions: FactVersion[] }) {
  const { t } = useTranslation();
  const latest = versions[versions.length - 1]?.version ?? 1;
  const [from, setFrom] = useState(Math.max(1, latest - 1));
  const [to, setTo] = useState(latest);
  const a = versions.find((v) => v.version === from);
  const b = versions.find((v) => v.version === to);
  const changes = useMemo(
    () => (a && b ? fields.map((f) => ({ label: f.label, parts: diffWords(f.text(a), f.text(b)) })).filter((c) => c.parts.some((p) => p.added || p.removed)) : []),
    [a, b],
  );
  const pick = (value: number, onPick: (v: number) => void, label: string, testId: string) => (
    <label className="field field-inline">
      {label}
      <select value={value} onChange={(e) => onPick(Number(e.target.value))} data-testid={testId}>
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            {t('history.version', { version: v.version })}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="version-diff" data-testid="version-diff">
      <div className="diff-pickers">
        {pick(from, setFrom, t('diff.compare'), 'diff-from')}
        {pick(to, setTo, t('diff.with'), 'diff-to')}
      </div>
      {from === to ? (
        <p className="muted">{t('diff.pickTwo')}</p>
      ) : changes.length === 0 ? (
        <p className="muted">{t('diff.none')}</p>
      ) : (
        <dl className="diff-list">
          {changes.map((c) => (
            <div key={c.label} className="diff-row">
              <dt>{t(c.label)}</dt>
              <dd>
                {c.parts.map((p, i) =>
                  p.added ? (
                    <ins key={i}>{p.value}</ins>
                  ) : p.removed ? (
                    <del key={i}>{p.value}</del>
                  ) : (
                    <span key={i}>{p.value}</span>
                  ),
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

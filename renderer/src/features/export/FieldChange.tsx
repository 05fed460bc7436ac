import { diffWords } from 'diff';

export interface Change {
  field: string;
  old: string;
  new: string;
}

/** Field names as the user knows them from the fact panel. */
function fieldLabel(field: string): string {
  const spaced = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * One changed field. Short values read best as "old → new"; a sentence reads best once,
 * with the removed and added words marked, so a one-word revision does not hide in two
 * near-identical paragraphs.
 */
export function FieldChangeView({ change }: { change: Change }) {
  const long = change.old.length > 40 && change.new.length > 40;
  return (
    <li data-testid="audit-change" data-field={change.field}>
      <span className="audit-field">{fieldLabel(change.field)}</span>
      {long ? (
        <span className="audit-diff">
          {diffWords(change.old, change.new).map((part, i) =>
            part.added ? (
              <ins key={i}>
                <span className="visually-hidden">[added: </span>
                {part.value}
                <span className="visually-hidden">]</span>
              </ins>
            ) : part.removed ? (
              <del key={i}>
                <span className="visually-hidden">[removed: </span>
                {part.value}
                <span className="visually-hidden">]</span>
              </del>
            ) : (
              <span key={i}>{part.value}</span>
            ),
          )}
        </span>
      ) : (
        <span className="audit-diff">
          <del>{change.old || '(empty)'}</del>
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden"> changed to </span>
          <ins>{change.new || '(empty)'}</ins>
        </span>
      )}
    </li>
  );
}

import { $getRoot, type LexicalEditor } from 'lexical';
import { $citationNodesUnder, type CitationNode } from '../../editor/nodes/citationNodes';
import { $createFactNode, $isFactNode } from '../../editor/nodes/FactNode';

/** A phantom citation (a fact or version the store does not have), as the findings list names it. */
export interface PhantomCitation {
  factId: string;
  factVersion: number;
  /** "fact": every chip of that fact is phantom; "version": only chips of that version. */
  missing: 'fact' | 'version';
}

export type CitationFix = { kind: 'remove'; citation: PhantomCitation } | { kind: 'relink'; citation: PhantomCitation; to: { factId: string; factVersion: number; statement: string } };

function $phantomChips(citation: PhantomCitation): CitationNode[] {
  return $citationNodesUnder($getRoot()).filter(
    (node) => node.getFactId() === citation.factId && (citation.missing === 'fact' || node.getFactVersion() === citation.factVersion),
  );
}

/**
 * Fixes a phantom citation from the findings list: removes its chips, or relinks them to a fact
 * the store has (the chip then shows that fact's statement: the user chose it). An ordinary,
 * undoable edit. Returns how many chips changed.
 */
export function fixCitation(editor: LexicalEditor, fix: CitationFix): number {
  let changed = 0;
  editor.update(
    () => {
      for (const chip of $phantomChips(fix.citation)) {
        if (!$isFactNode(chip)) {
          // The writer's own words stay: removing drops only the citation, relinking only changes what they cite.
          if (fix.kind === 'remove') {
            for (const child of chip.getChildren()) chip.insertBefore(child);
            chip.remove();
          } else chip.setCitation(fix.to.factId, fix.to.factVersion);
        } else if (fix.kind === 'remove') chip.remove();
        else chip.replace($createFactNode({ factId: fix.to.factId, factVersion: fix.to.factVersion, text: fix.to.statement }));
        changed++;
      }
    },
    { discrete: true },
  );
  return changed;
}

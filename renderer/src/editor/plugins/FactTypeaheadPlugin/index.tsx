import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { TextNode } from 'lexical';
import { useContext, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { statementIn } from '../../../../../shared/fact-statement';
import type { FactSummary } from '../../../../../shared/model';
import { api } from '../../../api';
import { NoteLanguageContext } from '../../FactsContext';
import { $createFactNode } from '../../nodes/FactNode';

/** As many as fit under the caret without the menu scrolling; the fact panel has the full list. */
const typeaheadLimit = 6;

class FactOption extends MenuOption {
  constructor(readonly fact: FactSummary) {
    super(fact.id);
  }
}

/** `@` followed by a few words opens a fact search at the caret; Enter inserts the chosen fact as a chip. */
export function FactTypeaheadPlugin() {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState<string | null>(null);
  const [options, setOptions] = useState<FactOption[]>([]);
  const language = useContext(NoteLanguageContext);
  const trigger = useBasicTypeaheadTriggerMatch('@', { minLength: 0, maxLength: 60, allowWhitespace: true });

  useEffect(() => {
    if (query === null) {
      setOptions([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      api['facts.search']({ query, limit: typeaheadLimit })
        .then((r) => current && setOptions(r.results.map((f) => new FactOption(f))))
        .catch(() => current && setOptions([]));
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  const onSelectOption = (option: FactOption, textNode: TextNode | null, closeMenu: () => void) => {
    editor.update(() => {
      const chip = $createFactNode({ factId: option.fact.id, factVersion: option.fact.version, text: statementIn(option.fact, language).text });
      if (textNode) textNode.replace(chip);
      chip.selectNext();
      closeMenu();
    });
  };

  return (
    <LexicalTypeaheadMenuPlugin<FactOption>
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      triggerFn={trigger}
      options={options}
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchor.current && query !== null
          ? createPortal(
              // Lexical makes the anchor the listbox (id typeahead-menu) and points aria-activedescendant at typeahead-item-N.
              <ul className="typeahead" role="presentation">
                {options.length === 0 ? (
                  <li role="option" aria-selected={false} aria-disabled="true" className="typeahead-empty">
                    {query ? `No facts match “${query}”` : 'Type to search facts'}
                  </li>
                ) : (
                  options.map((option, i) => (
                    <li
                      key={option.key}
                      ref={(el) => option.setRefElement(el)}
                      role="option"
                      id={`typeahead-item-${i}`}
                      aria-selected={selectedIndex === i}
                      className={selectedIndex === i ? 'typeahead-option selected' : 'typeahead-option'}
                      data-testid="typeahead-option"
                      data-fact-id={option.fact.id}
                      onMouseEnter={() => setHighlightedIndex(i)}
                      onMouseDown={(e) => e.preventDefault()}
                      onClick={() => selectOptionAndCleanUp(option)}
                    >
                      <span className={`status-dot status-${option.fact.status}`} aria-hidden="true" />
                      <span className="typeahead-text">{statementIn(option.fact, language).text}</span>
                      <span className="typeahead-meta">{option.fact.sources[0]?.title ?? ''}</span>
                    </li>
                  ))
                )}
              </ul>,
              anchor.current,
            )
          : null
      }
    />
  );
}

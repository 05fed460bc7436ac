import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { COMMAND_PRIORITY_CRITICAL, KEY_ENTER_COMMAND, type TextNode } from 'lexical';
import { useContext, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatFigure } from '../../../../../shared/figure-format';
import type { FactSummary } from '../../../../../shared/model';
import type { ChipForm } from '../../../../../shared/note-format';
import { api } from '../../../api';
import { NoteLanguageContext } from '../../FactsContext';
import { referenceFor } from '../../nodes/citationNodes';
import { $createFactNode } from '../../nodes/FactNode';

/** As many as fit under the caret without the menu scrolling; the fact panel has the full list. */
const typeaheadLimit = 6;

class FactOption extends MenuOption {
  constructor(readonly fact: FactSummary) {
    super(fact.id);
  }
}

/**
 * `@` followed by a few words opens a fact search at the caret; Enter inserts the chosen fact as a
 * statement chip, Alt+Enter (or the figure beside it) as its figure.
 */
export function FactTypeaheadPlugin() {
  const [editor] = useLexicalComposerContext();
  const language = useContext(NoteLanguageContext);
  const { t } = useTranslation();
  // The form the next selection inserts: set by Alt+Enter or the figure button just before the menu selects.
  const formRef = useRef<ChipForm>('statement');
  const [query, setQuery] = useState<string | null>(null);
  const [options, setOptions] = useState<FactOption[]>([]);
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

  // Runs before the menu's own Enter handler (which selects the option) and tells it which form to insert.
  useEffect(
    () =>
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          formRef.current = event?.altKey ? 'figure' : 'statement';
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor],
  );

  const onSelectOption = (option: FactOption, textNode: TextNode | null, closeMenu: () => void) => {
    const form = formRef.current;
    formRef.current = 'statement';
    editor.update(() => {
      const chip = $createFactNode(referenceFor(option.fact, form, language));
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
                      <span className="typeahead-text">{option.fact.statement}</span>
                      <span className="typeahead-meta">{option.fact.sources[0]?.title ?? ''}</span>
                      <FigureButton
                        figure={formatFigure(option.fact, language)}
                        title={t('cite.typeaheadFigureHint')}
                        onInsert={() => {
                          formRef.current = 'figure';
                          selectOptionAndCleanUp(option);
                        }}
                      />
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

/** The fact's figure beside its statement in the menu: clicking it inserts the figure. */
function FigureButton({ figure, title, onInsert }: { figure: string | null; title: string; onInsert(): void }) {
  if (figure === null) return null;
  return (
    <button
      type="button"
      className="typeahead-figure"
      data-testid="typeahead-figure"
      title={title}
      onMouseDown={(e) => e.preventDefault()}
      onClick={(e) => {
        e.stopPropagation();
        onInsert();
      }}
    >
      {figure}
    </button>
  );
}

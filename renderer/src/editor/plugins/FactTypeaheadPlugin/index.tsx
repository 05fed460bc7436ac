import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { COMMAND_PRIORITY_CRITICAL, KEY_ENTER_COMMAND, type TextNode } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { FactSummary } from '../../../../../shared/model';
import { api } from '../../../api';
import { requestFactSearch } from './factSearchRequests';
import { $createFactNode } from '../../nodes/FactNode';
import { factQueryMatch } from './factQueryMatch';

/** As many as fit under the caret without the menu scrolling; the fact panel has the full list. */
const typeaheadLimit = 6;

class FactOption extends MenuOption {
  constructor(readonly fact: FactSummary) {
    super(fact.id);
  }
}

/** What the menu offers when no fact matches: search the panel (first, so Enter does it) or make the fact. */
class ActionOption extends MenuOption {
  constructor(readonly action: 'search-panel' | 'create-fact') {
    super(action);
  }
}

type Option = FactOption | ActionOption;

/** The answer for one query: the matching facts, or the two actions when there are none. */
interface Answer {
  query: string;
  options: Option[];
  matched: boolean;
}

/**
 * `@` followed by a few words, figures or abbreviations opens a fact search at the caret. The
 * menu always answers (issue 12 item 3): matching facts, or "no fact matches" with "Search in
 * the fact panel" and "Create a fact…".
 *
 * Enter, as with Word's AutoComplete, takes what the menu shows: the highlighted fact, or the
 * highlighted action when nothing matches; it never starts a new paragraph while the menu is
 * open. Enter pressed before the answer for the latest keys arrives waits for that answer, so a
 * fast "@FDI⏎" inserts the FDI fact, not whatever the menu showed for "@FD".
 */
export function FactTypeaheadPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [query, setQuery] = useState<string | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const enterWaitsFor = useRef<string | null>(null);
  const pending = query !== null && answer?.query !== query;

  useEffect(() => {
    if (query === null) {
      setAnswer(null);
      enterWaitsFor.current = null;
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      const answerWith = (facts: FactSummary[]) =>
        current &&
        setAnswer({
          query,
          matched: facts.length > 0,
          options: facts.length > 0 ? facts.map((f) => new FactOption(f)) : [new ActionOption('search-panel'), new ActionOption('create-fact')],
        });
      api['facts.search']({ query, limit: typeaheadLimit })
        .then((r) => answerWith(r.results))
        .catch(() => answerWith([]));
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  // Enter while the answer is still coming: hold it, and take the answer's first entry when it arrives.
  useEffect(
    () =>
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          if (!pending || event?.shiftKey) return false;
          event?.preventDefault();
          enterWaitsFor.current = query;
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor, pending, query],
  );
  useEffect(() => {
    if (answer === null || enterWaitsFor.current !== answer.query || answer.query !== query) return;
    enterWaitsFor.current = null;
    // The menu's own Enter handler (registered by its effect, which ran before this one) selects.
    editor.dispatchCommand(KEY_ENTER_COMMAND, null);
  }, [answer, editor, query]);

  const onSelectOption = (option: Option, textNode: TextNode | null, closeMenu: () => void) => {
    editor.update(() => {
      if (option instanceof FactOption) {
        const chip = $createFactNode({ factId: option.fact.id, factVersion: option.fact.version, text: option.fact.statement });
        if (textNode) textNode.replace(chip);
        chip.selectNext();
      } else {
        // The "@words" were a search, not prose: they move to the fact panel's search box.
        if (textNode) {
          const before = textNode.getPreviousSibling();
          textNode.remove();
          if (before) before.selectEnd();
        }
        // After this update has put the selection (and so the focus) back in the note.
        const request = { query: query ?? '', createFact: option.action === 'create-fact' };
        setTimeout(() => requestFactSearch(request), 0);
      }
      closeMenu();
    });
  };

  const shown = answer?.options ?? [];
  return (
    <LexicalTypeaheadMenuPlugin<Option>
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      triggerFn={factQueryMatch}
      options={shown}
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchor.current && query !== null
          ? createPortal(
              // Lexical makes the anchor the listbox (id typeahead-menu) and points aria-activedescendant at typeahead-item-N.
              <ul className="typeahead" role="presentation" aria-busy={pending} data-testid="typeahead-menu">
                {answer === null && (
                  <li role="option" aria-selected={false} aria-disabled="true" className="typeahead-empty">
                    {t('typeahead.searching')}
                  </li>
                )}
                {answer !== null && !answer.matched && (
                  <li role="option" aria-selected={false} aria-disabled="true" className="typeahead-empty" data-testid="typeahead-no-match">
                    {answer.query.trim() ? t('typeahead.noMatch', { query: answer.query.trim() }) : t('typeahead.prompt')}
                  </li>
                )}
                {shown.map((option, i) => (
                  <li
                    key={option.key}
                    ref={(el) => option.setRefElement(el)}
                    role="option"
                    id={`typeahead-item-${i}`}
                    aria-selected={selectedIndex === i}
                    className={`${option instanceof FactOption ? 'typeahead-option' : 'typeahead-action'}${selectedIndex === i ? ' selected' : ''}`}
                    data-testid={option instanceof FactOption ? 'typeahead-option' : `typeahead-${option.action}`}
                    data-fact-id={option instanceof FactOption ? option.fact.id : undefined}
                    onMouseEnter={() => setHighlightedIndex(i)}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => selectOptionAndCleanUp(option)}
                  >
                    {option instanceof FactOption ? (
                      <>
                        <span className={`status-dot status-${option.fact.status}`} aria-hidden="true" />
                        <span className="typeahead-text">{option.fact.statement}</span>
                        <span className="typeahead-meta">{option.fact.sources[0]?.title ?? ''}</span>
                      </>
                    ) : (
                      t(option.action === 'search-panel' ? 'typeahead.searchPanel' : 'typeahead.createFact')
                    )}
                  </li>
                ))}
              </ul>,
              anchor.current,
            )
          : null
      }
    />
  );
}

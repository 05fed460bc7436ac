import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { COMMAND_PRIORITY_CRITICAL, KEY_ENTER_COMMAND, type TextNode } from 'lexical';
import { useContext, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { statementIn } from '../../../../../shared/fact-statement';
import { formatFigure } from '../../../../../shared/figure-format';
import type { FactSummary } from '../../../../../shared/model';
import type { ChipForm } from '../../../../../shared/note-format';
import { NoteLanguageContext } from '../../FactsContext';
import { referenceFor } from '../../nodes/citationNodes';
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
 * fast "@FDI⏎" inserts the FDI fact, not whatever the menu showed for "@FD". Enter inserts the
 * fact as a statement chip, Alt+Enter (or the figure shown beside it) as its figure.
 */
export function FactTypeaheadPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const language = useContext(NoteLanguageContext);
  // The form the next selection inserts: set by Alt+Enter or the figure button just before the menu selects.
  const formRef = useRef<ChipForm>('statement');
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
          // A held Enter is replayed with no event: it keeps the form the key chose.
          if (event) formRef.current = event.altKey ? 'figure' : 'statement';
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
        const chip = $createFactNode(referenceFor(option.fact, formRef.current, language));
        formRef.current = 'statement';
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
              // data-busy, not aria-busy: a global ARIA attribute would cancel role="presentation" and break the listbox.
              <ul className="typeahead" role="presentation" data-busy={pending} data-testid="typeahead-menu">
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
                        <span className="typeahead-text">{statementIn(option.fact, language).text}</span>
                        <span className="typeahead-meta">{option.fact.sources[0]?.title ?? ''}</span>
                        <FigureButton
                          figure={formatFigure(option.fact, language)}
                          title={t('cite.typeaheadFigureHint')}
                          onInsert={() => {
                            formRef.current = 'figure';
                            selectOptionAndCleanUp(option);
                          }}
                        />
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

/** The fact's figure beside its statement in the menu: clicking it inserts the figure. */
function FigureButton({ figure, title, onInsert }: { figure: string | null; title: string; onInsert(): void }) {
  if (figure === null) return null;
  return (
    // Not a button: an option must hold no focusable control (axe nested-interactive). The keyboard way is Alt+Enter.
    <span
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
    </span>
  );
}

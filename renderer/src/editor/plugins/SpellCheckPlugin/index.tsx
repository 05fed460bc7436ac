import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, $isTextNode } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { NoteLanguage } from '../../../../../shared/note-format';
import { paintHighlight } from '../../highlights';
import { spellingClient } from './spellingClient';
import { wordsOnScreen, type WordOnScreen } from './words';

const highlightName = 'spelling-error';

interface Menu {
  x: number;
  y: number;
  word: WordOnScreen;
  suggestions: string[] | null;
}

/**
 * Offline spelling in English and Vietnamese (issue 15): misspelt words get a red wavy
 * underline (CSS Custom Highlight API, so the note's DOM is untouched), and a right-click on one
 * opens the app's own menu of suggestions and "Add to dictionary" (the same in Electron and
 * the browser). Checked per language span; fact chips are not checked.
 */
export function SpellCheckPlugin({ language }: { language: NoteLanguage }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [menu, setMenu] = useState<Menu | null>(null);
  const misspelt = useRef<WordOnScreen[]>([]);
  const [recheck, setRecheck] = useState(0);

  useEffect(() => {
    // The note's language on its text, for screen readers and for the check below.
    editor.getRootElement()?.setAttribute('lang', language);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let run = 0;
    const refresh = async () => {
      const root = editor.getRootElement();
      if (!root) return;
      const mine = ++run;
      const words = wordsOnScreen(root, language);
      const byLanguage = new Map<string, Set<string>>();
      for (const w of words) byLanguage.set(w.language, (byLanguage.get(w.language) ?? new Set()).add(w.word));
      const wrong = new Map<string, Set<string>>();
      for (const [lang, set] of byLanguage) {
        if (lang !== 'en' && lang !== 'vi') continue;
        wrong.set(lang, await spellingClient().check(lang, [...set]));
      }
      if (mine !== run) return;
      misspelt.current = words.filter((w) => wrong.get(w.language)?.has(w.word) && w.node.isConnected);
      paintHighlight(
        highlightName,
        misspelt.current.map((w) => {
          const range = document.createRange();
          range.setStart(w.node, w.start);
          range.setEnd(w.node, w.end);
          return range;
        }),
      );
    };
    const schedule = (delay: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => void refresh().catch(() => undefined), delay);
    };
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule(400);
    });
    // After the first editable frame: the dictionaries load only then.
    schedule(800);
    return () => {
      clearTimeout(timer);
      unregister();
      paintHighlight(highlightName, []);
    };
  }, [editor, language, recheck]);

  useEffect(() => {
    const onContextMenu = (event: MouseEvent) => {
      const position = document.caretPositionFromPoint?.(event.clientX, event.clientY);
      const node = position?.offsetNode;
      const offset = position?.offset ?? -1;
      const word = misspelt.current.find((w) => w.node === node && offset >= w.start && offset <= w.end);
      if (!word) return;
      event.preventDefault();
      setMenu({ x: event.clientX, y: event.clientY, word, suggestions: null });
      void spellingClient()
        .suggest(word.language, word.word)
        .then((suggestions) => setMenu((m) => (m && m.word === word ? { ...m, suggestions } : m)));
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('contextmenu', onContextMenu);
      root?.addEventListener('contextmenu', onContextMenu);
    });
  }, [editor]);

  const replace = (word: WordOnScreen, replacement: string) => {
    setMenu(null);
    editor.update(() => {
      const node = $getNearestNodeFromDOMNode(word.node);
      if ($isTextNode(node) && node.getTextContent().slice(word.start, word.end).normalize('NFC') === word.word) {
        node.spliceText(word.start, word.end - word.start, replacement, true);
      }
    });
  };

  const addToDictionary = (word: WordOnScreen) => {
    setMenu(null);
    void spellingClient()
      .addWord(word.language as NoteLanguage, word.word)
      .then(() => setRecheck((n) => n + 1));
  };

  if (!menu) return null;
  return createPortal(
    <SpellingMenu menu={menu} label={t('spelling.suggestions')} onClose={() => setMenu(null)}>
      {menu.suggestions?.length === 0 && <p className="spelling-menu-empty">{t('spelling.none')}</p>}
      {menu.suggestions?.map((s) => (
        <button key={s} type="button" role="menuitem" className="spelling-menu-item" data-testid="spelling-suggestion" onClick={() => replace(menu.word, s)}>
          {s}
        </button>
      ))}
      <button type="button" role="menuitem" className="spelling-menu-item" data-testid="spelling-add" onClick={() => addToDictionary(menu.word)}>
        {t('spelling.addToDictionary')}
      </button>
    </SpellingMenu>,
    document.body,
  );
}

function SpellingMenu({ menu, label, onClose, children }: { menu: Menu; label: string; onClose(): void; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('mousedown', close, true);
    window.addEventListener('keydown', close, true);
    window.addEventListener('scroll', onClose, true);
    return () => {
      window.removeEventListener('mousedown', close, true);
      window.removeEventListener('keydown', close, true);
      window.removeEventListener('scroll', onClose, true);
    };
  }, [onClose]);
  return (
    <div ref={ref} role="menu" aria-label={label} className="spelling-menu" data-testid="spelling-menu" style={{ position: 'fixed', left: menu.x, top: menu.y }}>
      {children}
    </div>
  );
}

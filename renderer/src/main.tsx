import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { relayAppEvents } from './api';
import './i18n';
import './styles.css';
import './panels.css';
import './editor.css';

relayAppEvents();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

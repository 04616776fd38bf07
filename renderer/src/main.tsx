import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './components/grid/modules';
import { App } from './app/App';
import './app/base.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

import { render } from 'preact';
import { App, startEarlyReads } from './app.tsx';
import { registerServiceWorker } from './offline/registerServiceWorker.ts';
import './styles.css';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no element with id "app"');
startEarlyReads(location.pathname);
render(<App />, root);
if (import.meta.env.PROD) registerServiceWorker();

import { hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { report } from './content';

hydrateRoot(document.getElementById('root')!, <App report={report} />, {
  // React 19 reports a hydration mismatch here; make it a console error the test sees.
  onRecoverableError: (error) => console.error('hydration:', error),
});

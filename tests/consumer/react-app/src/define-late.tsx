import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { report } from './content';

// flushSync: React has committed (layout effects included) before the delay starts, however
// slow the machine, so the elements below are certainly rendered before they are defined.
const root = createRoot(document.getElementById('root')!);
flushSync(() => root.render(<App report={report} />));

// Record what React left on the undefined elements, then define them.
setTimeout(async () => {
  const cards = [...document.querySelectorAll('inc-card')];
  document.body.dataset.undefinedBeforeDefine = String(cards.filter((c) => !c.matches(':defined')).length);
  document.body.dataset.attributesBeforeDefine = cards
    .map((c) => c.getAttributeNames().join(','))
    .join(' | ');
  (window as unknown as { releaseDefinitions: () => void }).releaseDefinitions();
  await import('incident-elements/define');
  document.body.dataset.defined = 'true';
}, 300);

import { createRoot } from 'react-dom/client';
import { App } from './App';
import { report } from './content';

createRoot(document.getElementById('root')!).render(<App report={report} />);

// React has committed by now; record what it left on the undefined elements, then define them.
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

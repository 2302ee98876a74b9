import 'incident-elements/define';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { report } from './content';

createRoot(document.getElementById('root')!).render(<App report={report} />);

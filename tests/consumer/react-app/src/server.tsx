// Built with `vite build --ssr src/server.tsx`; the consumer test calls render() in Node.
import { renderToString } from 'react-dom/server';
import { App } from './App';
import { report } from './content';

export const render = (): string => renderToString(<App report={report} />);

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Three pages, one per way React meets the elements; `vite build --ssr src/server.tsx` makes the
// Node side of the third.
export default defineConfig({
  plugins: [react()],
  build: {
    rolldownOptions: { input: ['define-first.html', 'define-late.html', 'hydrate.html'] },
  },
});

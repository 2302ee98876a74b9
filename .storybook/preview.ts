import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { manifestControls } from './arg-types.js';

// Docs pages (attributes, properties, parts, CSS properties, events) come from the generated manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  // Text boxes for string attributes, radios/selects for closed sets, no control for getters.
  argTypesEnhancers: [manifestControls(manifest)],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};
export default preview;

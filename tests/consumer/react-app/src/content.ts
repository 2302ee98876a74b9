// The bundled sample (copied in by the consumer test), parsed as the README shows.
import { parseCollection } from 'incident-elements/data';
import sample from './sample.json';

const parsed = parseCollection(sample);
if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
const found = parsed.collection.reports.find((r) => r.id === 'INC-002');
if (!found) throw new Error('the sample has no INC-002');
export const report = found;

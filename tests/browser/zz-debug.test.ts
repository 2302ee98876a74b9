import { fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { IncReportList } from '../../src/index.js';

for (let run = 0; run < 6; run++)
it('debug ' + run, async () => {
  const notes = (await (await fetch('/src/data/samples/dated-notes.json')).json()) as { reports: object[] };
  const reports = Array.from({ length: 600 }, (_, i) => ({ ...notes.reports[i % notes.reports.length], id: `N-${i}`, body: [] }));
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"><inc-report-list variant="row" sort="source" .collection=${{ reports }}></inc-report-list></div>`);
  const list = wrapper.querySelector<IncReportList>('inc-report-list')!;
  let done = false;
  void list.renderComplete.then(() => (done = true));
  const log: string[] = [];
  for (let f = 0; f < 8 && !done; f++) {
    const cards = [...list.shadowRoot!.querySelectorAll('inc-card')];
    const sections = list.shadowRoot!.querySelector<HTMLElement>('.sections');
    const chunk = list.shadowRoot!.querySelector<HTMLElement>('.chunk');
    log.push(`f${f} cards=${cards.length} upd=${cards.filter((c) => (c as any).hasUpdated).length} h=${list.getBoundingClientRect().height.toFixed(0)} measured=${sections?.style.getPropertyValue('--_item-measured')} obs=${(list as any).observedChunk?.className} final=${(list as any).itemSizeFinal} chunkVis=${chunk?.checkVisibility({contentVisibilityAuto: true} as any)} item0vis=${(chunk?.firstElementChild as any)?.checkVisibility({contentVisibilityAuto: true})} top=${wrapper.getBoundingClientRect().top}`);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  }
  console.log(log.join('\n'));
});

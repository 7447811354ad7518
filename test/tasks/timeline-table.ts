/**
 * The timeline's table in a task test: shown, newest first — as a person does it (the toggle, and the
 * date column's sort button where the table opens oldest first), the table kept if already shown.
 * Returns the actions it took.
 */
import type { Demo } from './demo.js';

export async function tableNewestFirst(demo: Demo, within: Element = demo.$('fse-timeline')!): Promise<number> {
  const timeline = within.localName === 'fse-timeline' ? within : within.shadowRoot!.querySelector('fse-timeline')!;
  let actions = 0;
  if (!timeline.shadowRoot!.querySelector('table th[aria-sort]')) {
    await demo.click(demo.byText(/^Mostra tabella$/, { within: timeline.shadowRoot!.querySelector('[part~="toolbar"]')! }));
    actions++;
    await demo.until(() => !!timeline.shadowRoot!.querySelector('table th[aria-sort]'), 'the table is shown');
  }
  const th = timeline.shadowRoot!.querySelector('table th[aria-sort]')!;
  if (th.getAttribute('aria-sort') === 'descending') return actions;
  await demo.click(th.querySelector('button')!);
  await demo.until(() => th.getAttribute('aria-sort') === 'descending', 'the table is newest first');
  return actions + 1;
}

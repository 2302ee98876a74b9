import type { ReactiveControllerHost } from 'lit';

/**
 * Whether a named slot of the host holds authored content, for elements that show a wrapper (a caption
 * bar) only when something is slotted. Bind `onSlotChange` to the slot's `slotchange`; `has` then says:
 * - `false` while nothing is assigned, so the slot's own fallback content never counts;
 * - else whether the assigned nodes, flattened through forwarded slots (a slot inside another element's
 *   slot), include an element or non-blank text.
 * The host updates when `has` changes.
 */
export class SlotContentController {
  /** Whether the slot has content (see the class). */
  has = false;

  // Needs no lifecycle hook: the slot's own `slotchange` drives it.
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** The `slotchange` listener. */
  readonly onSlotChange = (event: Event): void => {
    const has = slotHasContent(event.target as HTMLSlotElement);
    if (has === this.has) return;
    this.has = has;
    this.#host.requestUpdate();
  };
}

/** Whether a slot's assigned nodes (not its fallback) hold an element or non-blank text. */
export function slotHasContent(slot: HTMLSlotElement): boolean {
  if (slot.assignedNodes().length === 0) return false;
  return slot
    .assignedNodes({ flatten: true })
    .some((node) => node.nodeType === Node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '');
}

import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/shared/define-element.js';

describe('defineElement', () => {
  it('registers a free tag, is idempotent, and keeps an existing definition with one warning', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const tag = `inc-test-${Math.random().toString(36).slice(2)}`;
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement(tag, First);
      defineElement(tag, First);
      expect(customElements.get(tag)).to.equal(First);
      defineElement(tag, Second);
      defineElement(tag, Second);
      expect(customElements.get(tag)).to.equal(First);
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });
});

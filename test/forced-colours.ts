import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';

/**
 * What every Relais element promises under forced colours (Windows High Contrast and other
 * forced palettes), where the browser removes backgrounds and replaces colours: the element
 * stays accessible, its box (`frame`, a selector in its shadow root) keeps a visible outline
 * on all four sides in the text colour, and its accent survives as a thicker rule on
 * `accentSide`. Chromium only (its automation emulates forced colours); other engines skip
 * by name. Shared by the tests of every element; never shipped.
 */
export async function expectOutlinedInForcedColours(
  template: TemplateResult,
  frame: string,
  accentSide: 'block-start' | 'inline-start',
): Promise<void> {
  await emulateMedia({ forcedColors: 'active' });
  try {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(template);
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const box = el.shadowRoot?.querySelector<HTMLElement>(frame);
    expect(box, `${el.localName} ${frame}`).to.not.equal(null);
    const style = getComputedStyle(box as HTMLElement);
    const text = getComputedStyle(el).color;
    const sides = { 'block-start': 'top', 'inline-start': 'left' } as const;
    const widths: Record<string, number> = {};
    for (const side of ['top', 'right', 'bottom', 'left'] as const) {
      expect(style.getPropertyValue(`border-${side}-style`), side).to.equal('solid');
      expect(style.getPropertyValue(`border-${side}-color`), side).to.equal(text);
      widths[side] = parseFloat(style.getPropertyValue(`border-${side}-width`));
      expect(widths[side], `${side} width`).to.be.at.least(1);
    }
    const accent = widths[sides[accentSide]] ?? 0;
    expect(accent, 'the accent rule is thicker than the others').to.be.greaterThan(
      widths.bottom ?? 0,
    );
  } finally {
    await emulateMedia({ forcedColors: 'none' });
  }
}

/** The forced-colours test of one element, named after its tag. */
export function describeForcedColours(
  tag: string,
  template: TemplateResult,
  frame: string,
  accentSide: 'block-start' | 'inline-start',
): void {
  describe(`<${tag}> under forced colours`, () => {
    it('keeps an outline in the text colour and its accent as a thicker rule', async () => {
      await expectOutlinedInForcedColours(template, frame, accentSide);
    });
  });
}

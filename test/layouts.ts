import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** Text beside the element, long enough to take all the room it is given. */
const PROSE =
  'Le confinement a obligé les structures sociales à repenser leur accompagnement. ' +
  'Les travailleurs sociaux ont découvert de nouveaux outils, souvent dans l’urgence. ';

/** 12em at the 16 px of every layout below: the narrowest a reader should get. */
const READABLE = 12 * 16;

/**
 * The places partners put an element, as their pages write them: `{{el}}` stands for the
 * element. Each names the element's container (`[data-room]`) and the width the element
 * should take in it: `fill` (all of it), or `shrink` (its own natural width, at least
 * 12em, never more than the room).
 */
const LAYOUTS: readonly { name: string; page: string; width: 'fill' | 'shrink' }[] = [
  {
    name: 'floated beside an article’s text',
    page: `<article data-room style="width: 800px">{{el:float: right; margin-inline-start: 1em}}<p>${PROSE.repeat(4)}</p></article>`,
    width: 'shrink',
  },
  {
    name: 'in a float beside an article’s text',
    page: `<article data-room style="width: 800px"><aside style="float: left; margin-inline-end: 1em">{{el}}</aside><p>${PROSE.repeat(4)}</p></article>`,
    width: 'shrink',
  },
  {
    name: 'in an inline-block',
    page: `<div data-room style="width: 800px"><span style="display: inline-block">{{el}}</span></div>`,
    width: 'shrink',
  },
  {
    name: 'in a table cell beside a text cell',
    page: `<table data-room style="width: 800px; border-collapse: collapse"><tr><td style="vertical-align: top">{{el}}</td><td>${PROSE.repeat(3)}</td></tr></table>`,
    width: 'shrink',
  },
  {
    name: 'in a grid auto column',
    page: `<div data-room style="display: grid; grid-template-columns: auto 1fr; gap: 1em; width: 800px">{{el}}<p>${PROSE}</p></div>`,
    width: 'shrink',
  },
  {
    name: 'in a centred flex column',
    page: `<div data-room style="display: flex; flex-direction: column; align-items: center; width: 800px">{{el}}</div>`,
    width: 'shrink',
  },
  {
    name: 'in a WordPress columns row (flex: 1 1 0)',
    page: `<div style="display: flex; gap: 2em; width: 800px"><div data-room style="flex: 1 1 0; min-width: 0">{{el}}</div><div style="flex: 1 1 0"><p>${PROSE}</p></div></div>`,
    width: 'fill',
  },
  {
    name: 'in a 200 px sidebar',
    page: `<aside data-room style="width: 200px">{{el}}</aside>`,
    width: 'fill',
  },
];

async function place(
  page: string,
  tag: string,
  attributes: string,
): Promise<{ room: HTMLElement; el: Updating }> {
  const host = await fixture<HTMLDivElement>(html`<div style="font-size: 16px"></div>`);
  // The page is this file's own constant markup, with the element's tag and attributes.
  host.innerHTML = page.replace(
    /\{\{el(?::([^}]*))?\}\}/,
    (_, style: string | undefined) =>
      `<${tag} ${attributes}${style ? ` style="${style}"` : ''}></${tag}>`,
  );
  const el = host.querySelector<Updating>(tag);
  const room = host.querySelector<HTMLElement>('[data-room]');
  if (!el || !room) throw new Error(`the layout lost <${tag}> or its room`);
  await el.updateComplete;
  return { room, el };
}

/** Asserts that the element is shown at a readable width inside `room`, nothing cut. */
function expectReadable(el: HTMLElement, room: HTMLElement, width: 'fill' | 'shrink'): void {
  const box = el.getBoundingClientRect();
  const available = room.clientWidth;
  if (width === 'fill') expect(box.width, 'fills its room').to.be.closeTo(available, 1);
  else {
    expect(available).to.equal(800);
    expect(box.width, 'at least 12em wide').to.be.at.least(Math.min(READABLE, available));
    // Its natural width (36em at most) leaves the 800 px room's text beside it.
    expect(box.width, 'narrower than its 800 px room').to.be.below(available);
  }
  // Every part the reader sees lies inside the element: no word overflows a collapsed box.
  for (const part of el.shadowRoot?.querySelectorAll<HTMLElement>('[part]') ?? []) {
    const rect = part.getBoundingClientRect();
    if (rect.width === 0) continue;
    expect(rect.right, `${part.getAttribute('part')} inside`).to.be.at.most(box.right + 1);
    expect(rect.left, `${part.getAttribute('part')} inside`).to.be.at.least(box.left - 1);
  }
}

/**
 * The layouts partners use, for one element (`tag` with `attributes`, showing the report's
 * data): the element keeps a readable width in every one of them, its
 * words inside it; it fills a column whose width the page sets, and it leaves its box —
 * margin, padding, border — to the page. Shared by the tests of every element.
 */
export function describePartnerLayouts(tag: string, attributes: string): void {
  describe(`<${tag}> on the pages partners have`, () => {
    for (const layout of LAYOUTS) {
      it(`keeps a readable width ${layout.name}`, async () => {
        const { room, el } = await place(layout.page, tag, attributes);
        await expect(el).to.be.accessible();
        expectReadable(el, room, layout.width);
      });
    }

    it('fills its room when a <details> it sits in is opened later', async () => {
      const { room, el } = await place(
        `<details data-room style="width: 640px"><summary>Les chiffres</summary>{{el}}</details>`,
        tag,
        attributes,
      );
      (room as HTMLDetailsElement).open = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      expectReadable(el, room, 'fill');
      expect(el.getBoundingClientRect().height, 'shown').to.be.greaterThan(48);
    });

    it('stays light on a white page when the reader’s system is dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const { el } = await place(
          `<div data-room style="width: 600px; background: #fff; color: #111">{{el}}</div>`,
          tag,
          attributes,
        );
        await expect(el).to.be.accessible();
        const surface = (): string =>
          getComputedStyle(el).getPropertyValue('--relais-color-surface').trim();
        expect(surface(), 'no theme: light').to.equal('#f7f6f2');
        el.setAttribute('theme', 'auto');
        await el.updateComplete;
        expect(surface(), 'theme="auto": the system’s dark').to.equal('#17191c');
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('leaves its margin, padding and border to the page', async () => {
      const { el } = await place(
        `<div data-room style="width: 600px">{{el:margin-block-end: 40px; padding: 8px; border: 2px solid rgb(0, 0, 0)}}</div>`,
        tag,
        attributes,
      );
      await expect(el).to.be.accessible();
      const style = getComputedStyle(el);
      expect(style.marginBlockEnd).to.equal('40px');
      expect(style.paddingTop).to.equal('8px');
      expect(style.borderTopWidth).to.equal('2px');
      const sheet = document.createElement('style');
      sheet.textContent = `${tag} { margin: 24px 0 !important }`;
      document.head.append(sheet);
      try {
        expect(getComputedStyle(el).marginTop, 'a page rule on the tag').to.equal('24px');
      } finally {
        sheet.remove();
      }
    });
  });
}

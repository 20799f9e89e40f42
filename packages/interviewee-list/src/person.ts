import { LitElement, css, nothing, type PropertyDeclarations } from 'lit';

/**
 * Fired (bubbling, not composed) when a `<relais-person>`'s data changes, for its list.
 * Internal: not in the manifest nor the framework types; a page never listens to it.
 * @internal
 */
export const PERSON_CHANGE = 'relais-person-change';

/**
 * One person of an authored `<relais-interviewee-list>`, for a report whose people are not
 * in Relais's data. It shows nothing by itself: the list around it reads its attributes
 * and renders every person the same way, sorted by family name. Text written inside it is
 * hidden once the script runs; a list's fallback content is the place for words shown
 * without JavaScript.
 *
 * @tagname relais-person
 * @summary A person of an authored interviewee list: name, role, organisation, country.
 */
export class RelaisPerson extends LitElement {
  /** Lit's reactive properties, declared without decorators: no helper code ships. */
  static override properties: PropertyDeclarations = {
    name: {},
    role: {},
    organization: {},
    country: {},
    roleLang: { attribute: 'role-lang' },
  };

  static override styles = css`
    :host {
      display: none !important;
    }
  `;

  /** The person's whole name, as it is shown: « Armelle de Guibert ». Required. */
  name?: string;

  /**
   * Their role, as your text writes it: « Déléguée générale ». The property is the person's
   * role, not `Element.role`. (`role` is also HTML's ARIA attribute: once the script runs this
   * element is never rendered itself, so no assistive technology reads it as one.)
   */
  override role: string | null = null;

  /** Their organisation: « Petits Frères des Pauvres ». */
  organization?: string;

  /** Their country: an ISO 3166-1 alpha-2 code (`BE`), shown as its name in the list's language; other text is shown as written. */
  country?: string;

  /** The language of `role` when it is not the page's (`en` for "Director of Digital Social Inclusion"). */
  roleLang?: string;

  protected override render(): typeof nothing {
    return nothing;
  }

  protected override updated(): void {
    // Attributes and properties (React and Vue set properties) both land here; the list
    // re-renders once for any number of changes in one task (Lit batches its updates).
    this.dispatchEvent(new Event(PERSON_CHANGE, { bubbles: true }));
  }
}

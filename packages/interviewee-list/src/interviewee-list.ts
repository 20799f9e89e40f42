import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  LANGUAGE_TAG,
  RelaisElement,
  asText,
  cachedFormatter,
  cardElementStyles,
  countOf,
  fatal,
  formatDate,
  hasFatal,
  option,
  optionalText,
  renderSourceLine,
  reportOption,
  reportProblems,
  sourceLineOf,
  topRuleCardStyles,
  type Locale,
  type Problem,
  type SourceLine,
} from '@relais/core/internal.js';
import {
  getPeople,
  getReport,
  getReportSource,
  type PeopleInclude,
  type Person,
} from '@relais/report-data';
import { DEFAULT_THEME, THEMES, tokens, type Theme } from '@relais/theme';
import { styles } from './interviewee-list.styles.js';
import {
  HEADING_LEVELS,
  LIST_GROUPINGS,
  LIST_LAYOUTS,
  PEOPLE_INCLUDES,
  type HeadingLevel,
  type ListGrouping,
  type ListLayout,
  type ListedPerson,
} from './interviewee-list.types.js';
import { LIST_STRINGS, listText, type ListStringKey } from './interviewee-list.strings.js';
import { sortByName, sortKeyOf, sortingName } from './names.js';
import { PERSON_CHANGE, RelaisPerson } from './person.js';

const PART_LABELS: Partial<Record<Person['part'], ListStringKey>> = {
  preface: 'partPreface',
  'op-ed': 'partOpEd',
  quoted: 'partQuoted',
};

/**
 * `people` may be a list set from code (`['a', 'b']`): read as the words it would be
 * written with. Anything else as it is.
 */
const joined = (value: unknown): unknown =>
  Array.isArray(value) && value.every((item) => ['string', 'number'].includes(typeof item))
    ? value.join(' ')
    : value;

/** An attribute or property as text (core's `asText`, a list joined), trimmed; never `[object Object]`. */
const textOf = (value: unknown): string | undefined => asText(joined(value))?.trim() || undefined;

/** `textOf`, with a problem pushed for a value that is set but is not text. */
const readText = (value: unknown, attribute: string, problems: Problem[]): string | undefined =>
  optionalText(joined(value), attribute, problems, 'not text; it is ignored');

/** « Belgique » for `BE` in French; `undefined` when the browser does not know the code. */
function countryName(code: string, locale: Locale): string | undefined {
  try {
    return cachedFormatter(
      `regions|${locale}`,
      () => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }),
    ).of(code);
  } catch {
    return undefined;
  }
}

interface Group {
  /** The country's name, or `undefined` for the people whose country is not stated. */
  name?: string | undefined;
  /** Whether the name is Relais's words (a country code named by `Intl`), to mark its `lang`. */
  ours: boolean;
  people: ListedPerson[];
}

interface Resolved {
  people: ListedPerson[];
  authored: boolean;
  layout: ListLayout;
  grouping: ListGrouping;
  level: number;
  heading?: string | undefined;
  /** The report the people come from; `undefined` for the default report. */
  report?: string | undefined;
  problems: Problem[];
  /** Refused attributes of `<relais-person>` children, reported on the child itself. */
  childProblems: { child: Element; problem: Problem }[];
}

/**
 * Who the report listened to: its interviewees (or your own people), each with name, role
 * and organisation, sorted by family name as the reader's language sorts (« de Guibert »
 * under G), in a real list that assistive technology announces with its count. One column
 * in a sidebar, a grid when wide; French and English; light and dark.
 *
 * @tagname relais-interviewee-list
 * @summary The report's interviewees (or people you list with `<relais-person>`), sorted by family name.
 *
 * @slot - Fallback content: shown before the script loads, without JavaScript, and when
 *   there is no one to show (unknown ids). `<relais-person>` children also go here: when
 *   there are any, they are the list, and the report's data is not used.
 *
 * @csspart heading - The heading given by `heading` (`h2` to `h6`).
 * @csspart count - The visible count: « 9 personnes interrogées ».
 * @csspart group - A country's heading, with `group-by="country"`.
 * @csspart list - The list (`ul`); one per country when grouped.
 * @csspart person - One person (`li`).
 * @csspart name - The person's name, the strongest text of the item.
 * @csspart role - The role, in its own language, with its end date when it has one.
 * @csspart organization - The organisation, and the country when the list is not grouped by it.
 * @csspart source - The source line: the report, its date, the translation notice.
 *
 * @cssprop [--relais-color-text=#1c1f23] - Names and roles.
 * @cssprop [--relais-color-muted=#4f5760] - Organisations, count, source line.
 * @cssprop [--relais-color-accent=#1a4f8b] - Headings, contributors' parts, the accent rule.
 * @cssprop [--relais-color-link=#1a4f8b] - The source link.
 * @cssprop [--relais-color-surface=#f7f6f2] - Background of the list.
 * @cssprop [--relais-color-rule=#767e87] - Rules between people and above the source.
 * @cssprop [--relais-font-family=system-ui, …] - Font stack; no web font is downloaded.
 * @cssprop [--relais-line-height=1.45] - Line height.
 * @cssprop [--relais-font-size-xs=0.8125em] - Source line.
 * @cssprop [--relais-font-size-s=0.875em] - Count, roles, organisations, contributors' parts, country headings.
 * @cssprop [--relais-font-size-m=1em] - Names.
 * @cssprop [--relais-font-size-l=1.25em] - The heading.
 * @cssprop [--relais-font-weight-strong=700] - Names and the heading.
 * @cssprop [--relais-space-xs=0.25em] - Gap between a name and its role.
 * @cssprop [--relais-space-s=0.5em] - Gap between people in a sidebar.
 * @cssprop [--relais-space-m=1em] - Padding; gap between people.
 * @cssprop [--relais-space-l=1.5em] - Padding in wide containers.
 * @cssprop [--relais-radius=0.25em] - Corner radius.
 * @cssprop [--relais-rule-width=1px] - Width of the rules.
 * @cssprop [--relais-accent-width=0.25em] - Width of the accent bar.
 * @cssprop [--relais-margin=0] - Outer margin of the element.
 *
 * @fires {RelaisErrorEvent} relais-error - Bad input (an unknown id in `people`, an unknown
 *   `layout`…): `detail` names the element, attribute, value and reason. Fired by the
 *   `<relais-person>` concerned for its own attributes.
 */
export class RelaisIntervieweeList extends RelaisElement {
  /** Lit's reactive properties, declared without decorators: no helper code ships. */
  static override properties: PropertyDeclarations = {
    people: {},
    include: {},
    report: {},
    groupBy: { attribute: 'group-by' },
    layout: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    theme: { reflect: true },
  };

  static override styles = [...cardElementStyles, topRuleCardStyles, tokens, styles];

  /** Ids of the report's people, space separated, shown in that order (`benjamin-bitane perine-brotcorne`). Wins over `include`. */
  people?: string | readonly string[];

  /**
   * Who is listed, as `getPeople({ include })` reads it: `interviewees` (default: the nine
   * people the report interviewed), `contributors` (the authors of the preface and the op-ed alone) or
   * `all` (both). The people the announcement quotes are listed by `people` ids only.
   */
  include?: PeopleInclude;

  /**
   * The report the people are read from, by id; the default is WeTechCare's 2020 report
   * (`monde-social-numerique-2020`), so most pages never set it.
   */
  report?: string;

  /** `none` (default), or `country`: one list per country under its name, in collated order. */
  groupBy?: ListGrouping;

  /** `list` (default: a column of entries) or `grid` (cards in as many columns as fit; one in a sidebar). */
  layout?: ListLayout;

  /** A heading above the list, in your words (« Qui a été interrogé ? »). No heading without it. */
  heading?: string;

  /** The heading's level, `2` (default) to `6`, to fit your page's outline; country headings are one below. */
  headingLevel?: HeadingLevel;

  /**
   * `light` (the default) whatever the reader's system, as most partners' pages are;
   * `dark`; or `auto`, which follows the reader's system, for a site that does too.
   * Reflected only when set: the theme's colours follow the attribute.
   */
  theme?: Theme;

  private resolved: Resolved = {
    people: [],
    authored: false,
    layout: 'list',
    grouping: 'none',
    level: 2,
    problems: [],
    childProblems: [],
  };
  private childObserver: MutationObserver | undefined;
  private childrenReported = new Set<Element>();

  constructor() {
    super();
    this.addEventListener(PERSON_CHANGE, () => this.requestUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof MutationObserver === 'undefined') return;
    // People added or removed by a framework or a CMS preview re-render the list.
    this.childObserver ??= new MutationObserver(() => this.requestUpdate());
    this.childObserver.observe(this, { childList: true, subtree: true });
    // Moved to another section: its language may differ (the controller re-reads it).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
  }

  override willUpdate(): void {
    try {
      this.resolved = this.resolve(this.localeController.locale);
    } catch (error) {
      // The data or a browser API misbehaving must never break the partner's page.
      this.resolved = {
        ...this.resolved,
        people: [],
        problems: [fatal('people', this.people, String(error))],
        childProblems: [],
      };
    }
    this.problems.add(...this.resolved.problems);
  }

  override updated(): void {
    // Each <relais-person> reports its own refused attributes; one it no longer has (the
    // attribute corrected) is forgotten, so that it is reported again if it comes back.
    const byChild = new Map<Element, Problem[]>();
    for (const child of this.childrenReported) byChild.set(child, []);
    for (const { child, problem } of this.resolved.childProblems) {
      byChild.set(child, [...(byChild.get(child) ?? []), problem]);
    }
    for (const [child, problems] of byChild) reportProblems(child, problems);
    this.childrenReported = new Set(this.resolved.childProblems.map(({ child }) => child));
  }

  protected override renderContent(): TemplateResult {
    const { people, authored, layout, grouping, level, heading } = this.resolved;
    if (!people.length) return html`<slot></slot>`;
    const locale = this.localeController.locale;
    const groups =
      grouping === 'country' ? this.byCountry(people, locale) : [{ ours: true, people }];
    const groupLevel = heading ? Math.min(level + 1, 6) : level;
    const everyoneInterviewed = people.every((person) => person.interviewee);
    const count = everyoneInterviewed
      ? countOf(
          LIST_STRINGS,
          locale,
          people.length,
          'peopleInterviewedOne',
          'peopleInterviewedOther',
        )
      : countOf(LIST_STRINGS, locale, people.length, 'peopleOne', 'peopleOther');
    // role="list" on a <ul>: Safari (WebKit) drops the list role, and the count VoiceOver
    // announces, from a list drawn without bullets; the role puts them back.
    /* eslint-disable lit-a11y/no-redundant-role -- see above: needed by WebKit */
    return html`
      <div class="card ${layout} ${grouping === 'country' ? 'grouped' : ''}">
        ${heading ? headingOf(level, 'heading', heading) : nothing}
        <p class="count" part="count" lang=${locale}>${count}</p>
        ${groups.map(
          (group) => html`
            ${
              grouping === 'country'
                ? headingOf(
                    groupLevel,
                    'group',
                    group.name ?? listText(locale, 'countryNotStated'),
                    group.ours || group.name === undefined ? locale : undefined,
                  )
                : nothing
            }
            <ul
              class="people"
              part="list"
              role="list"
              lang=${ifDefined(authored ? undefined : locale)}
            >
              ${group.people.map((person) => this.renderPerson(person, locale, grouping))}
            </ul>
          `,
        )}
        ${authored ? nothing : renderSourceLine(locale, this.sourceLine(people, locale, this.resolved.report))}
      </div>
    `;
    /* eslint-enable lit-a11y/no-redundant-role */
  }

  private renderPerson(
    person: ListedPerson,
    locale: Locale,
    grouping: ListGrouping,
  ): TemplateResult {
    const country =
      grouping === 'country'
        ? undefined
        : person.countryCode
          ? countryName(person.countryCode, locale)
          : person.countryText;
    const countryLang = person.countryCode ? locale : undefined;
    return html`<li class="person" part="person">
      <div class="who">
        <p class="name" part="name">${person.name}</p>
        ${person.partLabel ? html`<p class="part" lang=${locale}>${person.partLabel}</p>` : nothing}
      </div>
      <div class="what">
        ${
          person.role || person.until
            ? html`<p class="role" part="role">
                ${
                  person.role
                    ? html`<span lang=${ifDefined(person.roleLang)}>${person.role}</span>`
                    : nothing
                }${person.role && person.until ? ', ' : ''}${
                  person.until
                    ? html`<span class="until" lang=${locale}>${person.until}</span>`
                    : nothing
                }
              </p>`
            : nothing
        }
        ${
          person.organization || country
            ? html`<p class="organization" part="organization">
                ${person.organization ?? ''}${person.organization && country ? ', ' : ''}${
                  country ? html`<span lang=${ifDefined(countryLang)}>${country}</span>` : nothing
                }
              </p>`
            : nothing
        }
      </div>
    </li>`;
  }

  /** One group per country, in collated order of their names; « not stated » last. */
  private byCountry(people: ListedPerson[], locale: Locale): Group[] {
    const groups = new Map<string, Group>();
    for (const person of people) {
      const code = person.countryCode;
      const name = code ? (countryName(code, locale) ?? code) : person.countryText;
      const key = name === undefined ? '' : `${code ? 'code' : 'text'}:${name}`;
      let group = groups.get(key);
      if (!group) {
        group = { name, ours: Boolean(code), people: [] };
        groups.set(key, group);
      }
      group.people.push(person);
    }
    const collator = cachedFormatter(`collator|${locale}`, () => new Intl.Collator(locale));
    return [...groups.values()].sort((a, b) =>
      a.name === undefined ? 1 : b.name === undefined ? -1 : collator.compare(a.name, b.name),
    );
  }

  /** « Source : WeTechCare, « … », 21 septembre 2020 », and « translated » when a role is ours. */
  private sourceLine(
    people: ListedPerson[],
    locale: Locale,
    reportId: string | undefined,
  ): SourceLine {
    const report = getReportSource({ report: reportId });
    const translated = people.some((person) => person.translated);
    return sourceLineOf(
      locale,
      report,
      undefined,
      getReport(reportId)?.published,
      translated ? (locale === 'fr' ? 'en' : 'fr') : undefined,
    );
  }

  /** Works out who to show, in which order and how, and what was refused. */
  private resolve(locale: Locale): Resolved {
    const problems: Problem[] = [];
    const text = (value: unknown, attribute: string): string | undefined =>
      readText(value, attribute, problems);
    const layout = option(text(this.layout, 'layout'), LIST_LAYOUTS, 'list', 'layout', problems);
    const grouping = option(
      text(this.groupBy, 'group-by'),
      LIST_GROUPINGS,
      'none',
      'group-by',
      problems,
    );
    const level = Number(
      option(
        text(this.headingLevel, 'heading-level'),
        HEADING_LEVELS.map(String),
        '2',
        'heading-level',
        problems,
      ),
    );
    option(text(this.theme, 'theme'), THEMES, DEFAULT_THEME, 'theme', problems);
    const heading = readText(this.heading, 'heading', problems);
    // Anywhere inside, not only children: a partner's fallback wraps them in <ul><li>. A
    // person of a list nested in this one is that list's.
    const children = [...this.querySelectorAll('relais-person')].filter(
      (child) => child.parentElement?.closest('relais-interviewee-list') === this,
    );
    const base = { layout, grouping, level, heading, problems };
    if (children.length) {
      for (const [attribute, value] of [
        ['people', this.people],
        ['include', this.include],
        ['report', this.report],
      ] as const) {
        if (textOf(value) !== undefined) {
          problems.push({
            attribute,
            value,
            reason:
              'the list has <relais-person> children, which are shown instead of the report’s people',
            fatal: false,
          });
        }
      }
      return { ...base, ...this.fromChildren(children, locale) };
    }
    const fromData = { ...base, authored: false, childProblems: [] };
    const reportRefusals: Problem[] = [];
    const report = reportOption(
      this.report,
      (known) => getReport(known) !== undefined,
      reportRefusals,
    );
    problems.push(...reportRefusals);
    if (hasFatal(reportRefusals)) return { ...fromData, people: [] };
    return { ...fromData, report, people: this.fromData(locale, report, problems) };
  }

  private fromData(
    locale: Locale,
    report: string | undefined,
    problems: Problem[],
  ): ListedPerson[] {
    const include = option(
      readText(this.include, 'include', problems),
      PEOPLE_INCLUDES,
      'interviewees',
      'include',
      problems,
    );
    const ids = readText(this.people, 'people', problems)?.split(/\s+/);
    let records: Person[];
    if (ids) {
      records = getPeople({ ids, report });
      const found = new Set<string>(records.map((person) => person.id));
      const unknown = [...new Set(ids.filter((id) => !found.has(id)))];
      for (const id of unknown) {
        problems.push(
          records.length
            ? {
                attribute: 'people',
                value: id,
                reason: 'no person of the report has this id; the others are shown',
                fatal: false,
              }
            : fatal('people', id, 'no person of the report has this id'),
        );
      }
    } else {
      records = getPeople({ include, report });
    }
    const people = records.map((person) => this.listedFromData(person, locale));
    return ids ? people : sortByName(people, locale);
  }

  private listedFromData(person: Person, locale: Locale): ListedPerson {
    const role = person.role[locale];
    const partKey = PART_LABELS[person.part];
    const partLabel = partKey ? listText(locale, partKey) : undefined;
    const until = person.roleEndDate ? formatDate(person.roleEndDate, locale) : undefined;
    const organization: string | undefined = person.organization;
    return {
      key: person.id,
      name: `${person.givenName} ${person.familyName}`,
      sortKey: [sortingName(person.familyName), person.givenName],
      role,
      roleLang: person.role.lang ?? locale,
      organization,
      countryCode: person.country,
      until: until ? listText(locale, 'roleUntil', { date: until }) : undefined,
      // A part that repeats the role (« Préface » over a role « Préface ») is said once.
      partLabel:
        partLabel && partLabel.toLocaleLowerCase(locale) !== role.toLocaleLowerCase(locale)
          ? partLabel
          : undefined,
      translated: person.role.translated?.[locale] === true,
      interviewee: person.part === 'interviewee',
    };
  }

  private fromChildren(
    children: Element[],
    locale: Locale,
  ): Pick<Resolved, 'people' | 'authored' | 'childProblems'> {
    const childProblems: { child: Element; problem: Problem }[] = [];
    const people: ListedPerson[] = [];
    children.forEach((child, index) => {
      const own: Problem[] = [];
      // Upgraded children are read through their properties (set from code by frameworks);
      // a child whose definition has not run yet, through its attributes.
      const read = (attribute: string, field: keyof RelaisPerson): string | undefined =>
        child instanceof RelaisPerson
          ? readText(child[field], attribute, own)
          : textOf(child.getAttribute(attribute));
      const name = read('name', 'name');
      const roleLang = read('role-lang', 'roleLang');
      const country = read('country', 'country');
      if (!name) {
        own.push({
          attribute: 'name',
          value: child.getAttribute('name') ?? '',
          reason: 'a person needs a name; this one is left out of the list',
          fatal: false,
        });
      }
      if (roleLang && !LANGUAGE_TAG.test(roleLang)) {
        own.push({
          attribute: 'role-lang',
          value: roleLang,
          reason: 'not a language tag (`en`, `en-GB`); the role is read in the page’s language',
          fatal: false,
        });
      }
      childProblems.push(...own.map((problem) => ({ child, problem })));
      if (!name) return;
      const code = country && /^[a-z]{2}$/i.test(country) ? country.toUpperCase() : undefined;
      people.push({
        key: `child-${index}`,
        name,
        sortKey: sortKeyOf(name),
        role: read('role', 'role'),
        roleLang: roleLang && LANGUAGE_TAG.test(roleLang) ? roleLang : undefined,
        organization: read('organization', 'organization'),
        countryCode: code && countryName(code, locale) ? code : undefined,
        countryText: code && countryName(code, locale) ? undefined : country,
        translated: false,
        interviewee: true,
      });
    });
    return { people: sortByName(people, locale), authored: true, childProblems };
  }
}

/** `h2`…`h6` with `content`; Lit binds no tag name, so one template per level. */
function headingOf(level: number, kind: 'heading' | 'group', content: string, lang?: string) {
  const cls = kind;
  switch (level) {
    case 3:
      return html`<h3 class=${cls} part=${kind} lang=${ifDefined(lang)}>${content}</h3>`;
    case 4:
      return html`<h4 class=${cls} part=${kind} lang=${ifDefined(lang)}>${content}</h4>`;
    case 5:
      return html`<h5 class=${cls} part=${kind} lang=${ifDefined(lang)}>${content}</h5>`;
    case 6:
      return html`<h6 class=${cls} part=${kind} lang=${ifDefined(lang)}>${content}</h6>`;
    default:
      return html`<h2 class=${cls} part=${kind} lang=${ifDefined(lang)}>${content}</h2>`;
  }
}

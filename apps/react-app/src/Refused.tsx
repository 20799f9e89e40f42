// Never rendered: the type check alone reads it. Each element, given one value its JSX types
// refuse; `tsc` fails if any line below is accepted (an attribute typed `string` again).
export function Refused() {
  return (
    <>
      {/* @ts-expect-error: `kind` is count, percent, currency, ratio or multiplier. */}
      <relais-key-figure kind="money" value={3} />
      {/* @ts-expect-error: `size` is compact, default or large. */}
      <relais-quote-card quote="jean-deydier" size="huge" />
      {/* @ts-expect-error: `theme` is auto, light or dark. */}
      <relais-quote-card quote="jean-deydier" theme="blue" />
      {/* @ts-expect-error: `layout` is list or grid. */}
      <relais-interviewee-list layout="gird" />
      {/* @ts-expect-error: `heading-level` is 2 to 6. */}
      <relais-interviewee-list heading="Qui ?" heading-level="9" />
      {/* @ts-expect-error: `include` is interviewees, contributors or all. */}
      <relais-interviewee-list include="everyone" />
      {/* @ts-expect-error: `group-by` is none or country. */}
      <relais-interviewee-list group-by="city" />
      <relais-interviewee-list>
        {/* @ts-expect-error: a person's `role-lang` is text, not a number of the list's. */}
        <relais-person name="Jeanne Martin" role-lang={{ lang: 'en' }} />
      </relais-interviewee-list>
    </>
  );
}

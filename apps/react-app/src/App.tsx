// Every way a React 19 developer uses Relais: the report's data by id, inline attributes,
// a property set from code through a ref, and a typed relais-error handler. React 19 sets
// a property whenever `key in element` and an attribute otherwise; `onrelais-error` adds a
// listener for the `relais-error` event.
import { useEffect, useRef, useState } from 'react';
// Registers the elements and brings their JSX types (IntrinsicElements).
import '@relais/key-figure/react';
import '@relais/quote-card/react';
import '@relais/interviewee-list/react';
import type { RelaisKeyFigure } from '@relais/key-figure';
import type { RelaisErrorEvent } from '@relais/key-figure';

export function App() {
  const [errors, setErrors] = useState<string[]>([]);
  const fromCode = useRef<RelaisKeyFigure>(null);

  useEffect(() => {
    // The partner's own number, not the report's: the partner is its source.
    if (fromCode.current) {
      fromCode.current.label = 'accompagnées par notre association pendant le confinement';
    }
  }, []);

  const onError = (event: RelaisErrorEvent) =>
    setErrors((seen) => [...seen, `${event.detail.attribute}=${event.detail.value}`]);

  return (
    <main>
      <h1>Relais dans React 19</h1>
      <relais-key-figure figure="eloignes-du-numerique" size="large" count-up>
        <p>13&nbsp;millions de Français demeurent toujours éloignés du numérique.</p>
      </relais-key-figure>
      <relais-key-figure
        kind="percent"
        value={42}
        compare-value={40}
        compare-label="en France"
        label="des Européens n’ont encore pas de compétence numérique de base"
        source="WeTechCare, rapport « Monde social et numérique pendant la crise »"
      />
      <relais-key-figure
        ref={fromCode}
        kind="count"
        value={1200}
        unit="personnes"
        source="Connexions Solidaires, chiffre de l’association"
      />
      <relais-key-figure figure="pas-une-figure" onrelais-error={onError}>
        <p>Repli affiché.</p>
      </relais-key-figure>
      {/* @ts-expect-error: `size` is compact, default or large; the JSX types say so. */}
      <relais-key-figure figure="teleconsultations" size="huge" />
      <relais-quote-card quote="jean-deydier" size="large" />
      <relais-interviewee-list heading="Qui a été interrogé ?" heading-level="2" layout="grid" />
      <output id="errors">{errors.join(' ')}</output>
    </main>
  );
}

// Imported before relais.js by relais.test.ts: the page already has an element whose id is
// "relais" (a theme's wrapper, a menu), so `window.relais` names that element: Relais must
// neither take it for its own global nor hide it.
const named = document.createElement('nav');
named.id = 'relais';
named.setAttribute('aria-label', 'Relais');
document.body.append(named);

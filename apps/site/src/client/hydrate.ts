// The page's one module: the elements, hydrating the markup the server wrote (no second
// render, no flash). Lit's hydrate support must load before Lit itself defines anything.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@relais/key-figure';
import '@relais/quote-card';
import '@relais/interviewee-list';

// Adds a classic <script src> from this page's own origin and waits for it: the engine, the team
// view and the language packs all arrive this way, because a page opened from disk (file://) may
// run classic scripts but may not fetch files or import modules.

/** Resolves once src has run; rejects (and forgets the element) when it cannot be loaded. */
export function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => {
      script.remove();  // a later try adds a fresh element, which fetches again
      reject(new Error(`${src} did not load`));
    };
    document.head.append(script);
  });
}

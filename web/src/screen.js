// Shows one screen (a <main>) at a time, names the page after it and moves focus to its heading.
import { S, format } from './strings.js';

/** @param placeholder the element the first screen replaces */
export function createScreens(placeholder) {
  let current = placeholder;
  let shown = 0;
  return {
    /**
     * @param main the new screen's <main> element, holding an h1 or h2
     * @param title a short name for the document title
     * @param focus the element to focus instead of the heading
     */
    show(main, title, focus) {
      current.replaceWith(main);
      current = main;
      shown += 1;
      document.title = format(S.pageTitle, { screen: title });
      const heading = main.querySelector('h1, h2');
      heading.setAttribute('tabindex', '-1');
      window.scrollTo(0, 0);
      (focus || heading).focus();
    },
    /** How many screens have been shown: a task that waited can tell whether the person moved on. */
    count: () => shown,
  };
}

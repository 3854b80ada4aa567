// Shows one screen (a <main>) at a time, names the page after it and moves focus to its heading.
// A screen is drawn by a function of what the page holds, so that another language can draw the
// same screen again, in place, with everything on it kept (answers, a result, the team's figures).
import { S, format } from './strings.js';

/** @param placeholder the element the first screen replaces */
export function createScreens(placeholder) {
  let current = placeholder;
  let draw = null;
  let shown = 0;

  function put({ main, title }) {
    if (main !== current) current.replaceWith(main);
    current = main;
    document.title = format(S.pageTitle, { screen: title });
    const heading = main.querySelector('h1, h2');
    heading.setAttribute('tabindex', '-1');
    return heading;
  }

  return {
    /**
     * @param render (again) → { main, title, focus? }: the new screen's <main> (holding an h1 or
     *   h2), a short name for the document title, and the element to focus instead of the
     *   heading. Called now, and again (again = true) by redraw(); only its first drawing scrolls
     *   and moves focus.
     */
    show(render) {
      draw = render;
      const view = render(false);
      shown += 1;
      const heading = put(view);
      window.scrollTo(0, 0);
      (view.focus || heading).focus();
    },
    /** Draws the screen on show again, from what the page holds, in the language now in use. */
    redraw() {
      if (draw) put(draw(true));
    },
    /** How many screens have been shown: a task that waited can tell whether the person moved on. */
    count: () => shown,
  };
}

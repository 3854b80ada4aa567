// A table of many rows that puts PAGE rows in the page at a time, with "Show N more" for the rest,
// so a team of 100,000 costs the page 200 rows until someone asks for more.
import { h } from '../dom.js';
import { TEAM as T, format, number } from '../strings.js';

const PAGE = 200;

/**
 * @param name a class and id prefix; caption the table's caption; columns the header cells' texts
 * @param count how many rows there are; cells(k) → the cells of row k (from 0)
 * @returns [the scrollable table, the "showing" line with its button]
 */
export function pagedTable(name, caption, columns, count, cells) {
  const captionId = `${name}-caption`;
  const body = h('tbody');
  const shown = h('p', { class: 'team-hint team-shown' });
  const more = h('button', { type: 'button', class: 'btn', onclick: showMore });
  const wrap = h('div', { class: `team-wrap ${name}-wrap`, role: 'region', tabindex: 0, 'aria-labelledby': captionId },
    h('table', { class: 'team-table' },
      h('caption', { id: captionId }, h('span', null, caption)),
      h('thead', null, h('tr', null, columns.map((text) => h('th', { scope: 'col' }, text)))),
      body));
  let done = 0;
  function showMore() {
    const end = Math.min(count, done + PAGE);
    const rows = [];
    for (let k = done; k < end; k++) rows.push(h('tr', null, cells(k)));
    body.append(...rows);
    done = end;
    const left = count - done;
    if (count > PAGE) shown.textContent = format(T.showing, { shown: number(done), count: number(count) });
    more.textContent = format(T.showMore, { count: number(Math.min(PAGE, left)) });
    if (!left) {
      if (document.activeElement === more) wrap.focus();
      more.hidden = true;
    }
  }
  showMore();
  return [wrap, h('div', { class: 'team-more' }, shown, more)];
}

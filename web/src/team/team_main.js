// The team view, bundled on its own as dist/team.js and loaded only when someone opens it (from
// the welcome screen or #team). It registers one global, crossroadsTeam, for the page to call:
//   crossroadsTeam.mount(main, { engine, questionnaire, source, S, format, back })
import { mount } from './team_view.js';

globalThis.crossroadsTeam = { mount };

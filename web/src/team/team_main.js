// The team view, bundled on its own as dist/team.js and loaded only when someone opens it (from
// the welcome screen or #team). It registers one global, crossroadsTeam, for the page to call:
//   crossroadsTeam.mount(main, { openQuestionnaire, earlierSources, questionnaire, source, S, format, back })
// The page passes its own openQuestionnaire, so a questionnaire is opened once for both bundles.
import { mount } from './team_view.js';

globalThis.crossroadsTeam = { mount };

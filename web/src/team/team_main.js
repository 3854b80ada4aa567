// The team view, bundled on its own as dist/team.js and loaded only when someone opens it (from
// the welcome screen or #team). It registers one global, crossroadsTeam, for the page to call:
//   crossroadsTeam.mount(main, { openQuestionnaire, earlierSources, questionnaire, source, textsOf, back,
//     teamRules }) → { leave, redraw }
// The page passes its own openQuestionnaire, so a questionnaire is opened once for both bundles,
// and its own textsOf, so the team view names bands and themes in the page's language. Its words
// (TEAM) come with lang/<code>-team.js, into the strings both bundles share (strings.js).
import { mount } from './team_view.js';

globalThis.crossroadsTeam = { mount };

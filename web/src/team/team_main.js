// The team view (scores for a whole team from a CSV file), loaded on demand as dist/team.js.
// Another part of the project fills this in; until then the bundle is empty and nothing loads it.
export {};

// What the page says about a questionnaire's scale, in one place.

/** The scale's whole-number middle ("both equally"), or null for a scale such as 1-4. */
export const middleOf = ({ min, max }) => ((min + max) % 2 === 0 ? (min + max) / 2 : null);

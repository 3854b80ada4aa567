// The engine's figures as the team view writes them: a fixed number of decimals, a real minus
// sign, and a dash for a figure the engine could not work out (null: never NaN on screen).
import { TEAM as T, format } from '../strings.js';

/** value to `digits` decimals, "−0.12" for a negative one, T.dash for null. */
export function fixed(value, digits) {
  if (value === null || value === undefined || !Number.isFinite(value)) return T.dash;
  const text = value.toFixed(digits);
  // -0.001 to 2 decimals is "-0.00": no sign on a zero
  if (/^-0\.?0*$/.test(text)) return text.slice(1);
  return text.startsWith('-') ? format(T.minus, { n: text.slice(1) }) : text;
}

/**
 * Alpha to 2 decimals; just under a reading's edge, to 3 decimals rounded down, so the figure
 * never shows the edge the reading says it did not reach (0.697 is "0.697", 0.6999 "0.699").
 * edges: where the engine's reading changes (engine.teamRules().readingEdges).
 */
export function alphaText(alpha, edges) {
  if (alpha === null || alpha === undefined) return fixed(alpha, 2);
  const under = edges.some((edge) => alpha < edge && Number(alpha.toFixed(2)) >= edge);
  return under ? fixed(Math.floor(alpha * 1000) / 1000, 3) : fixed(alpha, 2);
}

/** Whether any of these figures is missing (the dash then needs its note). */
export const anyMissing = (values) => values.some((value) => value === null || value === undefined);

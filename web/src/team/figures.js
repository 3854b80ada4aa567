// The engine's figures as the team view writes them: a fixed number of decimals (with the
// language's decimal sign), a real minus sign, and a dash for a figure the engine could not work
// out (null: never NaN on screen).
import { TEAM as T, format, number } from '../strings.js';

/** value to `digits` decimals, "−0.12" for a negative one ("−0,12" in French), T.dash for null. */
export function fixed(value, digits) {
  if (value === null || value === undefined || !Number.isFinite(value)) return T.dash;
  // Rounded by toFixed, as the engine's own figures and the tests' are; Intl only writes it down.
  const text = value.toFixed(digits);
  const written = number(Math.abs(Number(text)), { minimumFractionDigits: digits, maximumFractionDigits: digits });
  // -0.001 to 2 decimals is "-0.00": no sign on a zero
  return text.startsWith('-') && Number(text) !== 0 ? format(T.minus, { n: written }) : written;
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

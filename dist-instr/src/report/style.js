// How renderers emphasise text. Renderers stay pure and colour-blind: the CLI decides once whether to pass
// a coloured style or PLAIN (NO_COLOR, not a terminal, or a file output).
const identity = (text) => text;
/** No emphasis at all: for files, pipes and NO_COLOR. */
export const PLAIN = { heading: identity, dim: identity, warn: identity, bad: identity, good: identity };

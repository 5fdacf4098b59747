// How renderers emphasise text. Renderers stay pure and colour-blind: the CLI decides once whether to pass
// a coloured style or PLAIN (NO_COLOR, not a terminal, or a file output).

export interface Style {
  heading(text: string): string;
  dim(text: string): string;
  warn(text: string): string;
  bad(text: string): string;
  good(text: string): string;
}

const identity = (text: string): string => text;

/** No emphasis at all: for files, pipes and NO_COLOR. */
export const PLAIN: Style = { heading: identity, dim: identity, warn: identity, bad: identity, good: identity };

export interface Style {
    heading(text: string): string;
    dim(text: string): string;
    warn(text: string): string;
    bad(text: string): string;
    good(text: string): string;
}
/** No emphasis at all: for files, pipes and NO_COLOR. */
export declare const PLAIN: Style;

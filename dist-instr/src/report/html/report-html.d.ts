import type { ReportModel, ReportPictures } from '../build-report.js';
import type { Locale } from '../i18n.js';
import { type ReportWhatIf } from './render-html-report.js';
import type { ReportFinding } from './section-findings.js';
import type { WhatIf } from '../../audit/what-if.js';
/** The audit's what-if as table rows: all redundant signatures together, then each finding. */
export declare function whatIfRows(whatIf: WhatIf, findings: readonly ReportFinding[]): ReportWhatIf;
/** Strips the XML prolog and DOCTYPE Graphviz writes, so the SVG can sit inline in HTML. */
export declare function inlineSvg(svg: string): string;
/** The HTML report of a model. `svg` is the map laid out by Graphviz (from escaped labels). Pure. */
export declare function reportHtml(model: ReportModel, pictures: ReportPictures, findings: readonly ReportFinding[], whatIf: ReportWhatIf | null, svg: string, l: Locale): string;

import type { AuditResult } from '../audit/audit-log.js';
import { type Style } from './style.js';
/** Cases listed per finding in text and Markdown (JSON and CSV list them all). */
export declare const CASE_SAMPLE = 5;
/** `{ tool, schemaVersion, log, findings, whatIf }`, pretty-printed. */
export declare function renderAuditJson(result: AuditResult): string;
/**
 * {@link renderAuditJson}'s text as chunks, joined it is that text byte for byte: the document with each finding's
 * case list left out, cut where the lists go, and each list on its own (a list equal to the last one of its length is
 * the same chunk, rendered once: findings about the same cases, e.g. two rubber stamps every case passes, are common). The lists (most of the bytes: every affected case id) are then strings of plain
 * characters even when messages are not (“…”, Persian), so writing them skips the slow path of encoding one 25 MB
 * string of wide characters. O(total case ids).
 */
export declare function renderAuditJsonChunks(result: AuditResult): string[];
/** One row per finding and affected case (a finding without cases gets one row with an empty case). */
export declare function renderAuditCsv(result: AuditResult): string;
/** The text report: summary, findings ranked by severity then impact, what-if. */
export declare function renderAuditText(result: AuditResult, style?: Style): string;
/** The Markdown report: a findings table, details with sampled cases, the what-if table. */
export declare function renderAuditMarkdown(result: AuditResult): string;

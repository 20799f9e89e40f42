import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, reportBadInput } from './events.js';
import { parseNumber } from './format.js';
import { safeUrl } from './safe-url.js';

/**
 * One refused input. `fatal` when nothing sensible can show (the element shows its
 * fallback content); otherwise `reason` says what the element does instead.
 */
export interface Problem {
  attribute: string;
  value: unknown;
  reason: string;
  fatal: boolean;
}

/** A refusal that leaves only the fallback content to show. */
export function fatal(attribute: string, value: unknown, reason: string): Problem {
  return { attribute, value, reason, fatal: true };
}

/** A refused option (`size`, `theme`, `layout`…): the element goes on with its default. */
export function optionProblem(
  attribute: string,
  value: unknown,
  allowed: readonly string[],
  fallback: string,
): Problem {
  return {
    attribute,
    value,
    reason: `not one of ${allowed.join(', ')}; using ${fallback} instead`,
    fatal: false,
  };
}

/**
 * The option's value when it is one of `allowed`; else `fallback`, with a problem pushed
 * for anything but an absent value.
 */
export function option<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  attribute: string,
  problems: Problem[],
): T {
  if (value === undefined || value === null) return fallback;
  const text = typeof value === 'string' ? value.trim() : value;
  if ((allowed as readonly unknown[]).includes(text)) return text as T;
  problems.push(optionProblem(attribute, value, allowed, fallback));
  return fallback;
}

/** A number attribute that may be absent; present but not a number is a fatal problem. */
export function optionalNumber(
  raw: unknown,
  attribute: string,
  problems: Problem[],
): number | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const parsed = parseNumber(raw);
  if (parsed === undefined) problems.push(fatal(attribute, raw, 'not a number'));
  return parsed;
}

/**
 * A property as an attribute would give it (React and Vue set properties): a string as it
 * is, a number, boolean or bigint as its text (`42` → `'42'`, as `setAttribute` would make
 * it); `undefined` when absent; `null` for anything else (an object, an array, a function),
 * which is not text and is never shown as `[object Object]`.
 */
export function asText(value: unknown): string | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return null;
}

/**
 * A text attribute that may be absent, read with {@link asText} and trimmed; empty or
 * absent gives `undefined`. A value that is not text is a problem: fatal, unless
 * `ifNotText` says what the element does without it (« not text; it is ignored »).
 */
export function optionalText(
  raw: unknown,
  attribute: string,
  problems: Problem[],
  ifNotText?: string,
): string | undefined {
  const text = asText(raw);
  if (text === null) {
    problems.push(
      ifNotText
        ? { attribute, value: raw, reason: ifNotText, fatal: false }
        : fatal(attribute, raw, 'not text'),
    );
    return undefined;
  }
  return text?.trim() || undefined;
}

/**
 * The `report` attribute of an element that reads a report's data: its id, or `undefined`
 * for the default report. An id `exists` does not know is fatal: the element shows its
 * fallback, never the default report's record of the same id.
 */
export function reportOption(
  raw: unknown,
  exists: (id: string) => boolean,
  problems: Problem[],
): string | undefined {
  const report = optionalText(raw, 'report', problems);
  if (report !== undefined && !exists(report)) {
    problems.push(fatal('report', raw, 'no report has this id'));
  }
  return report;
}

export const hasFatal = (problems: readonly Problem[]): boolean =>
  problems.some((problem) => problem.fatal);

/** The problems each element reported and still has, by a key of what was refused. */
const reported = new WeakMap<Element, Set<string>>();

/**
 * Reports what `element` refused in its latest update: a warning and a `relais-error` for
 * each problem it did not already have, however often it renders; a problem gone (the
 * input was corrected) is forgotten, so that bad → good → bad reports the second fall back
 * too.
 */
export function reportProblems(element: Element, problems: readonly Problem[]): void {
  const before = reported.get(element) ?? new Set<string>();
  const now = new Set<string>();
  for (const { attribute, value, reason, fatal: isFatal } of problems) {
    const key = `${attribute}\u0000${describe(value)}\u0000${reason}`;
    if (now.has(key)) continue;
    now.add(key);
    if (!before.has(key)) reportBadInput(element, attribute, value, reason, isFatal);
  }
  reported.set(element, now);
}

/**
 * Every element's bad-input flow: problems are collected while the element works out what
 * to show (`willUpdate`, which must not dispatch events or log), and reported once the
 * update is done, so that a listener reacting to `relais-error` never runs mid-render.
 */
export class ProblemsController implements ReactiveController {
  private pending: Problem[] = [];
  private readonly host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    this.host = host;
    host.addController(this);
  }

  /** Problems found in this update; reported when it is done. */
  add(...problems: Problem[]): void {
    this.pending.push(...problems);
  }

  hostUpdated(): void {
    const problems = this.pending;
    this.pending = [];
    reportProblems(this.host, problems);
  }
}

/**
 * A URL attribute's value when it is safe to link or load (`http:`, `https:`, relative);
 * otherwise `undefined`, with a problem that is not fatal: `reason` says what the element
 * does without it ("…; the source shows without a link").
 */
export function checkedUrl(
  text: string | undefined,
  attribute: string,
  value: unknown,
  reason: string,
  problems: Problem[],
): string | undefined {
  if (!text) return undefined;
  const url = safeUrl(text);
  if (!url) problems.push({ attribute, value, reason, fatal: false });
  return url;
}

/** The `source-url` attribute every element has: linked when safe, else shown as text. */
export const checkedSourceUrl = (
  text: string | undefined,
  value: unknown,
  problems: Problem[],
): string | undefined =>
  checkedUrl(
    text,
    'source-url',
    value,
    'only http:, https: and relative URLs are linked; the source shows without a link',
    problems,
  );

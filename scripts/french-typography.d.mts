/** Types of `french-typography.mjs`, for the browser tests that import it. */
export interface TypographyProblem {
  index: number;
  wants: string;
  excerpt: string;
}
export function looksFrench(text: string): boolean;
export function typographyProblems(
  text: string,
  options?: { french?: boolean },
): TypographyProblem[];

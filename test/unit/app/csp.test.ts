import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../main/app/csp';

interface Finding {
  readonly severity: number;
  readonly directive: string;
  readonly description: string;
}
interface CspEvaluatorModule {
  CspParser: new (policy: string) => { csp: unknown };
  CspEvaluator: new (csp: unknown, version: unknown) => { evaluate(): Finding[] };
  Version: { CSP3: unknown };
  severities: Record<'HIGH' | 'SYNTAX' | 'MEDIUM' | 'HIGH_MAYBE' | 'MEDIUM_MAYBE', number>;
}
const evaluator = createRequire(import.meta.url)('@doyensec/csp-evaluator') as CspEvaluatorModule;

const evaluate = (policy: string): Finding[] =>
  new evaluator.CspEvaluator(new evaluator.CspParser(policy).csp, evaluator.Version.CSP3).evaluate();

test('the CSP is pinned exactly (security.md E3)', () => {
  expect(CONTENT_SECURITY_POLICY).toBe(
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  );
  expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(Object.isFrozen(SECURITY_HEADERS)).toBe(true);
});

test('csp-evaluator finds nothing high or medium in it', () => {
  const { HIGH, SYNTAX, MEDIUM, HIGH_MAYBE } = evaluator.severities;
  const serious = evaluate(CONTENT_SECURITY_POLICY).filter((f) => [HIGH, SYNTAX, MEDIUM, HIGH_MAYBE].includes(f.severity));
  expect(serious).toEqual([]);
  // The evaluator itself still catches a bad policy, so the line above means something.
  expect(evaluate("script-src 'unsafe-inline' *").some((f) => f.severity === HIGH)).toBe(true);
});

test("the renderer's <meta> fallback is the header policy minus frame-ancestors, which browsers ignore in <meta>", () => {
  const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
});

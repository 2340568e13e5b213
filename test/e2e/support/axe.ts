/**
 * axe-core over the current screen. Every rule axe ships runs (WCAG 2.x A/AA
 * and best practices); violations are collected per screen, so one failing
 * test lists every problem of every step at once.
 *
 * axe is injected once per page load and run in place, rather than through
 * @axe-core/playwright's AxeBuilder, which injects it again and opens a
 * second page for every audit (frames support the app does not need): about
 * 0.3 s an audit instead of 2 to 3 s, which the audits in every language and
 * theme need.
 */
import axe from 'axe-core';
import type { Page } from '@playwright/test';

interface Finding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

export class AxeAudit {
  /** Screen label -> violations in words (rule, impact, where). */
  readonly violations: Record<string, string[]> = {};
  /** Screens audited, in order. */
  readonly screens: string[] = [];

  constructor(private readonly page: Page) {}

  /** Audits the screen; `rules` narrows the audit to those rules (a theme switch changes only colours). */
  async check(screen: string, rules?: readonly string[]): Promise<void> {
    if (!(await this.page.evaluate(() => 'axe' in window))) await this.page.evaluate(axe.source);
    const found = await this.page.evaluate(async (only): Promise<Finding[]> => {
      const run = (window as unknown as { axe: typeof axe }).axe.run;
      const result = await run(document, only ? { runOnly: { type: 'rule', values: only } } : {});
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? 'unknown',
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    }, rules ? [...rules] : null);
    this.screens.push(screen);
    if (found.length === 0) return;
    this.violations[screen] = found.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(' | ')}`);
  }

  /** Audits the screen in the light and then the dark theme (the system's, which the app follows by default), back to light after. */
  async checkThemes(screen: string): Promise<void> {
    for (const scheme of ['light', 'dark'] as const) {
      await this.page.emulateMedia({ colorScheme: scheme });
      await this.check(`${screen} (${scheme})`);
    }
    await this.page.emulateMedia({ colorScheme: 'light' });
  }
}

/**
 * axe-core over the current screen. Every rule axe ships runs (WCAG 2.x A/AA
 * and best practices); violations are collected per screen, so one failing
 * test lists every problem of every step at once.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export class AxeAudit {
  /** Screen label -> violations in words (rule, impact, where). */
  readonly violations: Record<string, string[]> = {};
  /** Screens audited, in order. */
  readonly screens: string[] = [];

  constructor(private readonly page: Page) {}

  /** Audits the screen; `rules` narrows the audit to those rules (a theme switch changes only colours). */
  async check(screen: string, rules?: readonly string[]): Promise<void> {
    const builder = new AxeBuilder({ page: this.page });
    if (rules) builder.withRules([...rules]);
    const result = await builder.analyze();
    this.screens.push(screen);
    if (result.violations.length === 0) return;
    this.violations[screen] = result.violations.map(
      (v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
    );
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

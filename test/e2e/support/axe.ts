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
}

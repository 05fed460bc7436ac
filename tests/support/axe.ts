/**
 * axe-core over the page (or one part of it), as the e2e specs check accessibility: serious and
 * critical violations only, each as "rule: targets". Only violations are collected (axe's
 * `resultTypes`), which finds the same violations without building every passing node's result.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Result } from 'axe-core';

export async function axeViolations(page: Page, include?: string): Promise<Result[]> {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  return (await axeViolations(page, include)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

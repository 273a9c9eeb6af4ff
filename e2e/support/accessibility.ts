import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

// axe-core's own types, reached through @axe-core/playwright (axe-core is its dependency, not ours).
type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/** axe-core's WCAG 2.1 A and AA rules on the page as it is now; the serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<Violation[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''));
}

/** One paragraph per violation: rule, impact, help address and the offending elements. */
export function describeViolations(violations: readonly Violation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map(
        (node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
      );
      return [`${violation.id} (${violation.impact}): ${violation.help} ${violation.helpUrl}`, ...nodes].join(
        '\n',
      );
    })
    .join('\n');
}

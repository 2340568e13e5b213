/**
 * Business Suite pages for the steps only Meta's own screens can do (issue
 * 9.7): creating a system user, generating its token, adding an app. Built
 * from a numeric business id only, so every link stays on the external-link
 * allowlist (main/app/external-url.ts; checked by test/unit/app/business-suite.test.ts).
 */
import { isGraphId } from './ids';

export const BUSINESS_SUITE_PAGES = {
  'system-users': 'system-users',
  apps: 'apps',
} as const;
export type BusinessSuitePage = keyof typeof BUSINESS_SUITE_PAGES;

/** The page's https URL, for the given business when its id is known (Business Suite otherwise opens the last one used). */
export function businessSuiteUrl(page: BusinessSuitePage, businessId?: string | null): string {
  const base = `https://business.facebook.com/settings/${BUSINESS_SUITE_PAGES[page]}`;
  return businessId && isGraphId(businessId) ? `${base}?business_id=${businessId}` : base;
}

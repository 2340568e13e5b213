/** Every Business Suite page the wizard opens passes the external-link allowlist, with or without a business id. */
import { expect, test } from '@playwright/test';
import { allowedExternalUrl } from '../../../main/app/external-url';
import { BUSINESS_SUITE_PAGES, businessSuiteUrl, type BusinessSuitePage } from '../../../shared/business-suite';

test('Business Suite links are allowlisted https links on business.facebook.com', () => {
  for (const page of Object.keys(BUSINESS_SUITE_PAGES) as BusinessSuitePage[]) {
    for (const id of [undefined, null, '506914307656634']) {
      const url = businessSuiteUrl(page, id);
      expect(allowedExternalUrl(url), url).toBe(url);
      expect(new URL(url).hostname).toBe('business.facebook.com');
    }
  }
  expect(businessSuiteUrl('system-users', '506914307656634')).toBe('https://business.facebook.com/settings/system-users?business_id=506914307656634');
  // Anything but a numeric id is left out, never pasted into the URL.
  expect(businessSuiteUrl('apps', '1&x=https://evil.tld')).toBe('https://business.facebook.com/settings/apps');
});

import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { allowedExternalUrl, EXTERNAL_HOSTS, isAllowedExternalUrl, isMetaRedirector } from '../../../main/app/external-url';

test.describe('isAllowedExternalUrl', () => {
  test('allowlisted https pages of Meta pass, normalised', () => {
    expect(isAllowedExternalUrl('https://business.facebook.com/settings/system-users')).toBe(true);
    expect(isAllowedExternalUrl('https://developers.facebook.com/docs/whatsapp/')).toBe(true);
    expect(isAllowedExternalUrl('https://www.facebook.com/business/help/503306463479099')).toBe(true);
    expect(isAllowedExternalUrl('https://BUSINESS.facebook.com/x')).toBe(true);
    expect(allowedExternalUrl('https://BUSINESS.facebook.com:443/a?b=\u00e9')).toBe('https://business.facebook.com/a?b=%C3%A9');
  });

  test('lookalikes, other schemes and credential tricks are refused', () => {
    for (const url of [
      'https://facebook.com.evil.tld/', 'https://business.facebook.com.evil.tld/', 'https://evil.tld/business.facebook.com',
      'https://facebook.com/', 'https://m.facebook.com/', 'https://evilbusiness.facebook.com/', 'https://xbusiness.facebook.com/',
      'https://business.facebook.com@evil.tld/', 'https://user:pw@business.facebook.com/', 'https://user@business.facebook.com/',
      'https://evil.tld\\@business.facebook.com/', 'https://evil.tld%2f@business.facebook.com/',
      'http://business.facebook.com/', 'javascript:alert(1)', 'JAVASCRIPT://business.facebook.com/%0aalert(1)',
      'file:///etc/passwd', 'file://business.facebook.com/x', 'smb://business.facebook.com/share', 'ftp://business.facebook.com/',
      'data:text/html,hi', 'vbscript:msgbox', 'ms-settings:', 'app://wizard/index.html',
      'https://business.facebook.com:8443/', 'https://business.facebook.com./', 'https://bսsiness.facebook.com/',
      'https://business.faceb᧐ok.com/', 'https://developers.facebook.com\u3002evil.tld/', 'https://xn--bsiness-ks4c.facebook.com/',
      'https://:@business.facebook.com/', 'https://@business.facebook.com/', 'https:\\\\evil.tld@business.facebook.com/',
      'https://business.face\nbook.com/', ' https://business.facebook.com/', 'https://business.facebook.com/\t',
      '//business.facebook.com/', 'business.facebook.com', '', ' ', 'https://', `https://business.facebook.com/${'a'.repeat(3000)}`,
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
    for (const value of [undefined, null, 42, {}, ['https://business.facebook.com/']]) {
      expect(isAllowedExternalUrl(value)).toBe(false);
    }
  });

  test("Meta's link redirector is refused on every allowlisted host, however the path is spelled (issue 10.8)", () => {
    const target = encodeURIComponent('https://evil.tld/phish');
    for (const host of EXTERNAL_HOSTS) {
      for (const path of [`/l.php?u=${target}&h=AT0`, `/L.PHP?u=${target}`, `/l%2Ephp?u=${target}`, `/l%2ephp/?u=${target}`, `/x/l.php?u=${target}`,
        `/l.php;jsessionid=1?u=${target}`, `/flx/warn/?u=${target}`, '/l.php']) {
        expect(isAllowedExternalUrl(`https://${host}${path}`), `${host}${path}`).toBe(false);
      }
    }
    for (const host of ['l.facebook.com', 'lm.facebook.com']) {
      expect(isAllowedExternalUrl(`https://${host}/l.php?u=${target}`), host).toBe(false);
      expect(isMetaRedirector(new URL(`https://${host}/?u=${target}`)), host).toBe(true);
    }
    // Pages whose names merely contain the letters stay allowed.
    expect(isAllowedExternalUrl('https://www.facebook.com/business/help/l.phpx')).toBe(true);
    expect(isAllowedExternalUrl(`https://developers.facebook.com/docs/?u=${target}`)).toBe(true);
  });

  test('property: whatever passes is https on an allowlisted host with no credentials or port', () => {
    const host = fc.oneof(
      fc.constantFrom(...EXTERNAL_HOSTS),
      fc.domain(),
      fc.constantFrom(...[...EXTERNAL_HOSTS].flatMap((h) => [`${h}.evil.tld`, `evil-${h}`, `${h}.`, h.toUpperCase()])),
    );
    const url = fc.record({
      scheme: fc.constantFrom('https', 'http', 'file', 'smb', 'javascript', 'ftp', 'HTTPS', 'wss'),
      userinfo: fc.constantFrom('', 'user@', 'user:pw@', 'business.facebook.com@', ':@'),
      host,
      port: fc.constantFrom('', ':443', ':8443', ':80'),
      path: fc.webPath(),
    });
    fc.assert(
      fc.property(url, ({ scheme, userinfo, host: h, port, path }) => {
        const raw = `${scheme}://${userinfo}${h}${port}${path}`;
        const passed = allowedExternalUrl(raw);
        const expected =
          scheme.toLowerCase() === 'https' && (userinfo === '') && (port === '' || port === ':443') && EXTERNAL_HOSTS.has(h.toLowerCase()) &&
          !isMetaRedirector(new URL(raw));
        expect(passed !== null, raw).toBe(expected);
        if (passed !== null) {
          const parsed = new URL(passed);
          expect(parsed.protocol).toBe('https:');
          expect(EXTERNAL_HOSTS.has(parsed.hostname)).toBe(true);
          expect(parsed.username + parsed.password + parsed.port).toBe('');
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('property: arbitrary strings pass only when they parse to an allowlisted https host', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.string({ unit: 'grapheme' }).map((s) => `https://${s}`)), (raw) => {
        const passed = allowedExternalUrl(raw);
        if (passed === null) return;
        const parsed = new URL(passed);
        expect(parsed.protocol).toBe('https:');
        expect(EXTERNAL_HOSTS.has(parsed.hostname)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

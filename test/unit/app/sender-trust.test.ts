import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { APP_ENTRY_URL, APP_ORIGIN, devOriginFrom, isAppUrl } from '../../../main/app/app-origin';
import { isTrustedSender, type SenderFrameLike } from '../../../main/app/sender-trust';

const top = (url: string): SenderFrameLike => ({ url, parent: null });
const DEV = { devOrigin: 'http://localhost:5173' };

test.describe('isTrustedSender', () => {
  test('accepts our top frame on app://', () => {
    expect(isTrustedSender(top(APP_ENTRY_URL))).toBe(true);
    expect(isTrustedSender(top(`${APP_ORIGIN}/`))).toBe(true);
    expect(isTrustedSender(top(`${APP_ORIGIN}/index.html#/connect?x=1`))).toBe(true);
  });

  test('refuses a missing frame, a subframe and other origins', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: top(APP_ENTRY_URL) })).toBe(false);
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: undefined })).toBe(false);
    for (const url of [
      'about:blank', 'about:srcdoc', '', 'not a url', 'app:', 'app:/index.html', 'app://', 'app://evil/index.html',
      'app://wizard.evil/index.html', 'app://WIZARD/index.html', 'app://user@wizard/index.html', 'app://wizard:80/x',
      'file:///etc/passwd', 'file:///work/out/renderer/index.html', 'https://example.com/', 'http://localhost:5173/',
      'https://business.facebook.com/', 'data:text/html,<script>1</script>', 'javascript:alert(1)', 'blob:app://wizard/123',
      'devtools://devtools/bundled/inspector.html', 'chrome-error://chromewebdata/',
    ]) {
      expect(isTrustedSender(top(url)), url).toBe(false);
    }
  });

  test('fails closed when reading the frame throws (a destroyed frame)', () => {
    const destroyed = {
      parent: null,
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(isTrustedSender(destroyed)).toBe(false);
    expect(isTrustedSender({ url: 42 as unknown as string, parent: null })).toBe(false);
  });

  test('the dev server origin is trusted only when named', () => {
    expect(isTrustedSender(top('http://localhost:5173/'), DEV)).toBe(true);
    expect(isTrustedSender(top('http://localhost:5174/'), DEV)).toBe(false);
    expect(isTrustedSender(top('http://localhost:5173/'))).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5173/', parent: {} }, DEV)).toBe(false);
  });

  test('property: no URL outside app://wizard is trusted without a dev origin', () => {
    fc.assert(
      fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), fc.boolean(), (url, sub) => {
        expect(isTrustedSender({ url, parent: sub ? top(APP_ENTRY_URL) : null })).toBe(false);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string(), (url) => {
        const trusted = isTrustedSender(top(url));
        // Anything trusted must parse to exactly our scheme and host.
        if (trusted) expect(url.startsWith(`${APP_ORIGIN}/`) || url === APP_ORIGIN).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

test.describe('devOriginFrom', () => {
  test('only unpackaged runs with a loopback http(s) URL get a dev origin', () => {
    expect(devOriginFrom(false, 'http://localhost:5173/some/path')).toBe('http://localhost:5173');
    expect(devOriginFrom(false, 'http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    expect(devOriginFrom(true, 'http://localhost:5173')).toBeUndefined();
    expect(devOriginFrom(false, undefined)).toBeUndefined();
    expect(devOriginFrom(false, '')).toBeUndefined();
    expect(devOriginFrom(false, 'https://example.com')).toBeUndefined();
    expect(devOriginFrom(false, 'file:///tmp/index.html')).toBeUndefined();
    expect(devOriginFrom(false, 'http://user:pw@localhost:5173')).toBeUndefined();
    expect(devOriginFrom(false, 'http://localhost.evil.tld:5173')).toBeUndefined();
    expect(devOriginFrom(false, 'nonsense')).toBeUndefined();
  });

  test('isAppUrl matches the app origin exactly', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://wizard')).toBe(true);
    expect(isAppUrl('app://wizard2/')).toBe(false);
    expect(isAppUrl('https://wizard/')).toBe(false);
  });
});

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { serveAppRequest } from '../../../main/app/app-request';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/csp';

let base = '';
let root = '';

test.beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'app-request-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'export {}');
  writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(base, 'secret.txt'), 'TOP SECRET');
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'leak.txt'));
});
test.afterAll(() => rmSync(base, { recursive: true, force: true }));

test('files are served with their type and the CSP header', async () => {
  const page = await serveAppRequest(root, 'app://wizard/index.html');
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  expect(await page.text()).toContain('<title>x</title>');

  const index = await serveAppRequest(root, 'app://wizard/');
  expect(index.status).toBe(200);
  const script = await serveAppRequest(root, 'app://wizard/assets/index-abc.js');
  expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(await script.text()).toBe('export {}');
  const style = await serveAppRequest(root, 'app://wizard/assets/index-abc.css?v=1#x');
  expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
});

test('every refusal is a plain 404 that still carries the CSP', async () => {
  for (const url of [
    'app://wizard/missing.js',
    'app://wizard/../secret.txt',
    'app://wizard/%2e%2e/secret.txt',
    'app://wizard/..%2fsecret.txt',
    'app://wizard/leak.txt',
    'app://wizard/assets',
    'app://other/index.html',
    'app://user@wizard/index.html',
    'https://wizard/index.html',
    'file:///etc/passwd',
  ]) {
    const response = await serveAppRequest(root, url);
    expect(response.status, url).toBe(404);
    expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text(), url).not.toContain('SECRET');
  }
  const bad = await serveAppRequest(root, 'not a url');
  expect(bad.status).toBe(400);
  expect(bad.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
});

test('only GET and HEAD are answered', async () => {
  const post = await serveAppRequest(root, 'app://wizard/index.html', 'POST');
  expect(post.status).toBe(405);
  expect(post.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  const head = await serveAppRequest(root, 'app://wizard/index.html', 'HEAD');
  expect(head.status).toBe(200);
  expect(head.headers.get('content-length')).toBe(String('<!doctype html><title>x</title>'.length));
  expect(await head.text()).toBe('');
});

/**
 * shared/file-error.ts: what a file-system error means, in words. A permission
 * refusal cannot be made on a real file here (the tests run as root, who reads
 * everything), so EACCES and EPERM are checked on the error objects Node throws
 * for them; the CLI tests cover the others on real files.
 */
import { expect, test } from '@playwright/test';
import { fileError, fileProblemOf } from '../../shared/file-error';
import { translate } from '../../shared/i18n';

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: open '/x'`), { code, errno: -13, syscall: 'open', path: '/x' });

test('permission, missing, folder and unknown codes become plain words naming the option and the path, never the code', () => {
  expect(fileProblemOf(errno('EACCES'))).toBe('no-permission');
  expect(fileProblemOf(errno('EPERM'))).toBe('no-permission');
  expect(fileProblemOf(errno('ENOENT'))).toBe('not-found');
  expect(fileProblemOf(errno('ENOTDIR'))).toBe('not-found');
  expect(fileProblemOf(errno('EISDIR'))).toBe('is-folder');
  expect(fileProblemOf(errno('EIO'))).toBe('unreadable');
  expect(fileProblemOf('not an error')).toBe('unreadable');
  const said = fileError('--receipt', '/x', errno('EACCES'));
  expect(said).toMatchObject({ kind: 'bad-input', fields: ['receipt'], text: { key: 'file.no-permission', params: { option: '--receipt', path: '/x' } } });
  expect(said.message).toBe(translate('en', 'file.no-permission', { option: '--receipt', path: '/x' }));
  expect(said.message).not.toMatch(/EACCES|errno/);
  expect(fileError('--ca-file', '/x', 'is-folder', '--ca-file').fields).toEqual(['--ca-file']);
});

/** Provider files opened with the already running app: which path a second launch names, and the order loads happen in. */
import { expect, test } from '@playwright/test';
import { createProfileInbox, isProfilePath, profilePathFromSecondInstance } from '../../../main/app/profile-inbox';

test("a second launch's profile path is taken from its own argv, relative to its own folder", () => {
  expect(profilePathFromSecondInstance(['/opt/app', 'bsp.json'], '/home/me/Downloads')).toBe('/home/me/Downloads/bsp.json');
  expect(profilePathFromSecondInstance(['/opt/app', '--provider-profile', '../p.json'], '/home/me/Downloads')).toBe('/home/me/p.json');
  expect(profilePathFromSecondInstance(['/opt/app', '--provider-profile=/tmp/p.json'], '/home/me')).toBe('/tmp/p.json');
  expect(profilePathFromSecondInstance(['/opt/app', '--inspect', 'notes.txt'], '/home/me')).toBeNull();
  expect(profilePathFromSecondInstance(['/opt/app'], '/home/me')).toBeNull();
});

test('macOS open-file: only an absolute .json path can be a profile', () => {
  expect(isProfilePath('/Users/me/Downloads/Provider.JSON')).toBe(true);
  expect(isProfilePath('/Users/me/Downloads/receipt.html')).toBe(false);
  expect(isProfilePath('relative.json')).toBe(false);
});

test('paths offered before the core is ready wait (the latest wins); after, each loads in turn, never overlapping', async () => {
  const loaded: string[] = [];
  let running = 0;
  let overlapped = false;
  const inbox = createProfileInbox(async (file) => {
    running += 1;
    if (running > 1) overlapped = true;
    await new Promise((resolve) => setTimeout(resolve, file.includes('slow') ? 30 : 1));
    loaded.push(file);
    running -= 1;
  });
  inbox.offer('/a/launch.json');
  inbox.offer(null);
  inbox.offer('/a/open-file.json');
  expect(loaded).toEqual([]);
  await inbox.open();
  expect(loaded).toEqual(['/a/open-file.json']);

  inbox.offer('/a/slow.json');
  inbox.offer('/a/quick.json');
  await inbox.settled();
  expect(loaded).toEqual(['/a/open-file.json', '/a/slow.json', '/a/quick.json']);
  expect(overlapped).toBe(false);
});

test('a load that fails does not stop the ones after it', async () => {
  const loaded: string[] = [];
  const inbox = createProfileInbox(async (file) => {
    if (file === '/bad.json') throw new Error('unreadable');
    loaded.push(file);
  });
  await inbox.open();
  inbox.offer('/bad.json');
  inbox.offer('/good.json');
  await inbox.settled();
  expect(loaded).toEqual(['/good.json']);
});

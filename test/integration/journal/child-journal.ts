/**
 * Child process for journal crash tests: opens the journal, then begins and
 * finishes changes in a loop until it is killed. After each durable step it
 * prints one line ("begun <id>", "done <id>"); stdout to a pipe is
 * synchronous on Linux, so a printed line is a step that completed before the kill.
 */
import { openJournal } from '../../../main/core/journal/journal';

const [path = '', prefix = 'c', keep = '10'] = process.argv.slice(2);
const journal = await openJournal(path, { keepFinished: Number(keep) });
process.stdout.write(`opened pending=${journal.pending().length}\n`);
for (let i = 0; ; i += 1) {
  const id = `${prefix}-${i}`;
  const begun = await journal.begin({ id, kind: i % 2 ? 'remove' : 'assign', wabaId: '102290129340398', userId: '61550000000001', tasks: ['MANAGE'] });
  if (!begun.ok) throw new Error(begun.error.message);
  process.stdout.write(`begun ${id}\n`);
  // Every third change is left in flight, as if the app died between begin and finish.
  if (i % 3 === 0) continue;
  const finished = await journal.finish(id, 'done', { fbtraceIds: [`trace${i}`] });
  if (!finished.ok) throw new Error(finished.error.message);
  process.stdout.write(`done ${id}\n`);
}

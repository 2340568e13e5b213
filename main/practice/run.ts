/**
 * Standalone entry of the Graph practice server: `node <bundled run.js>
 * --port 8080 --scenario my.json`. Bundle it first (the sources use
 * extensionless imports), e.g.
 *   npx esbuild main/practice/run.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=out/practice/run.js && node out/practice/run.js
 * Stops cleanly on Ctrl+C or SIGTERM.
 */
import { runPracticeServer } from './runner';

try {
  const server = await runPracticeServer(process.argv.slice(2), (text) => console.log(text));
  if (server) {
    const stop = (): void => {
      void server.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}

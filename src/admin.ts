import { runAdmin } from './admin/commands.js';
import { ConfigError, loadConfig } from './config.js';

/** Entry point of `npm run admin -- …` (src/admin/commands.ts); nothing imports it. */
try {
  process.exitCode = await runAdmin(process.argv.slice(2), loadConfig(), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
} catch (error) {
  process.stderr.write(error instanceof ConfigError ? `Configuration error: ${error.message}\n` : `${String(error)}\n`);
  process.exitCode = 1;
}

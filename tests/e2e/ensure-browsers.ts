/**
 * Run before the e2e tests: make sure Chromium and Firefox ESR are there.
 * As root with apt-get, install what is missing; otherwise say in one line how.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { browserPaths } from './browsers';

const missing = Object.entries(browserPaths())
  .filter(([, path]) => !existsSync(path))
  .map(([name]) => (name === 'chromium' ? 'chromium' : 'firefox-esr'));

if (missing.length > 0) {
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`e2e: missing ${missing.join(' and ')}; install with: sudo ${command} (or set CHROMIUM_PATH / FIREFOX_PATH)`);
    process.exit(1);
  }
  console.log(`e2e: installing ${missing.join(' and ')} with apt-get`);
  execFileSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The read-only `shared/` folder that sits beside the repository (CI puts it there). A git worktree
 * lives elsewhere, so fall back to the folder beside its main checkout. Null when there is none
 * (a user's clone): callers skip what needs it.
 */
export function sharedDir(root: string): string | null {
  const beside = resolve(root, '../shared');
  if (existsSync(beside)) return beside;
  const gitFile = resolve(root, '.git');
  try {
    // A worktree's `.git` is a file: "gitdir: <main>/.git/worktrees/<name>".
    const gitdir = /^gitdir:\s*(.+)$/m.exec(readFileSync(gitFile, 'utf8'))?.[1]?.trim();
    if (!gitdir) return null;
    const mainCheckout = dirname(resolve(gitdir, '../..'));
    const shared = resolve(mainCheckout, '../shared');
    return existsSync(shared) ? shared : null;
  } catch {
    return null;
  }
}

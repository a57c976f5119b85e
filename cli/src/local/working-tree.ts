/**
 * Which files of the working tree `shipline local` copies: every tracked or untracked, not ignored
 * file (`git ls-files --cached --others --exclude-standard`), except what lies in the run's own state
 * directory, which an adopter's .gitignore does not know (.shipline/local by default): its registry,
 * podman storage and the copy itself are not the repository's. Pure.
 */
import { isAbsolute, relative, sep } from 'node:path'

export function filesToCopy(files: string[], top: string, state: string): string[] {
  const inside = relative(top, state)
  if (!inside || inside.startsWith('..') || isAbsolute(inside)) return files
  const prefix = `${inside.split(sep).join('/')}/`
  return files.filter(file => !`${file}/`.startsWith(prefix))
}

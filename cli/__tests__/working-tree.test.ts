/** `shipline local` copies the working tree without the run's own state directory inside it. */
import { describe, expect, it } from '@jest/globals'
import { filesToCopy } from '../src/local/working-tree.js'

describe('filesToCopy', () => {
  const files = [
    'a.txt',
    '.shipline/local/registry/blob',
    '.shipline/local/repo/',
    '.shipline/localish',
    'x/y'
  ]
  it.each([
    ['/repo/.shipline/local', ['a.txt', '.shipline/localish', 'x/y']],
    ['/repo/.shipline', ['a.txt', 'x/y']],
    ['/elsewhere/state', files],
    ['/repo', files]
  ])('with the state in %s', (state, expected) => {
    expect(filesToCopy(files, '/repo', state)).toEqual(expected)
  })
})

import { describe, expect, it } from '@jest/globals'
import {
  inputVariable,
  maskText,
  parseKeyValueFile,
  parsePathFile,
  parseWorkflowCommand
} from '../runner-files.js'

describe('the runner file protocols', () => {
  it('reads name=value and name<<DELIMITER blocks, later names winning', () => {
    const text = ['any=true', 'images<<EOF', 'a=x@sha256:1', 'b=y@sha256:2', 'EOF', 'any=false', ''].join(
      '\n'
    )
    expect(parseKeyValueFile(text)).toEqual({ any: 'false', images: 'a=x@sha256:1\nb=y@sha256:2' })
    expect(parseKeyValueFile('url=https://x?a=b\n')).toEqual({ url: 'https://x?a=b' })
  })

  it('says when a block never closes (a step that died half-way through its output)', () => {
    expect(() => parseKeyValueFile('images<<SHIPLINE_EOF\nnot json\n')).toThrow(
      'images: no closing delimiter SHIPLINE_EOF'
    )
  })

  it('reads $GITHUB_PATH and names INPUT_ variables as the runner does', () => {
    expect(parsePathFile('/a\n\n/b\n')).toEqual(['/a', '/b'])
    expect(inputVariable('working-directory')).toBe('INPUT_WORKING-DIRECTORY')
    expect(inputVariable('my input')).toBe('INPUT_MY_INPUT')
  })

  it('parses workflow commands with escaped data and properties', () => {
    expect(parseWorkflowCommand('::error file=a%3Ab.ts,line=3::two%0Alines')).toEqual({
      command: 'error',
      properties: { file: 'a:b.ts', line: '3' },
      message: 'two\nlines'
    })
    expect(parseWorkflowCommand('::add-mask::s3cr3t')).toEqual({
      command: 'add-mask',
      properties: {},
      message: 's3cr3t'
    })
    expect(parseWorkflowCommand('plain output')).toBeUndefined()
  })

  it('masks every secret, each line of a multi-line one too', () => {
    expect(maskText('token abc and def, abcdef', ['abcdef', 'abc\ndef'])).toBe('token *** and ***, ***')
  })
})

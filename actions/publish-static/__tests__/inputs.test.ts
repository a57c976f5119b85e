import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { siteFiles, startS3, type TestS3 } from '../../../__fixtures__/s3-server.js'
import { makeWorkspace, publish, writeSite } from './helpers.js'

let s3: TestS3
let workspace: string

beforeAll(async () => {
  s3 = await startS3()
  workspace = makeWorkspace()
  writeSite(workspace, siteFiles('v1'))
  mkdirSync(join(workspace, 'empty'))
  writeSite(workspace, { 'index.html': 'x', 'secret.txt': 'x' }, 'linked')
  symlinkSync('/etc/hostname', join(workspace, 'linked', 'hostname'))
  writeSite(workspace, { 'index.html': 'x', '.shipline/publish-manifest.json': '{}' }, 'reserved')
  writeFileSync(join(workspace, 'file.txt'), 'x')
})
afterAll(async () => {
  await s3.close()
})

const DIR = 'a directory of regular files inside the workspace (the build output, such as dist)'
const BUILT = 'a directory with the built site (run the build first, or set static.build)'
const BUCKET =
  'an S3 bucket name such as my-site-static (3-63 lower-case letters, digits, "." and "-"; the key path goes in prefix)'

describe('publish-static refuses bad inputs by name, before any request', () => {
  it.each<[Record<string, string>, string]>([
    [{ bucket: '' }, 'Input "bucket": is required but was empty; accepted: a non-empty value'],
    [
      { bucket: 's3://site-static/app' },
      `Input "bucket": "s3://site-static/app" is a URL or an ARN, not a bucket name; accepted: ${BUCKET}`
    ],
    [
      { bucket: 'My_Bucket' },
      `Input "bucket": "My_Bucket" has characters S3 refuses (only lower-case letters, digits, "." and "-", starting and ending with a letter or digit); accepted: ${BUCKET}`
    ],
    [{ bucket: 'ab' }, `Input "bucket": "ab" is 2 characters long; accepted: ${BUCKET}`],
    [{ bucket: 'a..b' }, `Input "bucket": "a..b" has two adjacent periods; accepted: ${BUCKET}`],
    [
      { bucket: '192.168.1.1' },
      `Input "bucket": "192.168.1.1" is formatted as an IP address; accepted: ${BUCKET}`
    ],
    [
      { bucket: 'xn--site' },
      `Input "bucket": "xn--site" uses a prefix or suffix S3 reserves; accepted: ${BUCKET}`
    ],
    [{ dir: 'missing' }, `Input "dir": "missing" does not exist; accepted: ${BUILT}`],
    [{ dir: 'empty' }, `Input "dir": "empty" is empty; accepted: ${BUILT}`],
    [{ dir: 'file.txt' }, `Input "dir": "file.txt" is not a directory; accepted: ${BUILT}`],
    [
      { dir: '../..' },
      'Input "dir": "../.." is outside the workspace; accepted: a directory inside the workspace, such as dist or frontend/dist'
    ],
    [
      { dir: '/etc' },
      'Input "dir": "/etc" is outside the workspace; accepted: a directory inside the workspace, such as dist or frontend/dist'
    ],
    [
      { dir: 'linked' },
      `Input "dir": "hostname" is a symbolic link to outside the workspace; accepted: ${DIR}`
    ],
    [
      { dir: 'reserved' },
      'Input "dir": ".shipline/publish-manifest.json" is under .shipline/, where Shipline keeps its manifest in the bucket; accepted: a site without a .shipline directory'
    ],
    [
      { 'entry-points': 'app/sw.js' },
      'Input "entry-points": "app/sw.js" is not a file of dist; accepted: files of the site, relative to dist, such as index.html'
    ],
    [
      { 'entry-points': '../index.html' },
      'Input "entry-points": "../index.html" is not a path inside the site; accepted: paths relative to the site directory, such as index.html or app/sw.js'
    ],
    [
      { prefix: '/app' },
      'Input "prefix": "/app" is not a key prefix; accepted: a prefix such as app/ or releases/web (no leading "/", no "." or ".." segment, no "//")'
    ],
    [
      { prefix: 'a/../b' },
      'Input "prefix": "a/../b" is not a key prefix; accepted: a prefix such as app/ or releases/web (no leading "/", no "." or ".." segment, no "//")'
    ],
    [{ keep: '0' }, 'Input "keep": "0" is not a whole number in range; accepted: an integer from 1 to 50'],
    [
      { concurrency: 'many' },
      'Input "concurrency": "many" is not a whole number in range; accepted: an integer from 1 to 64'
    ],
    [
      { endpoint: 'minio:9000' },
      'Input "endpoint": "minio:9000" is not http or https; accepted: an http(s) URL of an S3-compatible server such as https://minio.example.com:9000 (no path)'
    ],
    [
      { endpoint: 'https://minio.example.com/bucket' },
      'Input "endpoint": "https://minio.example.com/bucket" has a path; accepted: an http(s) URL of an S3-compatible server such as https://minio.example.com:9000 (no path)'
    ],
    [
      { endpoint: 'https://key:secret@minio.example.com' },
      'Input "endpoint": has credentials in it; accepted: an http(s) URL of an S3-compatible server such as https://minio.example.com:9000 (no path); credentials go in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY'
    ],
    [{ 'path-style': 'yes' }, 'Input "path-style": "yes" is not a boolean; accepted: true or false'],
    [
      { endpoint: '', 'aws-region': 'Europe' },
      'Input "aws-region": "Europe" is not an AWS region; accepted: an AWS region such as us-east-1 or eu-west-1'
    ],
    [{ sse: 'kms' }, 'Input "sse": "kms" is not allowed; accepted: AES256, aws:kms, aws:kms:dsse'],
    [
      { 'sse-kms-key-id': 'alias/site' },
      'Input "sse-kms-key-id": is set but sse is not aws:kms; accepted: a KMS key together with sse: aws:kms'
    ],
    [
      { sse: 'aws:kms', 'sse-kms-key-id': 'my key' },
      'Input "sse-kms-key-id": "my key" is not a KMS key; accepted: a key ARN, key id, alias/NAME or alias ARN'
    ],
    [{ 'dry-run': 'maybe' }, 'Input "dry-run": "maybe" is not a boolean; accepted: true or false'],
    [
      { dir: '' },
      'Input "dir": is empty and there is no shipline.yml; accepted: the directory to publish (such as dist), or a static section with dir in shipline.yml'
    ],
    [
      { dir: '', config: 'other.yml' },
      'other.yml: file not found in WORKSPACE; run from the repository root or name the file (--config, input "config")'
    ]
  ])('%j', async (inputs, message) => {
    s3.requests.length = 0
    const result = await publish(s3, workspace, inputs)
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([message.replace('WORKSPACE', workspace)])
    expect(result.log.join('\n')).not.toMatch(/\n\s+at /)
    expect(s3.requests).toEqual([])
    expect(result.outputs).toEqual({})
  })
})

/** parseKubeconfig's transport rule: credentials go over verified TLS, except to a server on loopback. */
import { describe, expect, it } from '@jest/globals'
import { parseKubeconfig } from '../kubeconfig.js'

const kubeconfig = (server: string, clusterExtra = '') =>
  [
    'apiVersion: v1',
    'clusters:',
    '- name: c',
    '  cluster:',
    `    server: ${server}`,
    ...(clusterExtra ? [`    ${clusterExtra}`] : []),
    'contexts:',
    '- name: x',
    '  context: {cluster: c, user: u}',
    'current-context: x',
    'users:',
    '- name: u',
    '  user: {token: t}',
    ''
  ].join('\n')

describe('parseKubeconfig: the server', () => {
  it.each([
    ['https://k8s.example.com:6443', ''],
    ['http://127.0.0.1:8080', ''],
    ['http://localhost:8080', ''],
    ['http://[::1]:8080', ''],
    ['https://127.0.0.1:6443', 'insecure-skip-tls-verify: true'],
    ['https://localhost:6443', 'insecure-skip-tls-verify: true']
  ])('accepts %s %s', (server, extra) => {
    expect(parseKubeconfig(kubeconfig(server, extra)).server).toBe(server)
  })

  it.each([
    [
      'http://10.0.0.1:8080',
      '',
      'has cluster "c" with the plain HTTP server http://10.0.0.1:8080, which is not on loopback'
    ],
    [
      'http://localhost.example.com',
      '',
      'has cluster "c" with the plain HTTP server http://localhost.example.com, which is not on loopback'
    ],
    [
      'https://k8s.example.com',
      'insecure-skip-tls-verify: true',
      'has cluster "c" with insecure-skip-tls-verify for https://k8s.example.com, which is not on loopback'
    ],
    [
      'https://192.168.1.5:6443',
      'insecure-skip-tls-verify: true',
      'has cluster "c" with insecure-skip-tls-verify for https://192.168.1.5:6443, which is not on loopback'
    ]
  ])('refuses %s %s', (server, extra, message) => {
    expect(() => parseKubeconfig(kubeconfig(server, extra))).toThrow(message)
  })
})

// The loopback registry of the tests is the local run's own (lib/local-registry.ts).
export * from '../lib/standins/local-registry.js'

// The busybox base image of the tests is the local run's own (lib/busybox-base.ts).
export * from '../lib/standins/busybox-base.js'

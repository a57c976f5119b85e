/** Shipline's version, sent in the AWS user agent (`shipline/<version>`). Kept equal to package.json by a test. */
export const VERSION = '0.1.0'

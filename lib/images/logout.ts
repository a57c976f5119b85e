/** Logging out of every registry a run logged into with the builder's CLI; a failure only warns. */
import { oneLine } from '../core/errors.js'
import { info, warning } from '../core/log.js'
import type { Exec, Login } from './build-push.js'
import { logoutArgs } from './builder-args.js'

export async function logOut(exec: Exec, logins: Login[]): Promise<void> {
  for (const login of logins) {
    try {
      await exec(login.builder, logoutArgs(login.builder, login.host), { stream: false })
      info(`Logged out of ${login.host} (${login.builder})`)
    } catch (error) {
      warning(`Could not log out of ${login.host}: ${oneLine(error)}`)
    }
  }
}

import { runAction } from '../../../lib/core/action.js'
import { run } from './main.js'

void runAction(() => run())

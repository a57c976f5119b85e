import { runAction } from '../../../lib/action.js'
import { run } from './main.js'

void runAction(() => run())

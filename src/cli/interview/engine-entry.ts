/**
 * The estimation engine behind a dynamic import, so the interview's bundle starts without
 * mathjs and loads it only once an interview actually begins.
 */
export { getEngine } from '../../core/estimate/index'

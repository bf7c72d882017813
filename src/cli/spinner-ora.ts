/** ora in its own bundle (see scripts/build.mjs): loaded only when a spinner actually shows. */
export { default as ora } from 'ora'

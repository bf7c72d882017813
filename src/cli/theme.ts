/** Semantic styles, so views never pick raw colours. The plain theme returns text untouched. */
export interface Theme {
  readonly enabled: boolean
  bold(text: string): string
  dim(text: string): string
  title(text: string): string
  good(text: string): string
  warn(text: string): string
  bad(text: string): string
  accent(text: string): string
  code(text: string): string
}

const same = (text: string): string => text

export const plainTheme: Theme = {
  enabled: false,
  bold: same,
  dim: same,
  title: same,
  good: same,
  warn: same,
  bad: same,
  accent: same,
  code: same,
}

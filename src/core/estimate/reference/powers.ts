/** Powers of two people meet in sizing: the IEC name and how far it is from the decimal one. */

export interface PowerOfTwo {
  exponent: number
  /** IEC name of 2^exponent bytes, when there is one */
  iec?: string
  /** the decimal unit it is close to */
  decimal?: string
  note?: string
}

export const POWERS_OF_TWO: PowerOfTwo[] = [
  { exponent: 8, note: 'values of a byte' },
  { exponent: 10, iec: 'KiB', decimal: 'kB', note: 'kibi' },
  { exponent: 16, note: 'ports per IP' },
  { exponent: 20, iec: 'MiB', decimal: 'MB', note: 'mebi' },
  { exponent: 30, iec: 'GiB', decimal: 'GB', note: 'gibi' },
  { exponent: 32, note: 'IPv4 addresses' },
  { exponent: 40, iec: 'TiB', decimal: 'TB', note: 'tebi' },
  { exponent: 50, iec: 'PiB', decimal: 'PB', note: 'pebi' },
  { exponent: 60, iec: 'EiB', decimal: 'EB', note: 'exbi' },
  { exponent: 64, note: '64-bit ids' },
]

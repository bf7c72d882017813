/** Availability levels for the nines table; the downtime is computed by the engine. */

export interface AvailabilityLevel {
  percent: string
  name: string
}

export const AVAILABILITY_LEVELS: AvailabilityLevel[] = [
  { percent: '90%', name: 'one nine' },
  { percent: '99%', name: 'two nines' },
  { percent: '99.5%', name: 'two and a half nines' },
  { percent: '99.9%', name: 'three nines' },
  { percent: '99.95%', name: 'three and a half nines' },
  { percent: '99.99%', name: 'four nines' },
  { percent: '99.999%', name: 'five nines' },
  { percent: '99.9999%', name: 'six nines' },
]

/** The periods, as engine expressions (year = 365.2425 days, month = year / 12). */
export const AVAILABILITY_PERIODS = [
  ['year', '1 year'],
  ['month', '1 month'],
  ['week', '1 week'],
  ['day', '1 day'],
] as const

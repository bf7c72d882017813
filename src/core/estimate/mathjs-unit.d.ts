/**
 * mathjs ships the Unit class factory but its type definitions do not declare it. This
 * augmentation describes the small part of the class the engine uses.
 */
import 'mathjs'

declare module 'mathjs' {
  export interface MathUnit {
    value: number | null
    dimensions: number[]
    units: Array<{ unit: { name: string; value: number }; prefix: { name: string; value: number }; power: number }>
    clone(): MathUnit
    multiply(other: MathUnit): MathUnit
    divide(other: MathUnit): MathUnit
    pow(power: number): MathUnit
    equalBase(other: MathUnit): boolean
    to(unit: MathUnit): MathUnit
    toNumeric(unit?: MathUnit): number
  }

  export interface MathUnitClass {
    new (value?: number | null, name?: string): MathUnit
    createUnit(definitions: Record<string, { definition?: MathUnit; baseName?: string; prefixes?: string }>): MathUnit
    BASE_DIMENSIONS: string[]
  }

  export const createUnitClass: (dependencies: Record<string, unknown>) => MathUnitClass
}

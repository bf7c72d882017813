/** The syntax tree our parser builds and the evaluator walks. Columns are 0-based. */

export interface UnitAtom {
  word: string
  power: number
  column: number
}

/** Units after a number (`KB/comment`), in a conversion target, or alone (`Gbps`). */
export interface UnitExpr {
  atoms: UnitAtom[]
  /** `to %` or `to percent` */
  percent?: boolean
  column: number
  /** the text as typed, for messages */
  text: string
}

export type Node =
  | { kind: 'number'; value: number; column: number; text: string; percent?: boolean; unit?: UnitExpr; grouped?: boolean }
  | { kind: 'name'; name: string; column: number }
  | { kind: 'unary'; op: '-' | '+'; operand: Node; column: number }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/' | '^' | 'mod'; left: Node; right: Node; column: number }
  | { kind: 'compare'; op: '<' | '>' | '<=' | '>=' | '==' | '!='; left: Node; right: Node; column: number }
  | { kind: 'percent'; operand: Node; column: number }
  | { kind: 'call'; name: string; args: Node[]; column: number }
  | { kind: 'convert'; operand: Node; target: UnitExpr; column: number }

export interface Statement {
  expr: Node
  target?: UnitExpr
}

import { AppError } from '../errors';

/** A plain transition table with its checks (STYLE.md "Validation, errors, state"). */
export interface StateMachine<S extends string> {
  readonly states: readonly S[];
  allowedTargets(from: S): readonly S[];
  canTransition(from: S, to: S): boolean;
  /** INVALID_TRANSITION with { from, to, allowed } when the table has no such move. */
  assertTransition(from: S, to: S): void;
}

export function stateMachine<S extends string>(
  states: readonly S[],
  table: Readonly<Record<S, readonly S[]>>,
): StateMachine<S> {
  return {
    states,
    allowedTargets: (from) => table[from],
    canTransition: (from, to) => table[from].includes(to),
    assertTransition(from, to) {
      if (!table[from].includes(to)) {
        throw new AppError('INVALID_TRANSITION', {
          params: { from, to },
          details: { from, to, allowed: [...table[from]] },
        });
      }
    },
  };
}

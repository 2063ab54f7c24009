/** The bundled plan at `from` grown `factor` times into `dir` (see grow-plan.js); returns `dir`. */
export function growPlan(from: string, dir: string, factor: number): Promise<string>;

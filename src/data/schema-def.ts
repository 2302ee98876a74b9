/**
 * The parts of zod's internal schema definitions that the walks over a value and its schema read
 * (`unknownFields`, `tidy`); stable across zod 4 classic and mini.
 */
import type { core } from 'zod/mini';

export type Schema = core.$ZodType;

export interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  in?: Schema;
  element?: Schema;
  options?: readonly Schema[];
}

export const defOf = (schema: Schema): Def => schema._zod.def;

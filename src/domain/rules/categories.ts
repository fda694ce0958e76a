// Placeholder: filled in by the categories work. Exports PARAMETERS for the registry.
import type { Parameter } from './parameter.ts';

export const PARAMETERS: readonly Parameter<unknown>[] = [];

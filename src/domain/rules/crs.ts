// Placeholder: filled in by the crs work. Exports PARAMETERS for the registry.
import type { Parameter } from './parameter.ts';

export const PARAMETERS: readonly Parameter<unknown>[] = [];

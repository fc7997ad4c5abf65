/** How much one upload may hold: the readers' own file-size limit per file, and a cap on count and total. */
import { DEFAULT_LIMITS } from '../read/grid.js';

export interface UploadLimits {
  /** Largest file in bytes: the readers' limit (read/grid.ts), so nothing is accepted that they would refuse. */
  maxFileSize: number;
  /** Most files in one upload (a municipality has some dozens of departments). */
  maxFiles: number;
  /** Largest upload in bytes, all files together. */
  maxTotal: number;
}

export const UPLOAD_LIMITS: UploadLimits = {
  maxFileSize: DEFAULT_LIMITS.maxFileSize,
  maxFiles: 2000,
  maxTotal: 2 * DEFAULT_LIMITS.maxFileSize,
};

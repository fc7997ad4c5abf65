/** The list of commands; each file defines one (options, help text, action). Add one import and one entry per command. */
import type { DefineCommand } from './options.js';
import { defineDiff } from './diff.js';
import { defineExport } from './export.js';
import { defineInit } from './init.js';
import { defineMerge } from './merge.js';
import { defineStatus } from './status.js';
import { defineSync } from './sync.js';
import { defineUi } from './ui.js';
import { defineValidate } from './validate.js';

export type { DefineCommand };

export const COMMANDS: readonly DefineCommand[] = [
  defineValidate,
  defineDiff,
  defineMerge,
  defineStatus,
  defineSync,
  defineExport,
  defineInit,
  defineUi,
];

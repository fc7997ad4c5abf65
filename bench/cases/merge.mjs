// merge: consolidation of the bundled department lists and a three-way merge of generated lists (bench/merge.mjs).
export * from '../merge.mjs';

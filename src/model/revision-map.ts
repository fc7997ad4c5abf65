/** A correspondence table (调整对照表) of a catalogue revision: which old codes became which new ones. */

export type RevisionKind = 'merge' | 'split' | 'recode';

/** Where an entry of the table was written (row 1-based as the spreadsheet shows it; YAML: the line). */
export interface MapPlace {
  file: string;
  sheet?: string;
  row: number;
}

/** One change of the table: rows with the same kind and the same target (merge) or source (split) are one entry. */
export interface MapEntry {
  kind: RevisionKind;
  from: string[];
  into: string[];
  /** 文号 of the adjustment decision. */
  document?: string;
  /** 生效日期, YYYY-MM-DD when recognised. */
  effective?: string;
  /** Every row the entry was read from. */
  places: MapPlace[];
}

export interface RevisionMap {
  file: string;
  entries: MapEntry[];
}

/** The table's columns, by key: canonical header first, then aliases (matched like every list's headers). */
export const MAP_COLUMNS = {
  oldCode: ['原事项编码', '原编码', '原权力编码', '调整前事项编码', '调整前编码', '原事项代码', 'oldCode', 'from'],
  newCode: ['新事项编码', '新编码', '新权力编码', '调整后事项编码', '调整后编码', '新事项代码', 'newCode', 'into'],
  kind: ['调整类型', '调整方式', '变更类型', '调整情况', 'type', 'kind'],
  document: ['文号', '调整文号', '依据文件', '文件文号', '发文字号', 'document'],
  effective: ['生效日期', '施行日期', '执行日期', '生效时间', 'effective'],
} as const;

export type MapColumn = keyof typeof MAP_COLUMNS;

/** 调整类型 as written → kind. */
export const MAP_KINDS: Record<string, RevisionKind> = {
  合并: 'merge', 并入: 'merge', 合并设立: 'merge', merge: 'merge', merged: 'merge',
  拆分: 'split', 分设: 'split', 分立: 'split', 拆分设立: 'split', split: 'split',
  改码: 'recode', 编码调整: 'recode', 调整编码: 'recode', 编码变更: 'recode', 变更编码: 'recode', 重新编码: 'recode', recode: 'recode', recoded: 'recode',
};

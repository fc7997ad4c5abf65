/** Rule ids and default severities, for the modules that used to find them here. */
export { RULE_IDS, SEVERITIES, type RuleId, type Severity } from '../vocab/rules.js';
export { DEFAULT_SEVERITY } from './registry.js';

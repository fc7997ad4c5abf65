/** The files `qingdan init` writes: a commented starter qingdan.config.yaml and a sample GitHub Actions workflow. */
import { DEFAULT_SEVERITY, RULE_IDS } from '../check/rule-ids.js';
import type { Lang } from '../text/lang.js';

export interface InitOptions {
  lang: Lang;
  /** Catalogue path written into the config (relative to it). */
  catalogue?: string;
  /** Folder (or files) of the department lists the workflow checks. */
  lists?: string;
  /** Package version the workflow installs. */
  version: string;
  /** Where the workflow installs qingdan from (an npm install spec); default: the lists repository's devDependencies. */
  install?: string;
}

export const CONFIG_FILE = 'qingdan.config.yaml';
export const WORKFLOW_FILE = '.github/workflows/qingdan.yml';

/** A YAML scalar that stays a string whatever it holds (a JSON string is valid YAML). */
const scalar = (s: string): string => JSON.stringify(s);

const CONFIG_TEXT = {
  'zh-CN': {
    head: ['qingdan 配置文件（由 qingdan init 生成）。qingdan validate 从当前目录向上查找本文件，也可用 --config 指定。', '文中路径均相对于本文件所在目录。各规则的含义见 docs/rules/<规则编号>.md。'],
    catalogue: '市级行政权力事项目录：validate 未给出 --catalogue 时使用它（请改成实际路径）。',
    zone: '已公布的管委会行政权力清单（可选）：给出后检查 zone-mismatch。',
    baseline: '豁免文件（基线），默认 qingdan.baseline.yaml；可用 qingdan validate … --write-baseline 文件 生成。',
    codePattern: '事项编码格式：正则表达式，须与整个编码匹配；不符合的编码报 invalid-value。编码方案以目录为准，不作假定。',
    headerAliases: '额外的表头别名，按字段键列出（数据约定已接受的别名无需再写）。',
    extraCategories: '本省使用、十类之外的权力类别。',
    rules: '各规则的级别：error、warning、info，或 off 关闭。下面是默认级别，去掉“#”即可修改。',
    failOn: '在此级别及以上有问题时 validate 以 1 退出（error、warning、info、never），命令行 --fail-on 优先。',
    acceptance: '计划承接日期（可选）：各批次的日期，或下放日期加承接期限（天）；过期仍待承接的事项报 acceptance-overdue，status 按部门计数。',
    docsUrl: '规则说明页发布的地址（以“/”结尾），报告据此链接到各规则的说明；未设置时报告不链接（HTML 报告内附说明）。命令行 --docs-url 优先。',
  },
  en: {
    head: ['qingdan configuration (written by qingdan init). qingdan validate finds it upward from the working folder, or take --config.', 'Paths are relative to this file. Each rule is explained in docs/rules/<rule-id>.md.'],
    catalogue: 'The municipal catalogue, used when validate has no --catalogue (set the real path).',
    zone: 'The published zone list (optional): when given, zone-mismatch is checked.',
    baseline: 'Waivers (the baseline), default qingdan.baseline.yaml; write one with qingdan validate … --write-baseline FILE.',
    codePattern: "Code pattern: a regular expression the whole code must match; codes that break it are invalid-value. The scheme is the catalogue's, never assumed.",
    headerAliases: 'Extra header aliases per field key (the aliases of the data contract need not be repeated).',
    extraCategories: 'Categories your province uses besides the ten.',
    rules: 'Level of each rule: error, warning, info, or off. The defaults are listed; remove the "#" to change one.',
    failOn: 'validate exits 1 on findings at or above this level (error, warning, info, never); --fail-on on the command line wins.',
    acceptance: 'Planned acceptance dates (optional): a date per batch, or the delegation date and a deadline in days; items still 待承接 after theirs are acceptance-overdue, counted per department by status.',
    docsUrl: "Where the rule pages are published (ending in '/'): reports link each rule to its page; unset, reports link nowhere (HTML reports carry the explanations). --docs-url on the command line wins.",
  },
} as const;

/** The starter configuration: every setting present, the optional ones commented out. */
export function starterConfig(opts: InitOptions): string {
  const t = CONFIG_TEXT[opts.lang];
  const width = Math.max(...RULE_IDS.map((r) => r.length));
  const lines = [
    ...t.head.map((l) => `# ${l}`),
    '',
    `# ${t.catalogue}`,
    `catalogue: ${scalar(opts.catalogue ?? 'catalogue.xlsx')}`,
    '',
    `# ${t.zone}`,
    '# zone: "zone/管委会行政权力清单.xlsx"',
    '',
    `# ${t.baseline}`,
    '# baseline: "qingdan.baseline.yaml"',
    '',
    `# ${t.codePattern}`,
    "# codePattern: '370100-[A-Z]{2}-\\d{4}'",
    '',
    `# ${t.headerAliases}`,
    '# headerAliases:',
    '#   code: [项目编号]',
    '#   department: [责任单位]',
    '',
    `# ${t.extraCategories}`,
    '# extraCategories: [行政备案]',
    '',
    `# ${t.rules}`,
    '# rules:',
    ...RULE_IDS.map((r) => `#   ${`${r}:`.padEnd(width + 1)} ${DEFAULT_SEVERITY[r]}`),
    '',
    `# ${t.failOn}`,
    '# failOn: error',
    '',
    `# ${t.acceptance}`,
    '# acceptance:',
    '#   batches:',
    '#     1: 2016-06-30',
    '#     2: 2016-09-30',
    '#   delegatedOn: 2016-06-30',
    '#   withinDays: 90',
    '',
    `# ${t.docsUrl}`,
    '# docsUrl: "https://example.org/qingdan/rules/"',
    '',
  ];
  return lines.join('\n');
}

const WORKFLOW_TEXT = {
  'zh-CN': {
    head: ['qingdan 校验工作流示例（由 qingdan init 生成）：每次推送或合并请求时校验各部门的下放清单。', '问题以注释显示在文件上，并生成 JUnit、SARIF、Markdown 摘要和 HTML 报告。'],
    install: '安装 qingdan',
    installHelp: [
      'qingdan 不在 npm 公共仓库中。此处用 npm ci 安装本仓库 package.json 中的 devDependencies，',
      '请先把 qingdan 加为 devDependency（见 qingdan 的 README）：npm install --save-dev git+https://…/qingdan.git（或 .tgz 路径）。',
      '也可删去 npm ci，全局安装（下一行去掉 # 并填入地址；qingdan init --install 可代为填写），并把下面的 npx --no-install qingdan 改为 qingdan：',
    ],
    check: '校验：有错误时此步骤失败（在文件上标注问题，完整的 Markdown 报告写入作业摘要）',
    reports: '报告（--fail-on never：只报告，不让步骤失败）',
  },
  en: {
    head: ['Sample qingdan workflow (written by qingdan init): checks the departments\' delegation lists on every push and pull request.', 'Findings show as annotations on the files; JUnit, SARIF, a Markdown summary and an HTML report are produced.'],
    install: 'Install qingdan',
    installHelp: [
      'qingdan is not on the public npm registry. npm ci here installs the devDependencies of this repository\'s package.json,',
      'so add qingdan as a devDependency first (see qingdan\'s README): npm install --save-dev git+https://…/qingdan.git (or a .tgz path).',
      'Or drop npm ci and install it globally (uncomment the next line and fill in the source; qingdan init --install does it for you), then change npx --no-install qingdan below to qingdan:',
    ],
    check: 'Check: this step fails on errors (annotations on the files; the full Markdown report goes to the job summary)',
    reports: 'Reports (--fail-on never: report only, do not fail the step)',
  },
} as const;

/** A word for the shell: single-quoted unless it is plainly safe. */
const shellWord = (s: string): string => (/^[\w./@-]+$/u.test(s) ? s : `'${s.replace(/'/gu, `'\\''`)}'`);

/**
 * The global install of a spec. npm cannot build a git dependency during a --global install
 * (npm/cli#8440), so a git source is packed first and its tarball installed.
 */
export function globalInstall(spec: string): string {
  const git = /^(git\+|git:|github:|gitlab:|bitbucket:)|\.git(#.*)?$/u.test(spec);
  return git ? `npm install --global "$(npm pack --silent ${shellWord(spec)} | tail -1)"` : `npm install --global ${shellWord(spec)}`;
}

/** The install step: the source --install gave, else npm ci of the lists repository with a commented alternative. */
function installStep(opts: InitOptions, t: (typeof WORKFLOW_TEXT)[keyof typeof WORKFLOW_TEXT]): string[] {
  if (opts.install) return [`      - name: ${scalar(t.install)}`, `        run: ${globalInstall(opts.install)}`];
  return [
    ...t.installHelp.map((l) => `      # ${l}`),
    `      #   run: ${globalInstall('git+https://…/qingdan.git')}`,
    `      - name: ${scalar(t.install)}`,
    '        run: npm ci',
  ];
}

/** A GitHub Actions workflow that validates the lists and publishes the reports. */
export function sampleWorkflow(opts: InitOptions): string {
  const t = WORKFLOW_TEXT[opts.lang];
  const lists = shellWord(opts.lists ?? 'depts');
  // Installed globally, qingdan is on the PATH; as a devDependency, npx runs the local copy (never the registry).
  const q = `${opts.install ? 'qingdan' : 'npx --no-install qingdan'} validate ${lists} --lang ${opts.lang}`;
  return [
    ...t.head.map((l) => `# ${l}`),
    'name: qingdan',
    'on:',
    '  push:',
    '  pull_request:',
    'permissions:',
    '  contents: read',
    '  security-events: write',
    'jobs:',
    '  validate:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: actions/setup-node@v4',
    '        with:',
    '          node-version: 20',
    ...installStep(opts, t),
    `      - name: ${scalar(t.check)}`,
    '        run: |',
    `          ${q} --format github`,
    `      - name: ${scalar(t.reports)}`,
    '        if: always()',
    '        run: |',
    `          ${q} --fail-on never --format junit > qingdan-junit.xml`,
    `          ${q} --fail-on never --format sarif > qingdan.sarif`,
    `          ${q} --fail-on never --format html > qingdan-report.html`,
    '      - uses: github/codeql-action/upload-sarif@v3',
    '        if: always()',
    '        with:',
    '          sarif_file: qingdan.sarif',
    '          category: qingdan',
    '      - uses: actions/upload-artifact@v4',
    '        if: always()',
    '        with:',
    '          name: qingdan-reports',
    '          path: |',
    '            qingdan-junit.xml',
    '            qingdan.sarif',
    '            qingdan-report.html',
    '',
  ].join('\n');
}

// npm's prepare script: builds dist/ (dist is not in git, so an install from git builds it here).
//
// `npm install --global git+…` cannot work with npm 11.19 and earlier: npm prepares the clone with an
// inner `npm install --include=dev` that inherits the outer install's global mode
// (npm_config_global=true in its environment; npm/cli#8440, fixed in pacote by passing
// --global=false). That inner install links the clone into the global prefix instead of installing
// its devDependencies into it, so the build fails with `tsc: not found`, and the outer install then
// unpacks through that link into the clone npm deletes. Say so, and what works, instead of
// `tsc: not found`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

if (process.env.npm_config_global === 'true' && !existsSync(new URL('../node_modules/typescript/package.json', import.meta.url))) {
  console.error(
    [
      'qingdan: npm cannot build a git dependency during a --global install (npm/cli#8440).',
      'qingdan：npm 在 --global 安装中无法构建 git 依赖（npm/cli#8440）。',
      'Pack it first, then install the tarball / 请先打包，再安装生成的 .tgz：',
      '  npm install --global "$(npm pack --silent git+https://…/qingdan.git | tail -1)"',
    ].join('\n'),
  );
  process.exit(1);
}

const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(r.status ?? 1);

/** Opens an address in the default browser (xdg-open, open, start); never throws, says whether it could. */
import { spawn } from 'node:child_process';

/** The opener command of this platform. */
export function openerOf(platform: NodeJS.Platform): [string, string[]] {
  if (platform === 'darwin') return ['open', []];
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""']];
  return ['xdg-open', []];
}

/** Starts the browser on `url`; resolves false when no opener could be started. */
export function openBrowser(url: string, platform: NodeJS.Platform = process.platform): Promise<boolean> {
  const [cmd, args] = openerOf(platform);
  return new Promise((resolve) => {
    try {
      const child = spawn(cmd, [...args, url], { detached: true, stdio: 'ignore', windowsHide: true });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}

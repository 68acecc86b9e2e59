import type { Expression } from '../../../syntax/src/ast';
import { appOfFile, appsOfFiles, braceGuid, ModuleInfoV } from '../platform/apps';
import { T } from '../values/types';
import type { Compiler } from './compile';
import type { CE } from './frame';

type Impl = (c: Compiler, args: readonly Expression[], node: { start: number }, used: boolean) => CE;

/**
 * NavApp.GetModuleInfo(AppId, var ModuleInfo) and NavApp.GetCurrentModuleInfo(var ModuleInfo) (Microsoft Learn,
 * "NavApp data type"): the apps are the app.json folders of the loaded files (platform/apps.ts). Registered by
 * builtins.ts, so this module needs nothing from it at load time.
 */
export function registerSystemBuiltins(def: (name: string, impl: Impl) => void): void {
  def('NavApp.GetModuleInfo', (c, args, node) => {
    const idE = args[0] === undefined ? undefined : c.expr(args[0], true).ev;
    if (idE === undefined || args[1] === undefined) return c.err('NavApp.GetModuleInfo needs an app ID and a ModuleInfo variable', node);
    const place = c.lvalue(args[1]);
    let apps: ReturnType<typeof appsOfFiles> | undefined;
    return {
      ev: (f) => {
        apps ??= appsOfFiles(c.s.program.files);
        const app = apps.get(braceGuid(String(idE(f))));
        if (app === undefined) return false;
        place.set(f, new ModuleInfoV(app));
        return true;
      },
      type: T.Boolean,
    };
  });
  def('NavApp.GetCurrentModuleInfo', (c, args, node) => {
    if (args[0] === undefined) return c.err('NavApp.GetCurrentModuleInfo needs a ModuleInfo variable', node);
    const place = c.lvalue(args[0]);
    const app = appOfFile(c.proc.file.path);
    return {
      ev: (f) => {
        place.set(f, new ModuleInfoV(app));
        return true;
      },
      type: T.Boolean,
    };
  });
}

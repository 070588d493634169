// Lets Node run the project's TypeScript modules directly (Node >= 22.18 strips types itself):
// src/ imports its siblings without an extension ("./common"), as Vite allows, so this resolve
// hook retries such a relative import with ".ts". Used by the content scripts so they start in
// well under a second instead of booting Vite.
//
//   node --import ./scripts/ts-resolve-hooks.mjs some-script.mjs
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (error?.code === 'ERR_MODULE_NOT_FOUND' && /^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) {
        return nextResolve(`${specifier}.ts`, context);
      }
      throw error;
    }
  },
});

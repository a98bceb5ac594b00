/**
 * Node module hooks that compile `*.svelte.ts` modules (the app's state classes use runes such
 * as `$state.raw`) with Svelte's compiler, server flavour, so the CLI can use the app's own
 * Selection. Registered by main.ts before the commands that need it are imported; runs after
 * tsx has turned the TypeScript into JavaScript.
 */
import { compileModule } from 'svelte/compiler';

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  const path = url.startsWith('file:') ? new URL(url).pathname : '';
  if (!/\.svelte\.[jt]s$/.test(path) || result.source == null) return result;
  const { js } = compileModule(String(result.source), { filename: path, generate: 'server' });
  return { ...result, format: 'module', source: js.code };
}

import { engineName, type Engine, type EngineName } from './engine.js';
import { launchPlaywright } from './playwright.js';
import { launchWebKit } from './webkit.js';

/** Starts the engine of this run (`CAIRN_E2E_BROWSER`, default Chromium). */
export function launchEngine(name: EngineName = engineName()): Promise<Engine> {
  return name === 'webkit' ? launchWebKit() : launchPlaywright(name);
}

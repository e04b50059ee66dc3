import { render } from 'preact';
import { App } from './app';
import { startAuth } from './lib/auth';
import { startRouter } from './lib/router';
import type { ClientConfig } from './lib/types';
import './styles.css';

/** Where to sign in comes from the API; without it the archive is still readable, anonymously. */
async function loadClientConfig(): Promise<ClientConfig | null> {
  try {
    const response = await fetch('/api/config', { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(8000) });
    return response.ok ? ((await response.json()) as ClientConfig) : null;
  } catch {
    return null;
  }
}

async function boot() {
  startRouter();
  const config = await loadClientConfig();
  if (config) {
    // A broken stored session must not keep the archive from opening.
    await startAuth(config).catch(() => undefined);
  }
  render(<App />, document.getElementById('app')!);
}

void boot();

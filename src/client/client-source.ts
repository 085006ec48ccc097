/**
 * Where a run gets its SDK client: by default a new one it destroys when done; in a batch, one
 * client per configuration shared by every line, so the lines share its connection pool.
 */
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { GlobalOptions } from '../config/global-options.js';
import type { Settings } from '../config/settings.js';
import type { Environment } from '../io.js';
import type { Ask } from '../terminal/prompt.js';
import { createClient } from './create-client.js';

export interface ClientSource {
  acquire(options: GlobalOptions, settings: Settings, env: Environment, ask?: Ask): CognitoIdentityProviderClient;
  release(client: CognitoIdentityProviderClient): void;
}

export const ownClient: ClientSource = {
  acquire: createClient,
  release: (client) => client.destroy(),
};

export class SharedClients implements ClientSource {
  private readonly clients = new Map<string, CognitoIdentityProviderClient>();

  acquire(options: GlobalOptions, settings: Settings, env: Environment, ask?: Ask): CognitoIdentityProviderClient {
    const key = JSON.stringify([
      settings.region,
      settings.endpoint,
      settings.profile,
      settings.profileFromCommandLine,
      settings.readTimeout,
      settings.connectTimeout,
      settings.retry,
      options.signRequest,
      options.verifySsl,
      options.caBundle,
    ]);
    let client = this.clients.get(key);
    if (!client) {
      client = createClient(options, settings, env, ask);
      this.clients.set(key, client);
    }
    return client;
  }

  release(): void {}

  close(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }
}

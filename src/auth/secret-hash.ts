/** SECRET_HASH for app clients with a secret: Base64(HMAC-SHA256(client secret, username + client id)). */
import { createHmac } from 'node:crypto';

export interface SecretHashInput {
  clientId: string;
  clientSecret: string;
  username: string;
}

export function secretHash({ clientId, clientSecret, username }: SecretHashInput): string {
  return createHmac('sha256', Buffer.from(clientSecret, 'utf8')).update(`${username}${clientId}`, 'utf8').digest('base64');
}

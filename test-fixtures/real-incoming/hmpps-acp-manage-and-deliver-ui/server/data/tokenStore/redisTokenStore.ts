import type { RedisClient } from '../redisClient'

import logger from '../../../logger'
import TokenStore from './tokenStore'

export default class RedisTokenStore implements TokenStore {
  private readonly prefix = 'systemToken:'

  constructor(private readonly client: RedisClient) {
    client.on('error', error => {
      logger.error(error, `Redis error`)
    })
  }

  private async ensureConnected() {
    if (!this.client.isOpen) {
      await this.client.connect()
    }
  }

  public async setToken(key: string, token: string, durationSeconds: number): Promise<void> {
    await this.ensureConnected()
    await this.client.set(`${this.prefix}${key}`, token, { EX: durationSeconds })
  }

  public async getToken(key: string): Promise<string | null> {
    await this.ensureConnected()
    const result = await this.client.get(`${this.prefix}${key}`)
    if (Buffer.isBuffer(result)) return result.toString()
    if (typeof result === 'string') return result
    return null
  }
}

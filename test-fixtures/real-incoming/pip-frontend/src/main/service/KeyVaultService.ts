import { DefaultAzureCredential } from '@azure/identity';
import { SecretClient } from '@azure/keyvault-secrets';
import process from 'process';

export class KeyVaultService {
    private client: SecretClient;

    constructor() {
        const thirdPartyKeyVault = process.env.THIRD_PARTY_KEY_VAULT || 'pip-ss-tp-kv-stg';
        const keyVaultUrl = 'https://' + thirdPartyKeyVault + '.vault.azure.net/';
        const nodeENV = process.env.NODE_ENV || 'development';

        const MANAGED_IDENTITY_CLIENT_ID = process.env.MANAGED_IDENTITY_CLIENT_ID;

        const credential =
            nodeENV === 'development'
                ? new DefaultAzureCredential()
                : new DefaultAzureCredential({
                      managedIdentityClientId: MANAGED_IDENTITY_CLIENT_ID as string,
                  });

        this.client = new SecretClient(keyVaultUrl, credential);
    }

    public async getSecret(name: string): Promise<string> {
        try {
            const secret = await this.client.getSecret(name);

            if (!secret.value) {
                throw new Error(`Secret "${name}" has no value`);
            }

            return secret.value;
        } catch (err: any) {
            if (err.statusCode === 404) {
                return '';
            }
            err.message = `KeyVault getSecret failed for "${name}" reason: ${err.message}`;
            throw err;
        }
    }

    public async createOrUpdateSecret(name: string, value: string): Promise<void> {
        try {
            await this.client.setSecret(name, value);
        } catch (err: any) {
            err.message = `KeyVault createOrUpdateSecret failed for "${name} reason: ${err.message}"`;
            throw err;
        }
    }

    public async deleteSecret(name: string): Promise<void> {
        try {
            await this.client.beginDeleteSecret(name);
        } catch (err: any) {
            if (err.statusCode !== 404) {
                err.message = `KeyVault deleteSecret failed for "${name} reason: ${err.message}"`;
                throw err;
            }
        }
    }
}

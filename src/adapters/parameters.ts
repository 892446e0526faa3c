// Parameter Store through an SSMClient: staged secrets (SecureString) and the fleet lock (create-if-absent,
// a deploy's own generation overwritten, the generations listed by path).
import {
  DeleteParameterCommand,
  GetParameterCommand,
  GetParametersCommand,
  paginateGetParametersByPath,
  PutParameterCommand,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import type { ParameterStorePort } from '../deploy/ports.js';

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

export function createParameterStore(client: SSMClient): ParameterStorePort {
  return {
    async putSecure(name, value, overwrite) {
      await client.send(new PutParameterCommand({ Name: name, Value: value, Type: 'SecureString', Overwrite: overwrite }));
    },

    async putIfAbsent(name, value) {
      try {
        await client.send(new PutParameterCommand({ Name: name, Value: value, Type: 'String', Overwrite: false }));
        return true;
      } catch (error) {
        if (errorName(error) === 'ParameterAlreadyExists') return false;
        throw error;
      }
    },

    async overwrite(name, value) {
      await client.send(new PutParameterCommand({ Name: name, Value: value, Type: 'String', Overwrite: true }));
    },

    async list(path) {
      const values = new Map<string, string>();
      for await (const page of paginateGetParametersByPath({ client }, { Path: path, Recursive: false, WithDecryption: false })) {
        for (const p of page.Parameters ?? []) {
          if (p.Name !== undefined && p.Value !== undefined) values.set(p.Name, p.Value);
        }
      }
      return values;
    },

    async get(name, decrypt) {
      try {
        const out = await client.send(new GetParameterCommand({ Name: name, WithDecryption: decrypt }));
        return out.Parameter?.Value;
      } catch (error) {
        if (errorName(error) === 'ParameterNotFound') return undefined;
        throw error;
      }
    },

    async getMany(names, decrypt) {
      const values = new Map<string, string>();
      // GetParameters takes at most 10 names a call.
      for (let i = 0; i < names.length; i += 10) {
        const out = await client.send(new GetParametersCommand({ Names: names.slice(i, i + 10), WithDecryption: decrypt }));
        for (const p of out.Parameters ?? []) {
          if (p.Name !== undefined && p.Value !== undefined) values.set(p.Name, p.Value);
        }
      }
      return values;
    },

    async versions(names) {
      const versions = new Map<string, number>();
      for (let i = 0; i < names.length; i += 10) {
        // Without decryption: only the version is read, never a value.
        const out = await client.send(new GetParametersCommand({ Names: names.slice(i, i + 10), WithDecryption: false }));
        for (const p of out.Parameters ?? []) {
          if (p.Name !== undefined && p.Version !== undefined) versions.set(p.Name, p.Version);
        }
      }
      return versions;
    },

    async delete(name) {
      try {
        await client.send(new DeleteParameterCommand({ Name: name }));
      } catch (error) {
        if (errorName(error) !== 'ParameterNotFound') throw error;
      }
    },
  };
}

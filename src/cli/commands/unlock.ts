// Placeholder so the CLI compiles; the owner of `berth unlock` replaces this file.
export async function run(_argv: string[]): Promise<number> {
  throw new Error('berth unlock is not available yet');
}

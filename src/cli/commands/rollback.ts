// Placeholder so the CLI compiles; the owner of `berth rollback` replaces this file.
export async function run(_argv: string[]): Promise<number> {
  throw new Error('berth rollback is not available yet');
}

// Placeholder so the CLI compiles; the owner of `berth deploy` replaces this file.
export async function run(_argv: string[]): Promise<number> {
  throw new Error('berth deploy is not available yet');
}

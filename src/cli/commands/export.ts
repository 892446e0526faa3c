// Placeholder so the CLI compiles; the owner of `berth export` replaces this file.
export async function run(_argv: string[]): Promise<number> {
  throw new Error('berth export is not available yet');
}

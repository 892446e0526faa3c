// The one entry ncc bundles: the three faces, each loaded on demand, so main, post and the CLI share
// one set of chunks. The thin files in dist/ (index.js, post.js, cli.js) import this and start one.
export const faces = {
  main: () => import('../src/index.js'),
  post: () => import('../src/post.js'),
  cli: () => import('../src/cli/index.js'),
};

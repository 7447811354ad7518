// `npm run test:ssr`: server rendering in Node (mocha + tsx), apart from the model's Node run so that
// mutation testing (which reuses test/node/mocharc.cjs) does not pay for it. Same loader as the
// model's tests: TypeScript through tsx, @percorso/* resolved to their sources.
module.exports = {
  spec: ['test/ssr/server-render.node.ts'],
  'node-option': ['import=./test/node/register.mjs'],
  timeout: 120000,
  reporter: 'spec',
};

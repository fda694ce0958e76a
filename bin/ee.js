#!/usr/bin/env node
// `ee`: the Entrée express / Express Entry command line. Runs TypeScript natively, hence Node 24.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    `ee needs Node.js 24 or later (this is ${process.version}). Run it through npm so the pinned Node is used: ` +
      '`npx ee …` or `npm start` after `npm install`.\n' +
      `ee nécessite Node.js 24 ou plus récent (ici ${process.version}). Lancez-le par npm : \`npx ee …\` ou \`npm start\` après \`npm install\`.\n`,
  );
  process.exit(2);
}
const { main } = await import('../src/server/cli.ts');
process.exitCode = await main(process.argv.slice(2));

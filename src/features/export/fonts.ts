import latin400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2?url';
import latin700 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-700-normal.woff2?url';
import vietnamese400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2?url';
import vietnamese700 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-700-normal.woff2?url';

// The subsets' unicode ranges, as @fontsource declares them: without them the two faces of a
// weight would shadow each other and Vietnamese letters would fall back to another font.
const VIETNAMESE =
  'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB';
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

const FAMILY = 'Be Vietnam Pro';

/** The exported image's font, as CSS names it: the charts drawn for it measure their text in it. */
export const EXPORT_FONT_FAMILY = `"${FAMILY}", sans-serif`;

const FACES = [
  { url: vietnamese400, weight: 400, range: VIETNAMESE },
  { url: latin400, weight: 400, range: LATIN },
  { url: vietnamese700, weight: 700, range: VIETNAMESE },
  { url: latin700, weight: 700, range: LATIN },
];

async function dataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('font could not be read'));
    reader.readAsDataURL(blob);
  });
}

let fontCss: Promise<string> | null = null;

/**
 * The bundled font as @font-face rules with the files inlined as data URLs. An SVG that is
 * drawn as an image, or opened on its own by a print shop, cannot load a font from elsewhere;
 * inlined, the diacritics never fall back. Fetched once (same origin, from the cache).
 */
export function embeddedFontCss(): Promise<string> {
  fontCss ??= Promise.all(
    FACES.map(
      async (face) =>
        // font-display: block: text waits for its font rather than being drawn in another.
        `@font-face{font-family:'${FAMILY}';font-style:normal;font-weight:${face.weight};font-display:block;src:url(${await dataUrl(face.url)}) format('woff2');unicode-range:${face.range};}`,
    ),
  )
    .then((rules) => rules.join(''))
    .catch((error: unknown) => {
      fontCss = null;
      throw error;
    });
  return fontCss;
}

const SAMPLES = [
  { weight: 400, text: 'Ấ' },
  { weight: 400, text: 'A' },
  { weight: 700, text: 'Ấ' },
  { weight: 700, text: 'A' },
];

let warmedUp: Promise<void> | null = null;

/**
 * An SVG drawn as an image loads its embedded fonts on its own, after `decode()` has resolved:
 * the first export of a session would be drawn before the fonts arrive (with font-display:
 * block, its text would be missing). This draws one sample of every face in a probe image and
 * waits until each shows ink; from then on the fonts are in the browser's cache and later
 * images have them at once.
 */
export function fontsWarmedUp(fontCss: string): Promise<void> {
  warmedUp ??= (async () => {
    const cell = 48;
    const width = cell * SAMPLES.length;
    const texts = SAMPLES.map(
      (sample, index) =>
        `<text x="${index * cell + 8}" y="38" font-size="32" font-weight="${sample.weight}" fill="#000">${sample.text}</text>`,
    ).join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${cell}" font-family="'${FAMILY}'"><style>${fontCss}</style>${texts}</svg>`;
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = cell;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) return;
      for (let attempt = 0; attempt < 150; attempt += 1) {
        context.clearRect(0, 0, width, cell);
        context.drawImage(image, 0, 0);
        const inked = SAMPLES.every((_, index) => {
          const pixels = context.getImageData(index * cell, 0, cell, cell).data;
          for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) return true;
          return false;
        });
        if (inked) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      URL.revokeObjectURL(url);
    }
  })().catch((error: unknown) => {
    warmedUp = null;
    throw error;
  });
  return warmedUp;
}

let inDocument: Promise<void> | null = null;

/**
 * The embedded faces, added to the document's fonts so that a canvas can measure text with them.
 * The page itself names no such family (its text is in the system's font), so nothing on screen
 * changes. Loaded once, from the cache the SVG's data URLs were read from.
 */
function facesInDocument(): Promise<void> {
  inDocument ??= loadFaces().catch((error: unknown) => {
    inDocument = null;
    throw error;
  });
  return inDocument;
}

async function loadFaces(): Promise<void> {
  const faces = FACES.map(
    (face) =>
      new FontFace(FAMILY, `url("${face.url}") format('woff2')`, {
        weight: String(face.weight),
        unicodeRange: face.range,
      }),
  );
  await Promise.all(faces.map((face) => face.load()));
  for (const face of faces) document.fonts.add(face);
}

/** Text widths measured with the same font as the exported image's. */
export async function canvasMeasure(): Promise<
  (text: string, fontPx: number, bold: boolean) => number
> {
  await facesInDocument();
  const context = document.createElement('canvas').getContext('2d');
  return (text, fontPx, bold) => {
    if (!context) return text.length * fontPx * 0.6;
    context.font = `${bold ? 700 : 400} ${fontPx}px "${FAMILY}", sans-serif`;
    return context.measureText(text).width;
  };
}

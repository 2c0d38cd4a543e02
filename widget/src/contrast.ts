// WCAG 2 contrast, so that any site's primary colour keeps the widget's text readable (AA: 4.5:1).

export type Rgb = readonly [number, number, number];

export const WHITE: Rgb = [255, 255, 255];
/** The widget's body text colour (--ink). */
export const DARK_INK: Rgb = [17, 24, 39];
const AA_TEXT = 4.5;
/** A shade is aimed a little above AA, so that rounding to whole channels never lands under it. */
const SHADE_TARGET = 4.6;

/** Relative luminance (WCAG 2). */
export function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** The lightest shade of `color` (towards black, same hue) on which white text reaches AA. */
export function shadeForWhiteText(color: Rgb): Rgb {
  if (contrast(color, WHITE) >= AA_TEXT) return color;
  let [dark, light] = [0, 1];
  for (let step = 0; step < 20; step += 1) {
    const middle = (dark + light) / 2;
    if (contrast(scale(color, middle), WHITE) >= SHADE_TARGET) dark = middle;
    else light = middle;
  }
  return scale(color, dark);
}

const scale = (color: Rgb, factor: number): Rgb => color.map((channel) => Math.floor(channel * factor)) as unknown as Rgb;

export interface Theme {
  /** Brand colour for text, icons and outlines on the white panel. */
  accent: Rgb;
  /** Brand colour for surfaces that carry text: the header, the launcher, the visitor's bubbles, buttons. */
  surface: Rgb;
  /** The text on `surface`. */
  onSurface: Rgb;
}

/**
 * From the configured colour: kept as it is under white or dark text, whichever reaches AA on it;
 * only a mid-tone on which neither does gets a darker shade of itself under white text.
 */
export function themeFor(color: Rgb): Theme {
  const accent = shadeForWhiteText(color);
  if (contrast(color, WHITE) >= AA_TEXT) return { accent, surface: color, onSurface: WHITE };
  if (contrast(color, DARK_INK) >= AA_TEXT) return { accent, surface: color, onSurface: DARK_INK };
  return { accent, surface: accent, onSurface: WHITE };
}

/** `#rgb`, `#rrggbb` (alpha ignored); anything else CSS knows goes through the browser's parser. */
export function parseColor(css: string): Rgb | null {
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(css.trim())?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex.slice(0, 3)].map((digit) => digit + digit).join('') : hex.slice(0, 6);
    return [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16)) as unknown as Rgb;
  }
  return parseWithCanvas(css);
}

function parseWithCanvas(css: string): Rgb | null {
  if (typeof document === 'undefined') return null;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return null;
  context.fillStyle = '#010203';
  context.fillStyle = css;
  const parsed = String(context.fillStyle);
  if (parsed === '#010203' && css.trim().toLowerCase() !== '#010203') return null;
  if (parsed.startsWith('#')) return parseColor(parsed);
  const channels = /rgba?\(\s*(\d+),\s*(\d+),\s*(\d+)/.exec(parsed);
  return channels ? [Number(channels[1]), Number(channels[2]), Number(channels[3])] : null;
}

export const cssColor = ([r, g, b]: Rgb) => `rgb(${r}, ${g}, ${b})`;

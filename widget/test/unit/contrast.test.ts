import { contrast, DARK_INK, parseColor, themeFor, WHITE, type Rgb } from '../../src/contrast';

const AA_TEXT = 4.5;
/** Non-text contrast (WCAG 1.4.11): focus rings and icons against what is behind them. */
const AA_NON_TEXT = 3;

describe('themeFor', () => {
  it.each<[string, Rgb]>([
    ['#FFFF00', DARK_INK],
    ['#00FF00', DARK_INK],
    ['#FFEB3B', DARK_INK],
    ['#FACC15', DARK_INK],
    ['#FFFFFF', DARK_INK],
    ['#888888', DARK_INK],
    ['#1E88E5', DARK_INK],
    ['#3B82F6', DARK_INK],
    ['#06B6D4', DARK_INK],
    ['#777777', WHITE],
    ['#8B5CF6', WHITE],
    ['#000000', WHITE],
    ['#111111', WHITE],
    ['#F00', WHITE],
  ])('keeps %s AA: text on its surfaces, accents and focus rings on the white panel', (css, ink) => {
    const theme = themeFor(parseColor(css)!);
    expect(theme.onSurface).toEqual(ink);
    expect(contrast(theme.surface, theme.onSurface)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrast(theme.accent, WHITE)).toBeGreaterThanOrEqual(AA_TEXT);
    // The header's focus ring is the text colour on the surface; elsewhere the accent on white.
    expect(contrast(theme.onSurface, theme.surface)).toBeGreaterThanOrEqual(AA_NON_TEXT);
  });

  it.each(['#FFFF00', '#00FF00', '#1E88E5', '#3B82F6', '#888888', '#000000', '#FFFFFF'])(
    'keeps the site’s own %s as the surface when white or dark text reaches AA on it',
    (css) => {
      const color = parseColor(css)!;
      expect(Math.max(contrast(color, WHITE), contrast(color, DARK_INK))).toBeGreaterThanOrEqual(AA_TEXT);
      expect(themeFor(color).surface).toEqual(color);
    },
  );

  it('darkens a mid-tone on which neither white (4.48:1) nor dark text (3.95:1) reaches AA, keeping its hue', () => {
    const grey = parseColor('#777777')!;
    expect(contrast(grey, WHITE)).toBeLessThan(AA_TEXT);
    expect(contrast(grey, DARK_INK)).toBeLessThan(AA_TEXT);
    const { surface, onSurface } = themeFor(grey);
    expect(onSurface).toEqual(WHITE);
    expect(contrast(surface, WHITE)).toBeGreaterThanOrEqual(AA_TEXT);
    const [r, g, b] = surface;
    expect([r === g, g === b, r < 0x77]).toEqual([true, true, true]);

    const violet = themeFor(parseColor('#8B5CF6')!).surface;
    expect(violet[2]).toBeGreaterThan(violet[0]);
    expect(violet[0]).toBeGreaterThan(violet[1]);
  });

  it('gives links and outlines on the white panel a darker shade of a colour too light for white', () => {
    const blue = parseColor('#3B82F6')!;
    expect(contrast(blue, WHITE)).toBeCloseTo(3.68, 2);
    const { accent } = themeFor(blue);
    expect(contrast(accent, WHITE)).toBeGreaterThanOrEqual(AA_TEXT);
    const [r, g, b] = accent;
    expect(b).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(r);
  });

  it('leaves a colour that already gives white text AA as it is', () => {
    const dark = parseColor('#1D4ED8')!;
    expect(themeFor(dark)).toEqual({ accent: dark, surface: dark, onSurface: WHITE });
  });
});

describe('parseColor', () => {
  it.each<[string, Rgb]>([
    ['#fff', [255, 255, 255]],
    ['#FFEB3B', [255, 235, 59]],
    ['#88888880', [136, 136, 136]],
  ])('reads %s', (css, rgb) => expect(parseColor(css)).toEqual(rgb));
});

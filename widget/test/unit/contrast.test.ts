import { contrast, DARK_INK, parseColor, themeFor, WHITE, type Rgb } from '../../src/contrast';

const AA = 4.5;

describe('themeFor', () => {
  it("gives the default #3B82F6 (white text at 3.68:1) a darker shade of itself that reaches AA", () => {
    const blue = parseColor('#3B82F6')!;
    expect(contrast(blue, WHITE)).toBeCloseTo(3.68, 2);
    const theme = themeFor(blue);
    expect(theme.onSurface).toEqual(WHITE);
    expect(contrast(theme.surface, theme.onSurface)).toBeGreaterThanOrEqual(AA);
    expect(contrast(theme.accent, WHITE)).toBeGreaterThanOrEqual(AA);
    // Still the site's blue: the same hue, only darker.
    const [r, g, b] = theme.surface;
    expect(b).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(r);
  });

  it.each<[string, Rgb]>([
    ['#FACC15', DARK_INK],
    ['#22C55E', DARK_INK],
    ['#FFFFFF', DARK_INK],
    ['#8B5CF6', WHITE],
    ['#06B6D4', WHITE],
    ['#111111', WHITE],
    ['#F00', WHITE],
  ])('keeps %s AA: text on its surfaces and accents on the white panel', (css, ink) => {
    const theme = themeFor(parseColor(css)!);
    expect(theme.onSurface).toEqual(ink);
    expect(contrast(theme.surface, theme.onSurface)).toBeGreaterThanOrEqual(AA);
    expect(contrast(theme.accent, WHITE)).toBeGreaterThanOrEqual(AA);
  });

  it('leaves a colour that already gives white text AA as it is', () => {
    const dark = parseColor('#1D4ED8')!;
    expect(themeFor(dark)).toEqual({ accent: dark, surface: dark, onSurface: WHITE });
  });
});

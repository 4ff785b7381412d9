import {
  Anchor,
  Badge,
  createTheme,
  darken,
  DEFAULT_THEME,
  defaultVariantColorsResolver,
  luminance,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from "@mantine/core";

/** WCAG AA for normal text: badges, buttons and links are small text. */
const AA = 4.5;
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

/**
 * The lightest shade of a palette, from 8 up and then darker still, that reads
 * at AA as white text on it and as text on its own light tint (a light badge).
 * Mantine's default shade 6 does neither for most hues (teal: 2.5:1).
 */
function readableShade(name: string): string {
  const palette = DEFAULT_THEME.colors[name] ?? DEFAULT_THEME.colors.blue;
  // The light variant's background is shade 1 in light mode (--mantine-color-*-light).
  const tint = palette[1];
  const candidates = [palette[8], palette[9], ...[0.15, 0.3, 0.45].map((amount) => darken(palette[9], amount))];
  return candidates.find((shade) => contrast(shade, "#ffffff") >= AA && contrast(shade, tint) >= AA) ?? darken(palette[9], 0.6);
}
const READABLE = Object.fromEntries(Object.keys(DEFAULT_THEME.colors).map((name) => [name, readableShade(name)]));

const readableVariants: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  const strong = parsed.isThemeColor ? READABLE[parsed.color] : undefined;
  if (!strong || parsed.color === "dark") return colors;
  switch (input.variant) {
    case "filled":
      return { ...colors, background: strong, hover: darken(strong, 0.1), color: "#ffffff" };
    case "light":
    case "subtle":
    case "transparent":
      return { ...colors, color: strong, hoverColor: strong };
    case "outline":
      return { ...colors, color: strong, border: strong };
    default:
      return colors;
  }
};

export const theme = createTheme({
  primaryColor: "blue",
  // Links and filled buttons: blue 8 on white is 5:1 (Mantine's default blue 6 is 3.6:1).
  primaryShade: { light: 8, dark: 5 },
  defaultRadius: "md",
  focusRing: "auto",
  variantColorResolver: readableVariants,
  components: {
    // Links in running text are told apart by more than their colour.
    Anchor: Anchor.extend({ defaultProps: { underline: "always" } }),
    // A badge in a squeezed table cell keeps its whole label; the table scrolls instead.
    Badge: Badge.extend({ styles: { root: { minWidth: "max-content" } } }),
  },
});

/** Descriptions and error messages dark enough to read (gray 6 and red 6 are about 3.3:1 on white). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-6)",
  },
  dark: {},
});

/** A hue dark enough for text on white and on its own light tint, for the few texts coloured by meaning. */
export const readableColor = (name: keyof typeof DEFAULT_THEME.colors): string => READABLE[name] ?? DEFAULT_THEME.black;

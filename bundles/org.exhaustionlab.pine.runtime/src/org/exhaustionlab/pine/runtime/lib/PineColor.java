package org.exhaustionlab.pine.runtime.lib;

/**
 * Pine colours: a {@code long} holding 0xAARRGGBB in its low 32 bits (alpha 255 = opaque); na is {@link Na#COLOR}.
 * Transparency t (0-100) maps to alpha = (int) ((1 - t / 100) * 255), truncated, as TradingView does (PyneCore's
 * measurements); {@link #t(long)} reads it back rounded.
 */
public final class PineColor {
    // The v5/v6 palette (TradingView reference; v4 used #FF5252 red, #2196F3 blue, #FFEB3B yellow, #00897B teal).
    public static final long AQUA = opaque(0x00BCD4);
    public static final long BLACK = opaque(0x363A45);
    public static final long BLUE = opaque(0x2962FF);
    public static final long FUCHSIA = opaque(0xE040FB);
    public static final long GRAY = opaque(0x787B86);
    public static final long GREEN = opaque(0x4CAF50);
    public static final long LIME = opaque(0x00E676);
    public static final long MAROON = opaque(0x880E4F);
    public static final long NAVY = opaque(0x311B92);
    public static final long OLIVE = opaque(0x808000);
    public static final long ORANGE = opaque(0xFF9800);
    public static final long PURPLE = opaque(0x9C27B0);
    public static final long RED = opaque(0xF23645);
    public static final long SILVER = opaque(0xB2B5BE);
    public static final long TEAL = opaque(0x089981);
    public static final long WHITE = opaque(0xFFFFFF);
    public static final long YELLOW = opaque(0xFDD835);

    private PineColor() {
    }

    /** The colour constant color.NAME, or {@link Na#COLOR} for an unknown name. */
    public static long named(String name) {
        switch (name) {
            case "aqua": return AQUA;
            case "black": return BLACK;
            case "blue": return BLUE;
            case "fuchsia": return FUCHSIA;
            case "gray": return GRAY;
            case "green": return GREEN;
            case "lime": return LIME;
            case "maroon": return MAROON;
            case "navy": return NAVY;
            case "olive": return OLIVE;
            case "orange": return ORANGE;
            case "purple": return PURPLE;
            case "red": return RED;
            case "silver": return SILVER;
            case "teal": return TEAL;
            case "white": return WHITE;
            case "yellow": return YELLOW;
            default: return Na.COLOR;
        }
    }

    static long opaque(int rgb) {
        return 0xFF000000L | (rgb & 0xFFFFFFL);
    }

    /** The 0xAARRGGBB int a renderer wants; na gives 0 (fully transparent). */
    public static int argb(long color) {
        return color == Na.COLOR ? 0 : (int) color;
    }

    /** A colour from ARGB components (each 0-255). */
    public static long of(int alpha, int red, int green, int blue) {
        return ((long) (alpha & 0xFF) << 24) | ((red & 0xFF) << 16) | ((green & 0xFF) << 8) | (blue & 0xFF);
    }

    /** A Pine colour literal: "#RRGGBB" or "#RRGGBBAA" (alpha LAST, as Pine writes it). */
    public static long parseLiteral(String text) {
        String hex = text.startsWith("#") ? text.substring(1) : text;
        if (hex.length() != 6 && hex.length() != 8 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new PineRuntimeError("invalid colour literal \"" + text + "\": expected #RRGGBB or #RRGGBBAA");
        }
        long rgb = Long.parseLong(hex.substring(0, 6), 16);
        long alpha = hex.length() == 8 ? Long.parseLong(hex.substring(6), 16) : 0xFF;
        return alpha << 24 | rgb;
    }

    /** alpha byte for a transparency; na transparency is fully transparent, out-of-range values are clipped. */
    static int alphaOf(double transp) {
        double t = Double.isNaN(transp) ? 100 : Math.max(0, Math.min(100, transp));
        return (int) ((1 - t / 100.0) * 255);
    }

    /** color.new: the same RGB with a new transparency; na colour or na transparency gives na. */
    public static long withTransparency(long color, double transp) {
        if (color == Na.COLOR || Double.isNaN(transp)) {
            return Na.COLOR;
        }
        return ((long) alphaOf(transp) << 24) | (color & 0xFFFFFFL);
    }

    /**
     * color.rgb: fractional channels are truncated, out-of-range values clipped, an na channel counts as 0 and an na
     * transparency as 100 (PyneCore's TradingView measurements).
     */
    public static long rgb(double red, double green, double blue, double transp) {
        return ((long) alphaOf(transp) << 24) | (channel(red) << 16) | (channel(green) << 8) | channel(blue);
    }

    private static int channel(double v) {
        if (Double.isNaN(v) || v <= 0) {
            return 0;
        }
        return v >= 255 ? 255 : (int) v;
    }

    /** color.r; an na colour gives 0 (PyneCore's measurement). */
    public static double r(long color) {
        return color == Na.COLOR ? 0 : (color >> 16) & 0xFF;
    }

    public static double g(long color) {
        return color == Na.COLOR ? 0 : (color >> 8) & 0xFF;
    }

    public static double b(long color) {
        return color == Na.COLOR ? 0 : color & 0xFF;
    }

    /** Transparency 0-100 read back from alpha, rounded to a whole number; na colour gives 100. */
    public static double t(long color) {
        if (color == Na.COLOR) {
            return 100;
        }
        int alpha = (int) ((color >> 24) & 0xFF);
        return Math.round(100 - alpha / 255.0 * 100);
    }

    /**
     * color.from_gradient: the value is clamped into [bottom, top] (clamp order max(min(v, top), bottom)), colours mix
     * with premultiplied alpha, and where there is nothing to mix (na value or bound, equal bounds, both endpoints fully
     * transparent) the result is fully transparent black, never na (PyneCore's bit-exact TradingView measurement).
     * An na colour mixes in as fully transparent black.
     */
    public static long fromGradient(double value, double bottomValue, double topValue, long bottomColor, long topColor) {
        if (Double.isNaN(value) || Double.isNaN(bottomValue) || Double.isNaN(topValue) || topValue == bottomValue) {
            return 0L;
        }
        double position = (Math.max(Math.min(value, topValue), bottomValue) - bottomValue) / (topValue - bottomValue);
        double rest = 1 - position;
        long bottom = bottomColor == Na.COLOR ? 0 : bottomColor;
        long top = topColor == Na.COLOR ? 0 : topColor;
        int bottomAlpha = (int) ((bottom >> 24) & 0xFF);
        int topAlpha = (int) ((top >> 24) & 0xFF);
        double alpha = bottomAlpha * rest + topAlpha * position;
        if (alpha == 0) {
            return 0L;
        }
        double scale = alpha / 255;
        double bottomWeight = bottomAlpha / 255.0;
        double topWeight = topAlpha / 255.0;
        long result = (long) (int) alpha << 24;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double mixed = bottomWeight * ((bottom >> shift) & 0xFF) * rest + topWeight * ((top >> shift) & 0xFF) * position;
            result |= (long) ((int) (mixed / scale) & 0xFF) << shift;
        }
        return result;
    }

    /** "#RRGGBBAA" text of a colour (how str.tostring shows colours is undocumented; this is for logs). */
    public static String toHex(long color) {
        if (color == Na.COLOR) {
            return NumberText.NA_TEXT;
        }
        return String.format("#%06X%02X", color & 0xFFFFFF, (color >> 24) & 0xFF);
    }
}

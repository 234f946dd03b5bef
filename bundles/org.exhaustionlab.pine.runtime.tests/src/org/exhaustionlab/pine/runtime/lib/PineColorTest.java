package org.exhaustionlab.pine.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PineColorTest {
    /** The v5/v6 named colours (TradingView reference). */
    @Test
    void namedColours() {
        Map<String, Integer> expected = Map.ofEntries(Map.entry("aqua", 0x00BCD4), Map.entry("black", 0x363A45),
                Map.entry("blue", 0x2962FF), Map.entry("fuchsia", 0xE040FB), Map.entry("gray", 0x787B86),
                Map.entry("green", 0x4CAF50), Map.entry("lime", 0x00E676), Map.entry("maroon", 0x880E4F),
                Map.entry("navy", 0x311B92), Map.entry("olive", 0x808000), Map.entry("orange", 0xFF9800),
                Map.entry("purple", 0x9C27B0), Map.entry("red", 0xF23645), Map.entry("silver", 0xB2B5BE),
                Map.entry("teal", 0x089981), Map.entry("white", 0xFFFFFF), Map.entry("yellow", 0xFDD835));
        expected.forEach((name, rgb) -> assertEquals(0xFF000000 | rgb, PineColor.argb(PineColor.named(name)), name));
        assertEquals(Na.COLOR, PineColor.named("nope"));
        assertEquals("#F23645FF", PineColor.toHex(PineColor.RED));
    }

    @Test
    void naColourIsDistinctFromTransparentBlack() {
        long transparentBlack = PineColor.rgb(0, 0, 0, 100);
        assertEquals(0L, transparentBlack);
        assertNotEquals(Na.COLOR, transparentBlack);
        assertEquals(0, PineColor.argb(Na.COLOR));
    }

    @Test
    void newAndRgbTransparency() {
        long c = PineColor.withTransparency(PineColor.RED, 50);
        assertEquals(127, (PineColor.argb(c) >>> 24)); // (1 - 0.5) * 255 truncated
        assertEquals(50.0, PineColor.t(c));
        assertEquals(0xF23645, PineColor.argb(c) & 0xFFFFFF);
        assertEquals(Na.COLOR, PineColor.withTransparency(Na.COLOR, 10));
        assertEquals(Na.COLOR, PineColor.withTransparency(PineColor.RED, Double.NaN));
        long rgb = PineColor.rgb(127.6, 300, -20, 110);
        assertEquals(127.0, PineColor.r(rgb));
        assertEquals(255.0, PineColor.g(rgb));
        assertEquals(0.0, PineColor.b(rgb));
        assertEquals(100.0, PineColor.t(rgb));
        assertEquals(100.0, PineColor.t(PineColor.rgb(1, 2, 3, Double.NaN)));
        assertEquals(0.0, PineColor.t(PineColor.rgb(1, 2, 3, 0)));
        assertEquals(0.0, PineColor.r(Na.COLOR));
        assertEquals(100.0, PineColor.t(Na.COLOR));
    }

    @Test
    void literals() {
        assertEquals(PineColor.RED, PineColor.parseLiteral("#F23645"));
        long half = PineColor.parseLiteral("#FF000080");
        assertEquals(0x80FF0000, PineColor.argb(half));
        assertThrows(PineRuntimeError.class, () -> PineColor.parseLiteral("#12345"));
    }

    @Test
    void gradient() {
        long black = PineColor.rgb(0, 0, 0, 0);
        long white = PineColor.rgb(255, 255, 255, 0);
        assertEquals(black, PineColor.fromGradient(-5, 0, 100, black, white)); // clamped to the bottom
        assertEquals(white, PineColor.fromGradient(500, 0, 100, black, white));
        long mid = PineColor.fromGradient(50, 0, 100, black, white);
        assertEquals(127.0, PineColor.r(mid)); // 127.5 truncated
        assertEquals(0.0, PineColor.t(mid));
        assertEquals(0L, PineColor.fromGradient(Double.NaN, 0, 100, black, white));
        assertEquals(0L, PineColor.fromGradient(5, 1, 1, black, white));
        // a transparent endpoint contributes less hue: premultiplied mixing
        long red = PineColor.rgb(255, 0, 0, 0);
        long clearBlue = PineColor.rgb(0, 0, 255, 100);
        long m = PineColor.fromGradient(50, 0, 100, red, clearBlue);
        assertEquals(255.0, PineColor.r(m));
        assertEquals(0.0, PineColor.b(m));
        assertEquals(127, PineColor.argb(m) >>> 24);
    }
}

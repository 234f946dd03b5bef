package org.exhaustionlab.market.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class NumberFieldTest {

    private final NumberField field = new NumberField();

    private double parse(String text) {
        return field.parse(text, 0, text.length());
    }

    @Test
    void fastPathAgreesWithParseDoubleBitForBit() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 200_000; i++) {
            int digits = 1 + random.nextInt(15);
            long mantissa = random.nextLong((long) Math.pow(10, digits));
            int decimals = random.nextInt(Math.min(digits, 12) + 1);
            String text = withPoint(Long.toString(mantissa), decimals);
            if (random.nextInt(10) == 0) {
                text = "-" + text;
            }
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                    Double.doubleToRawLongBits(parse(text)), text);
        }
    }

    private static String withPoint(String digits, int decimals) {
        if (decimals == 0) {
            return digits;
        }
        StringBuilder padded = new StringBuilder(digits);
        while (padded.length() <= decimals) {
            padded.insert(0, '0');
        }
        return padded.insert(padded.length() - decimals, '.').toString();
    }

    @Test
    void recordsDecimalsWithoutTrailingZeros() {
        parse("41000.50");
        assertEquals(1, field.decimals);
        parse("0.00001234");
        assertEquals(8, field.decimals);
        parse("60000");
        assertEquals(0, field.decimals);
        parse("1.2E-5");
        assertEquals(6, field.decimals);
    }

    @Test
    void acceptsWhatDecimalCsvWritersProduce() {
        assertEquals(0.5, parse(".5"));
        assertEquals(5, parse("5."));
        assertEquals(1.5, parse("+1.5"));
        assertEquals(1.5, parse("  1.5 "));
        assertEquals(1.2345678901234567, parse("1.2345678901234567")); // 17 digits: slow path
        assertEquals(1e21, parse("1e21"));
        assertEquals(-0.0, parse("-0"));
    }

    @Test
    void refusesEverythingElseAsNaNOrInfinite() {
        for (String bad : new String[] {"", " ", "abc", "1.2.3", "1,5", "0x10", "1.5d", "1.5f", "--1", "."}) {
            assertTrue(Double.isNaN(parse(bad)), "'" + bad + "'");
        }
        assertTrue(Double.isNaN(parse("NaN")));
        assertTrue(Double.isNaN(parse("Infinity")));
        assertTrue(Double.isInfinite(parse("1e999")));
    }
}

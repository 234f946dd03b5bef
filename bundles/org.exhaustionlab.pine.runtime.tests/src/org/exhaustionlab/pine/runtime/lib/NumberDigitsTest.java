package org.exhaustionlab.pine.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Digits of str.tostring / str.format: TradingView outputs published by PyneCore (its test_013_str_number_digits). */
class NumberDigitsTest {
    private static final String M20 = "#.####################";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.1|M20|0.1",
        "0.3333333333333333|M20|0.3333333333333333",
        "-36.51483716701107|#.################|-36.51483716701107",
        "123456789.123456789|#.##########|123456789.12345679",
        "0.30000000000000004|M20|0.3",
        "0.001234567890123456|M20|0.0012345678901235",
        "0.009999999999999998|M20|0.01",
        "0.7999999999999999|M20|0.7999999999999999",
        "0.00012345678901234567|M20|0.00012345678901234567",
        "0.0009999999999999998|M20|0.0009999999999999998",
        "1e-17|M20|0.00000000000000001",
        "1e-7|M20|0.0000001",
        "2.675|#.##|2.68",
        "2.675|#.00|2.68",
        "4.35|#.#|4.4",
        "-0.25|#.#|-0.3",
        "0.5|#|1",
        "1.5|#|2",
        "123.456|#|123",
        "0.5|#.#|0.5",
        "0.5|#.0|.5",
        "-0.5|#.0|-.5",
        "0.05|#.0|.1",
        "0.5|0.#|0.5",
        "0.0|#.0|.0",
        "123.0|#.0|123.0",
        "0.1|#.00000000000000000000|.10000000000000000000",
        "0.0|#.##|0",
        "1e21|#.##|1000000000000000000000",
        "99999.99999999999999|M20|100000",
    })
    void tostringDigits(double value, String pattern, String expected) {
        assertEquals(expected, NumberText.of(value, pattern.equals("M20") ? M20 : pattern));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.1|{0,number,#.####################}|0.1",
        "0.3333333333333333|{0,number,#.####################}|0.3333333333333333",
        "0.30000000000000004|{0,number,#.####################}|0.3",
        "0.001234567890123456|{0,number,#.####################}|0.0012345678901235",
        "0.12345678901234567|{0,number,#.####################}|0.1234567890123457",
        "2.675|{0,number,#.##}|2.67",
        "0.5|{0,number,#}|0",
        "2.5|{0,number,#}|2",
        "0.75|{0,number,#.#}|0.8",
        "0.5|{0,number,#.0}|.5",
        "0.05|{0,number,#.#}|0.1",
    })
    void formatDigits(double value, String pattern, String expected) {
        assertEquals(expected, StrFormat.format(pattern, value));
    }
}

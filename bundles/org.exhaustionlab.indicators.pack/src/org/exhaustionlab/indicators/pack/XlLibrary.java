package org.exhaustionlab.indicators.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.exhaustionlab.pine.runtime.spi.IndicatorLibrary;
import org.exhaustionlab.pine.runtime.spi.NativeFunction;
import org.exhaustionlab.pine.runtime.spi.StatefulFunction;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code xl} functions of the ExhaustionLab indicator pack, offered as an {@link IndicatorLibrary} service; the
 * runtime's tracker installs it. Declarations are in {@code xl.pinedef} beside this class.
 */
@Component(service = IndicatorLibrary.class)
public final class XlLibrary implements IndicatorLibrary {
    static final String NAMESPACE = "xl";

    private static final class DefinitionsHolder {
        static final String TEXT = readDefinitions();
    }

    @Override
    public String namespace() {
        return NAMESPACE;
    }

    @Override
    public String definitions() {
        return DefinitionsHolder.TEXT;
    }

    @Override
    public Map<String, NativeFunction> nativeFunctions() {
        return Map.of("xl.clamp", XlLibrary::clamp);
    }

    @Override
    public Map<String, StatefulFunction> statefulFunctions() {
        return Map.of(
                "xl.zscore", ZScore::new,
                "xl.efficiency_ratio", EfficiencyRatio::new,
                "xl.kama", Kama::new,
                "xl.donchian_mid", DonchianMid::new,
                "xl.exhaustion_count", ExhaustionCount::new);
    }

    @Override
    public String displayName() {
        return "ExhaustionLab indicator pack";
    }

    static double clamp(double[] args) {
        double v = args[0];
        double lo = args[1];
        double hi = args[2];
        if (Double.isNaN(v) || Double.isNaN(lo) || Double.isNaN(hi)) {
            return Double.NaN;
        }
        return Math.max(lo, Math.min(hi, v));
    }

    private static String readDefinitions() {
        try (InputStream in = XlLibrary.class.getResourceAsStream("xl.pinedef")) {
            if (in == null) {
                throw new IllegalStateException("xl.pinedef is missing beside " + XlLibrary.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read xl.pinedef", e);
        }
    }
}

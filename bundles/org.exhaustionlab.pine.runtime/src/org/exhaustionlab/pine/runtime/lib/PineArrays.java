package org.exhaustionlab.pine.runtime.lib;

/** Construction of Pine arrays by element type name, for code that handles boxed values (maps, the interpreter). */
public final class PineArrays {
    private PineArrays() {
    }

    /** array.new&lt;type&gt;(size) filled with na (false for bool). */
    public static PineArray newArray(String elementType, long size) {
        switch (elementType) {
            case "float": return FloatArray.newFloat(size, Double.NaN);
            case "int": return IntArray.newInt(size, Na.INT);
            case "color": return IntArray.newColor(size, Na.COLOR);
            case "bool": return BoolArray.newBool(size, false);
            case "string": return StringArray.newString(size, null);
            default: return ObjectArray.newArray(elementType, size, null);
        }
    }

    /**
     * A new array holding boxed values: Double for float (null = na), Long for int/color (null = na), Boolean, String,
     * anything else as objects.
     */
    @SuppressWarnings("unchecked")
    public static PineArray ofBoxed(String elementType, Iterable<?> values) {
        PineArray out = newArray(elementType, 0);
        for (Object v : values) {
            if (out instanceof FloatArray) {
                ((FloatArray) out).push(v == null ? Double.NaN : ((Number) v).doubleValue());
            } else if (out instanceof IntArray) {
                ((IntArray) out).push(v == null ? Na.INT : ((Number) v).longValue());
            } else if (out instanceof BoolArray) {
                ((BoolArray) out).push(v != null && (Boolean) v);
            } else {
                ((ObjectArray<Object>) out).push(v);
            }
        }
        return out;
    }
}

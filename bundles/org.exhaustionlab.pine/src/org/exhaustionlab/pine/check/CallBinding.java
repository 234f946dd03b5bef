package org.exhaustionlab.pine.check;

import java.util.Arrays;
import org.exhaustionlab.pine.ast.FunctionDecl;
import org.exhaustionlab.pine.catalog.FunctionSig;
import org.exhaustionlab.pine.catalog.PineType;

/**
 * What a {@code Call} node invokes, and which argument feeds which parameter.
 *
 * @param kind              the kind of target
 * @param builtin           the chosen built-in overload (BUILTIN, BUILTIN_METHOD), else null
 * @param function          the chosen user function or method (USER_FUNCTION, USER_METHOD), else null
 * @param userType          the constructed or copied type (CONSTRUCTOR, COPY), else null
 * @param argumentForParam  per parameter (for CONSTRUCTOR: per field, in declaration order): the index into
 *                          {@code Call.arguments()} of the argument that feeds it, {@link #DEFAULT} when the
 *                          parameter takes its default, {@link #RECEIVER} for the receiver of a method call (then
 *                          always parameter 0). A variadic built-in's last parameter repeats: the array is as long
 *                          as the arguments need. Empty for UNRESOLVED.
 * @param isMethodCall      true when the callee is {@code receiver.name(...)} and the receiver is parameter 0
 * @param resultType        the call's type; null when unknown
 */
public record CallBinding(Kind kind, FunctionSig builtin, FunctionDecl function, UserType userType,
        int[] argumentForParam, boolean isMethodCall, PineType resultType) {

    /** The parameter takes its default value. */
    public static final int DEFAULT = -1;
    /** The parameter receives the method call's receiver ({@code MemberAccess.target()} of the callee). */
    public static final int RECEIVER = -2;

    public enum Kind {
        /** A built-in function such as {@code ta.sma}. */
        BUILTIN,
        /** A built-in called as a method on its first argument: {@code arr.push(x)}, {@code l.set_x1(1)}. */
        BUILTIN_METHOD,
        USER_FUNCTION,
        USER_METHOD,
        /** {@code Type.new(...)}: arguments map to the fields, missing ones take the field defaults. */
        CONSTRUCTOR,
        /** {@code obj.copy()} / {@code Type.copy(obj)} of a user-defined type. */
        COPY,
        /** Something the checker could not resolve (a library function, or an error was reported). */
        UNRESOLVED
    }

    static CallBinding unresolved(PineType result) {
        return new CallBinding(Kind.UNRESOLVED, null, null, null, new int[0], false, result);
    }

    @Override
    public String toString() {
        String target = builtin != null ? builtin.name() : function != null ? function.name().name()
                : userType != null ? userType.name() : "?";
        return kind + " " + target + Arrays.toString(argumentForParam) + (isMethodCall ? " method" : "") + " -> "
                + resultType;
    }
}

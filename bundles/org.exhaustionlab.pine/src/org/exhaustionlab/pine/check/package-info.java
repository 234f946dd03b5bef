/**
 * The Pine semantic checker: scopes and name resolution, type and qualifier inference, and the diagnostics that
 * catch what people and LLMs get wrong. Entry points: {@link org.exhaustionlab.pine.check.Checker#check} (on a
 * {@code ParseResult}) and {@link org.exhaustionlab.pine.check.PineChecker#check(String, String)} (source text,
 * with text/JSON formatters for the CLI).
 *
 * <h2>Semantic model (for the interpreter)</h2>
 * {@link org.exhaustionlab.pine.check.CheckResult}: {@code diagnostics()} (parser + checker, sorted by position),
 * {@code hasErrors()}, {@code model()}, {@code version()} (v6 when the script declares none).
 * {@link org.exhaustionlab.pine.check.SemanticModel}, keyed by {@code Node.id()}:
 * <ul>
 * <li>{@code Symbol symbolOf(int nodeId)}: for {@code Identifier}/{@code MemberAccess} nodes that name something and
 * for declaring {@code Name} nodes (VarDecl/TupleDecl/Parameter/for counters/FunctionDecl/TypeDecl/FieldDecl/
 * EnumDecl/EnumMember names). {@link org.exhaustionlab.pine.check.Symbol}: {@code kind} ({@link
 * org.exhaustionlab.pine.check.SymbolKind}), {@code name}, {@code declaration} node, {@code type}, {@code mode}
 * (var/varip/plain), {@code slot} (unique within its frame), {@code frame} (FunctionDecl id, -1 = global),
 * {@code builtin} (catalog entry). Field symbols carry the field index as slot, enum members their ordinal.</li>
 * <li>{@code PineType typeOf(int nodeId)}: every Expr node; null when unknown.</li>
 * <li>{@code CallBinding bindingOf(int callNodeId)}: {@link org.exhaustionlab.pine.check.CallBinding} with kind
 * BUILTIN / BUILTIN_METHOD (FunctionSig {@code builtin}), USER_FUNCTION / USER_METHOD ({@code function}),
 * CONSTRUCTOR / COPY ({@code userType}), UNRESOLVED; {@code argumentForParam[p]} = index into
 * {@code Call.arguments()}, {@code CallBinding.DEFAULT} (-1) for defaults, {@code CallBinding.RECEIVER} (-2) for the
 * receiver of a method call; {@code isMethodCall}; {@code resultType}.</li>
 * <li>{@code userTypes()} (UDTs and enums with fields, defaults, members), {@code globalSlotCount()},
 * {@code slotCount(FunctionDecl)} (parameters take slots 0..n-1, then locals; loop counters and for-in
 * variables are locals; variables of blocks at the top level (if/for bodies outside functions) are LOCAL_VAR
 * symbols in the global frame, frame -1). Every declaration gets its own slot, so shadowing needs no special
 * handling; {@code _} in a tuple gets a slot too.</li>
 * </ul>
 *
 * <h2>Diagnostic codes</h2>
 * Errors: {@code name.unknown}, {@code name.before-declaration}, {@code name.out-of-scope},
 * {@code call.unknown-function}, {@code call.unknown-method}, {@code call.unknown-argument},
 * {@code call.duplicate-argument}, {@code call.missing-argument}, {@code call.too-many-arguments},
 * {@code call.positional-after-named}, {@code call.local-scope} (plot/bgcolor/fill/hline/alertcondition... inside a
 * block or function),
 * {@code call.not-a-function}, {@code call.recursive}, {@code type.mismatch}, {@code type.unknown},
 * {@code type.arguments}, {@code qualifier.mismatch}, {@code na.comparison}, {@code na.bool} (v6),
 * {@code v4.syntax} (bare {@code sma(}, {@code red}, {@code transp=}), {@code assign.undeclared},
 * {@code assign.type}, {@code assign.builtin}, {@code assign.not-variable}, {@code assign.global-in-function},
 * {@code decl.duplicate}, {@code decl.na-type}, {@code decl.void}, {@code tuple.mismatch}, {@code tuple.nested},
 * {@code field.unknown},
 * {@code function.nested}, {@code method.untyped-receiver}, {@code strategy.in-indicator},
 * {@code script.no-declaration}, {@code syntax.outside-loop}, {@code import.library}, {@code import.unknown-export}.
 * Warnings: {@code deprecated}, {@code import.offline},
 * {@code checker.internal} (a checker bug was caught; only syntax errors are reported then).
 * Info: {@code version.default}. Parser codes are listed in {@code org.exhaustionlab.pine}.
 *
 * <h2>Rules worth knowing</h2>
 * <ul>
 * <li>Unknown things get an internal "unknown" type (typeOf gives null) that fits everywhere, so one mistake yields
 * one diagnostic. Names used through an imported library's alias are unknown offline (one warning per import),
 * unless the library is found on the library path ({@link org.exhaustionlab.pine.check.LocalLibraries}): then its
 * exported functions are catalog functions {@code alias.name} checked like built-ins ({@code import.unknown-export}
 * for a name it does not export, {@code import.library} for a found library with errors).</li>
 * <li>Parameters without a written qualifier take the argument's qualifier: they are checked as const in the body
 * and accept any qualifier at the call. Untyped parameters are unknown in the body (typeOf null there); each call's
 * result type is inferred by re-typing the body silently with that call's argument types (memoised).</li>
 * <li>A reassigned variable's qualifier is the strongest of its initial value, every value assigned to it and the
 * if/switch/loop conditions around those assignments (silent passes find it before the reporting pass); a
 * reassigned {@code var}/{@code varip} variable is series.</li>
 * <li>int / int is int, except in v6 for const operands outside functions, which give float (the interpreter
 * must still divide v6 ints fractionally at run time where the values are const). Pine v5 accepts numbers as
 * conditions and bool arguments, v6 does not.</li>
 * <li>A variable named like a namespace ({@code color}, {@code str}) does not hide that namespace's built-ins;
 * a function and a variable may share a name (calls go to the function).</li>
 * </ul>
 */
package org.exhaustionlab.pine.check;

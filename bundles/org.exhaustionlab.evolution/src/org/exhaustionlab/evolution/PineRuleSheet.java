package org.exhaustionlab.evolution;

/**
 * The Pine v6 rules language models break most often, as a compact sheet for the system prompt. Each rule names
 * the wrong form a model tends to write and the right one, because "do X" alone does not stop a model that has
 * mostly seen v4/v5 code.
 */
final class PineRuleSheet {

    static final String TEXT = """
            Pine Script v6 rules (the checker rejects every violation):
            1. First line `//@version=6`, then exactly one `strategy("Name", overlay = true, ...)` call. Never
               `study()` or `indicator()` for a strategy.
            2. Built-ins live in namespaces: ta.sma, ta.ema, ta.rsi, ta.atr, ta.crossover, ta.crossunder, ta.highest,
               ta.lowest, ta.stdev, ta.macd, ta.dmi, ta.supertrend; math.abs, math.max; request.security;
               input.int, input.float, input.bool. Bare `sma(...)`, `rsi(...)`, `security(...)` are v4 and invalid.
            3. Use only real parameter names: ta.sma(source, length) — there is no `period=`; input.int(defval,
               title, minval, maxval, step). Do not invent functions or arguments.
            4. A statement continues on the next line only inside ( ) or [ ] and the continuation line must be
               indented by a number of spaces that is NOT a multiple of 4 (e.g. 1 or 2 spaces). Never break a line
               after an operator or inside a ternary outside brackets; keep ternaries on one line.
            5. Test for na with na(x) — `x == na` is never true. Use nz(x) to replace na.
            6. v6 bools are never na: do not write `na` for a bool, and `if` conditions must be bool (use
               `x > 0`, not a number). Declare state kept across bars with `var`, reassign with `:=`.
            7. Orders: strategy.entry(id, direction, qty, limit, stop, comment=...) with direction strategy.long or
               strategy.short (no `long=true`, no `when=`); strategy.exit(id, from_entry, profit, limit, loss,
               stop, trail_points, trail_offset, comment=...) — profit/loss are in ticks, limit/stop are prices;
               strategy.close(id); strategy.close_all().
            8. Colours: color.new(color.red, 50); `transp=` was removed.
            9. No look-ahead: never `lookahead = barmerge.lookahead_on`; never reference future bars.
            10. Every numeric input gets minval, maxval and step so an optimiser can tune it.
            11. The script must place trades: entries need conditions that become true regularly on hourly crypto
               data (not a conjunction of five rare filters).
            """;

    private PineRuleSheet() {
    }
}

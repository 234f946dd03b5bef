package org.exhaustionlab.meta;

import java.util.ArrayList;
import java.util.List;

import org.exhaustionlab.evolution.AstFingerprint;
import org.exhaustionlab.evolution.Candidate;
import org.exhaustionlab.optimize.Metrics;

/**
 * What the population looks like, in the figures the directives care about: the best member's Sharpe, drawdown,
 * trade frequency, cross-market share and size, and how alike the members are.
 *
 * @param bestSharpe       the best member's Sharpe ratio (Strategy Tester, monthly)
 * @param bestDrawdownPct  the best member's max drawdown in percent
 * @param bestTradesPerDay the best member's closed trades per day
 * @param crossMarketShare share of the other markets on which the best member is profitable; NaN = not measured
 * @param bestComplexity   the best member's AST size ({@link AstFingerprint#size()})
 * @param meanSimilarity   mean pairwise AST similarity of the members (1 = all the same); NaN with one member
 * @param members          population size
 */
public record PopulationProfile(double bestSharpe, double bestDrawdownPct, double bestTradesPerDay,
        double crossMarketShare, int bestComplexity, double meanSimilarity, int members) {

    /** The profile of {@code members} (best first, as {@code Population.all()} returns them). */
    public static PopulationProfile of(List<Candidate> members, double crossMarketShare) {
        if (members.isEmpty()) {
            return new PopulationProfile(Double.NaN, Double.NaN, Double.NaN, crossMarketShare, 0, Double.NaN, 0);
        }
        Candidate best = members.get(0);
        List<AstFingerprint> prints = new ArrayList<>();
        for (Candidate c : members) {
            prints.add(AstFingerprint.of(c.source()));
        }
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < prints.size(); i++) {
            for (int j = i + 1; j < prints.size(); j++) {
                sum += prints.get(i).similarity(prints.get(j));
                pairs++;
            }
        }
        return new PopulationProfile(best.evaluation().metric(Metrics.SHARPE, 0),
                best.evaluation().metric(Metrics.MAX_DRAWDOWN_PCT, 0),
                best.evaluation().metric(Metrics.TRADES_PER_DAY, 0), crossMarketShare, prints.get(0).size(),
                pairs == 0 ? Double.NaN : sum / pairs, members.size());
    }
}

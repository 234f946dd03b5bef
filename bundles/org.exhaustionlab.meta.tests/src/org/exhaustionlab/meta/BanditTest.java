package org.exhaustionlab.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** UCB1 and Thompson sampling on seeded toy problems, priors, exploration and saved statistics. */
class BanditTest {

    private static final List<String> ARMS = List.of("a", "b", "c", "d");
    private static final double[] SUCCESS = { 0.2, 0.4, 0.75, 0.5 };

    /** Plays {@code rounds} Bernoulli pulls; returns how often each arm was chosen. */
    private static Map<String, Integer> play(Bandit bandit, int rounds, long seed) {
        Random env = new Random(seed);
        Random choices = new Random(seed + 1);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < rounds; i++) {
            String arm = bandit.choose("toy", Map.of(), choices);
            counts.merge(arm, 1, Integer::sum);
            bandit.update("toy", arm, env.nextDouble() < SUCCESS[ARMS.indexOf(arm)] ? 1 : 0);
        }
        return counts;
    }

    @ParameterizedTest
    @EnumSource(Bandit.Policy.class)
    void convergesOnTheBestArm(Bandit.Policy policy) {
        Bandit bandit = new Bandit(policy, 1.0, 0, 0);
        bandit.register("toy", ARMS);

        Map<String, Integer> counts = play(bandit, 3000, 7);

        assertEquals("c", bandit.best("toy").arm());
        assertTrue(counts.get("c") > 0.7 * 3000, policy + " pulled the best arm only " + counts);
        assertEquals(0.75, bandit.best("toy").mean(), 0.05, "its estimated mean");
        for (String arm : ARMS) {
            assertTrue(counts.getOrDefault(arm, 0) >= 1, "every arm is tried at least once: " + counts);
        }
    }

    @Test
    void ucb1TriesUntriedArmsFirstMostLackingFirst() {
        Bandit bandit = new Bandit(Bandit.Policy.UCB1, 1.0, 0.9, 0);
        bandit.register("directive", ARMS);
        Map<String, Double> lack = Map.of("a", 0.1, "b", 0.9, "c", 0.5, "d", 0.0);
        Random random = new Random(1);

        String first = bandit.choose("directive", lack, random);
        bandit.update("directive", first, 0);
        String second = bandit.choose("directive", lack, random);
        bandit.update("directive", second, 0);
        String third = bandit.choose("directive", lack, random);

        assertEquals(List.of("b", "c", "a"), List.of(first, second, third));
    }

    @Test
    void priorTipsTheBalanceBetweenEqualArms() {
        Bandit bandit = new Bandit(Bandit.Policy.UCB1, 1.0, 0.9, 0);
        bandit.register("directive", ARMS);
        for (String arm : ARMS) {
            for (int i = 0; i < 10; i++) {
                bandit.update("directive", arm, 0.5);
            }
        }
        assertEquals("d", bandit.choose("directive", Map.of("d", 1.0), new Random(3)));
        assertEquals("a", bandit.choose("directive", Map.of(), new Random(3)), "tie: the first declared arm");
    }

    @Test
    void epsilonOneIsAUniformRandomChoice() {
        Bandit bandit = new Bandit(Bandit.Policy.UCB1, 1.0, 0, 1.0);
        bandit.register("toy", ARMS);
        for (int i = 0; i < 50; i++) {
            bandit.update("toy", "c", 1);
        }
        Map<String, Integer> counts = new HashMap<>();
        Random random = new Random(11);
        for (int i = 0; i < 4000; i++) {
            counts.merge(bandit.choose("toy", Map.of(), random), 1, Integer::sum);
        }
        for (String arm : ARMS) {
            assertEquals(1000, counts.get(arm), 120, counts.toString());
        }
    }

    @Test
    void statisticsSurviveASaveAndRestoreAndChoicesRepeat() {
        Bandit original = new Bandit(Bandit.Policy.THOMPSON, 1.0, 0.5, 0.05);
        original.register("toy", ARMS);
        play(original, 200, 5);
        Bandit restored = new Bandit(Bandit.Policy.THOMPSON, 1.0, 0.5, 0.05);
        restored.register("toy", ARMS);

        restored.restore(original.stats());

        assertEquals(original.stats(), restored.stats());
        for (int i = 0; i < 20; i++) {
            assertEquals(original.choose("toy", Map.of("a", 0.3), new Random(i)),
                    restored.choose("toy", Map.of("a", 0.3), new Random(i)));
        }
    }

    @Test
    void rewardsAreClampedAndUnknownArmsRefused() {
        Bandit bandit = new Bandit(Bandit.Policy.UCB1, 1.0, 0, 0);
        bandit.register("toy", ARMS);
        bandit.update("toy", "a", 7);
        bandit.update("toy", "a", -3);
        bandit.update("toy", "a", Double.NaN);
        assertEquals(new ArmStats("toy", "a", 3, 1.0), bandit.arms("toy").get(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bandit.update("toy", "z", 1));
        assertTrue(e.getMessage().contains("'z'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> bandit.choose("nope", Map.of(), new Random()));
    }

    @Test
    void costRewardGrowsWithGainAndShrinksWithCost() {
        Cost cheap = new Cost(10, 0);
        Cost dear = new Cost(100, 10_000);
        assertEquals(0, cheap.reward(0));
        assertEquals(0, cheap.reward(-0.2));
        assertTrue(cheap.reward(0.05) > dear.reward(0.05));
        assertTrue(cheap.reward(0.05) < cheap.reward(0.1));
        assertTrue(cheap.reward(10) <= 1);
        assertEquals(1 - Math.exp(-1), new Cost(50, 0).reward(0.1), 1e-12, "0.1 per unit earns 1 - 1/e");
        assertEquals(4.0, dear.units(), 1e-12);
    }
}

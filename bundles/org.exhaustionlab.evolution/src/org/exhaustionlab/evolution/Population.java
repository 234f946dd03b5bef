package org.exhaustionlab.evolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Candidates on islands (FunSearch style): each island keeps its best {@code capacity} members and parents are drawn
 * within an island, so lines of descent stay apart; the best candidate migrates to the next island each generation.
 * Novelty pressure: a candidate whose AST similarity to any member of the whole population reaches the threshold is
 * rejected as a near-duplicate; otherwise its ranking score is fitness plus {@code noveltyWeight} times its novelty
 * (1 - highest similarity), so among equally fit parents the more different one is preferred.
 *
 * @implNote Not thread-safe; owned by the engine's thread.
 */
public final class Population {

    /** Whether {@link #add} took a candidate, and its highest similarity to an existing member (with that id). */
    public record Admission(boolean added, double maxSimilarity, String nearestId) {
    }

    private record Member(Candidate candidate, AstFingerprint fingerprint, double novelty) {
        double rank(double weight) {
            return candidate.fitness() + weight * novelty;
        }
    }

    private final List<List<Member>> islands = new ArrayList<>();
    private final int capacity;
    private final double threshold;
    private final double noveltyWeight;

    public Population(int islandCount, int capacityPerIsland, double noveltyThreshold, double noveltyWeight) {
        for (int i = 0; i < islandCount; i++) {
            islands.add(new ArrayList<>());
        }
        this.capacity = Math.max(1, capacityPerIsland);
        this.threshold = noveltyThreshold;
        this.noveltyWeight = noveltyWeight;
    }

    public int islandCount() {
        return islands.size();
    }

    /** Highest similarity to any member and that member's id (0 and null when empty). */
    public Admission nearest(AstFingerprint fp) {
        double max = 0;
        String id = null;
        for (List<Member> island : islands) {
            for (Member m : island) {
                double s = m.fingerprint.similarity(fp);
                if (s > max) {
                    max = s;
                    id = m.candidate.id();
                }
            }
        }
        return new Admission(false, max, id);
    }

    /** Adds {@code c} to {@code island} unless it is a near-duplicate; the island keeps its best members. */
    public Admission add(int island, Candidate c) {
        AstFingerprint fp = AstFingerprint.of(c.source());
        Admission near = nearest(fp);
        if (near.maxSimilarity() >= threshold) {
            return near;
        }
        List<Member> members = islands.get(island);
        members.add(new Member(c, fp, 1 - near.maxSimilarity()));
        members.sort(Comparator.comparingDouble((Member m) -> m.rank(noveltyWeight)).reversed());
        while (members.size() > capacity) {
            members.remove(members.size() - 1);
        }
        return new Admission(true, near.maxSimilarity(), near.nearestId());
    }

    /**
     * Adds {@code c} without the novelty test: an improved version of a member (e.g. after tuning), or a member
     * restored from a saved population.
     */
    public void forceAdd(int island, Candidate c) {
        List<Member> members = islands.get(island);
        members.add(new Member(c, AstFingerprint.of(c.source()), 1 - nearest(AstFingerprint.of(c.source()))
                .maxSimilarity()));
        members.sort(Comparator.comparingDouble((Member m) -> m.rank(noveltyWeight)).reversed());
        while (members.size() > capacity) {
            members.remove(members.size() - 1);
        }
    }

    /** The members of one island, best ranked first (e.g. to save the population). */
    public List<Candidate> island(int index) {
        return islands.get(index).stream().map(Member::candidate).toList();
    }

    /** A parent from {@code island} by a binary tournament on the ranking score; null when the island is empty. */
    public Candidate pickParent(int island, Random random) {
        List<Member> members = islands.get(island);
        if (members.isEmpty()) {
            return best();
        }
        Member a = members.get(random.nextInt(members.size()));
        Member b = members.get(random.nextInt(members.size()));
        return (a.rank(noveltyWeight) >= b.rank(noveltyWeight) ? a : b).candidate;
    }

    /** Copies each island's best to the next island (ring), if it is not already there. */
    public void migrate() {
        if (islands.size() < 2) {
            return;
        }
        List<Candidate> bests = new ArrayList<>();
        for (List<Member> island : islands) {
            bests.add(island.isEmpty() ? null : island.get(0).candidate);
        }
        for (int i = 0; i < islands.size(); i++) {
            Candidate b = bests.get(i);
            int to = (i + 1) % islands.size();
            if (b != null && islands.get(to).stream().noneMatch(m -> m.candidate.id().equals(b.id()))) {
                forceAdd(to, b);
            }
        }
    }

    /** Best fitness over all islands; null when empty. */
    public Candidate best() {
        return all().stream().findFirst().orElse(null);
    }

    /** Distinct candidates of all islands, best fitness first. */
    public List<Candidate> all() {
        List<Candidate> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (List<Member> island : islands) {
            for (Member m : island) {
                if (seen.add(m.candidate.id())) {
                    out.add(m.candidate);
                }
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::fitness).reversed().thenComparing(Candidate::id));
        return out;
    }

    public int size() {
        return all().size();
    }
}

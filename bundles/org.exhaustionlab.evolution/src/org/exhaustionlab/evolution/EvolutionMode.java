package org.exhaustionlab.evolution;

/** Who proposes and who tunes. */
public enum EvolutionMode {
    /** The model proposes and mutates structures; candidates keep their default inputs. */
    LLM,
    /** The genetic optimiser tunes the seed script's inputs; no model involved. */
    GA,
    /** The model proposes structures and the genetic optimiser tunes each one's inputs. */
    HYBRID
}

package org.exhaustionlab.validation.score;

/** A pre-production gate with the value it was checked against. */
public record GateResult(Gate gate, double measured, boolean passed) {
}

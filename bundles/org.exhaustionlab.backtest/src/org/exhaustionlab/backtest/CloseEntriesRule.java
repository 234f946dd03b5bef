package org.exhaustionlab.backtest;

/** {@code close_entries_rule}: which open trade a closing fill takes first. */
public enum CloseEntriesRule {
    /** Oldest trade first, except that exits/closes naming an entry id take that entry's trades. */
    FIFO,
    /** Exits and closes naming an entry id take that entry's trades (the same as FIFO here, see package notes). */
    ANY
}

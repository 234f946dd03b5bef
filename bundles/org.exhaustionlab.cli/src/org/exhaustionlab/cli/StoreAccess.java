package org.exhaustionlab.cli;

import java.io.IOException;

import org.exhaustionlab.store.MarketStore;

/** Opens the local store in the data home, turning failures into one-line errors. */
final class StoreAccess {

    private StoreAccess() {
    }

    static MarketStore open() throws IOException {
        return MarketStore.open(Cli.home());
    }
}

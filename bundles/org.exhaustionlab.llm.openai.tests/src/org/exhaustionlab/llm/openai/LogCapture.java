package org.exhaustionlab.llm.openai;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Captures every java.util.logging line (System.Logger's default backend) of this bundle and of OkHttp. */
final class LogCapture extends Handler implements AutoCloseable {

    private static final List<String> LOGGERS = List.of("org.exhaustionlab", "okhttp3");

    private final List<String> lines = new ArrayList<>();
    private final List<Level> previousLevels = new ArrayList<>();
    private final SimpleFormatter formatter = new SimpleFormatter();

    LogCapture() {
        setLevel(Level.ALL);
        for (String name : LOGGERS) {
            Logger logger = Logger.getLogger(name);
            previousLevels.add(logger.getLevel());
            logger.setLevel(Level.ALL);
            logger.addHandler(this);
        }
    }

    @Override
    public synchronized void publish(LogRecord record) {
        lines.add(formatter.format(record));
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        for (int i = 0; i < LOGGERS.size(); i++) {
            Logger logger = Logger.getLogger(LOGGERS.get(i));
            logger.removeHandler(this);
            logger.setLevel(previousLevels.get(i));
        }
    }
}

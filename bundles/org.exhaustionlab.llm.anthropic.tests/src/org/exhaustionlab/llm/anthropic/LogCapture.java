package org.exhaustionlab.llm.anthropic;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Records every java.util.logging line (System.Logger's default backend) of ExhaustionLab and OkHttp. */
final class LogCapture extends Handler implements AutoCloseable {

    private static final List<String> NAMES = List.of("org.exhaustionlab", "okhttp3");

    private final List<Logger> loggers = new ArrayList<>();
    private final List<Level> previous = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final SimpleFormatter formatter = new SimpleFormatter();

    LogCapture() {
        setLevel(Level.ALL);
        for (String name : NAMES) {
            Logger logger = Logger.getLogger(name);
            loggers.add(logger); // held so the configured level is not lost to garbage collection
            previous.add(logger.getLevel());
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
        for (int i = 0; i < loggers.size(); i++) {
            loggers.get(i).removeHandler(this);
            loggers.get(i).setLevel(previous.get(i));
        }
    }
}

package org.exhaustionlab.market.csv;

import java.io.IOException;

/**
 * A CSV file that cannot be imported, with the file name and the 1-based line where the problem is. The message is
 * one line in the {@code file:line: reason} form compilers use, e.g.
 * {@code btc.csv:17: high 41000.5 is below low 41200.0}.
 * <p>
 * It is an {@link IOException} (like {@code java.util.zip.ZipException}): bad input data, not a programming error.
 */
public final class CsvFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String reason;

    public CsvFormatException(String source, int line, String reason) {
        super(source + ":" + line + ": " + oneLine(reason));
        this.source = source;
        this.line = line;
        this.reason = oneLine(reason);
    }

    /** File name (or other source name) as given to the importer. */
    public String source() {
        return source;
    }

    /** 1-based line number of the offending line. */
    public int line() {
        return line;
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }

    private static String oneLine(String text) {
        return text.replace('\r', ' ').replace('\n', ' ');
    }
}

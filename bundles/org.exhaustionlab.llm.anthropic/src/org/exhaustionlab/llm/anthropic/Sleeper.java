package org.exhaustionlab.llm.anthropic;

import java.time.Duration;

/** Waits between retries; tests replace it to see the waits without spending them. */
interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}

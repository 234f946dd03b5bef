package org.exhaustionlab.llm.openai;

import java.time.Duration;

/** Waits between retries; replaced in tests to observe the waits without spending them. */
interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}

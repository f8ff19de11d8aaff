package io.casebook;

import io.casebook.config.Settings;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar target/casebook.jar}: starts the engine and runs until the JVM is asked to stop. */
public final class CasebookMain {

    private CasebookMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        CasebookApp app = CasebookApp.start(Settings.load(Map.of()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "casebook-shutdown"));
        stopped.await();
    }
}

package io.casebook;

import io.casebook.adapter.in.rules.RulesFileException;
import io.casebook.adapter.in.security.RolesFileException;
import io.casebook.config.Settings;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar target/casebook.jar}: starts the engine and runs until the JVM is asked to stop. */
public final class CasebookMain {

    private CasebookMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        CasebookApp app;
        try {
            app = CasebookApp.start(Settings.load(Map.of()));
        } catch (RulesFileException | RolesFileException e) {
            // A configuration mistake, not a crash: the file, the line and the reason say all there is to say.
            System.err.println("Casebook did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "casebook-shutdown"));
        stopped.await();
    }
}

package io.casebook.api;

import io.casebook.support.Api;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** incremental_id is assigned synchronously: 200 cases created at once in one space get 1..200, each once. */
class ConcurrentCreationTest {

    @Test
    void twoHundredConcurrentCreationsGetTwoHundredDistinctNumbers() throws Exception {
        try (TestEngine engine = TestEngine.start()) {
            Api api = engine.api();
            ExecutorService clients = Executors.newFixedThreadPool(16);
            List<Future<Api.Result>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String title = "concurrent " + i;
                results.add(clients.submit(() -> api.post("/s/burst/api/cases", CreateAndGetCaseTest.newCase(title))));
            }
            List<Long> numbers = new ArrayList<>();
            for (Future<Api.Result> result : results) {
                Api.Result created = result.get();
                assertThat(created.status()).as(created.raw()).isEqualTo(200);
                numbers.add(created.body().path("incremental_id").asLong());
            }
            clients.shutdown();
            assertThat(numbers).doesNotHaveDuplicates();
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                    LongStream.rangeClosed(1, 200).boxed().toList());
            assertThat(api.post("/api/cases", CreateAndGetCaseTest.newCase("other space")).body()
                    .path("incremental_id").asLong()).as("numbering is per space").isEqualTo(1);
        }
    }
}

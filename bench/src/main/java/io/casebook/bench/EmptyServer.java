package io.casebook.bench;

import io.vertx.core.Vertx;

/**
 * The empty-handler baseline: Vert.x (the engine's HTTP stack), reading each request body and answering 202
 * with a small JSON body, nothing else. Run in its own JVM with the engine's heap, as the engine is.
 */
public final class EmptyServer {

    private EmptyServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Vertx vertx = Vertx.vertx();
        vertx.createHttpServer().requestHandler(req -> req.body().onComplete(body -> req.response().setStatusCode(202)
                        .putHeader("Content-Type", "application/json").end("{\"accepted\":true}")))
                .listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get();
        System.out.println("listening on " + port);
        Thread.currentThread().join();
    }
}

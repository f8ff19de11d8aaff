package io.casebook;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the hexagon honest: the domain and the use cases know nothing of Camel, JDBC or JSON, and connector
 * types see only the connector SPI (plus the JDK and the libraries they use), so a type is written against the
 * SPI alone and never opens a connection of its own.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.casebook");

    @Test
    void domainIsPureJava() {
        EvaluationResult violations = noClasses().that().resideInAPackage("io.casebook.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..", "java.sql..",
                        "javax.sql..", "org.jdbi..", "com.fasterxml..", "io.vertx..", "io.casebook.adapter..",
                        "io.casebook.application..")
                .evaluate(CLASSES);
        assertThat(violations.getFailureReport().getDetails()).isEmpty();
    }

    @Test
    void applicationDependsOnPortsNotAdapters() {
        EvaluationResult violations = noClasses().that().resideInAPackage("io.casebook.application..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..", "java.sql..",
                        "org.jdbi..", "io.vertx..", "io.casebook.adapter..")
                .evaluate(CLASSES);
        assertThat(violations.getFailureReport().getDetails()).isEmpty();
    }

    @Test
    void connectorTypesDependOnlyOnTheSpiTheJdkAndTheirLibraries() {
        EvaluationResult violations = classes().that().resideInAPackage("io.casebook.connectors..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.casebook.connector.spi..",
                        "io.casebook.connectors..", "java..", "javax.crypto..", "javax.annotation..",
                        "com.fasterxml.jackson..", "org.mapstruct..", "com.nimbusds..", "com.github.mustachejava..")
                .evaluate(CLASSES);
        assertThat(violations.getFailureReport().getDetails()).isEmpty();
    }

    @Test
    void connectorTypesCallOutOnlyThroughTheEnginesHttp() {
        EvaluationResult violations = noClasses().that().resideInAPackage("io.casebook.connectors..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..")
                .orShould().dependOnClassesThat().belongToAnyOf(java.net.Socket.class, java.net.ServerSocket.class,
                        java.net.DatagramSocket.class, java.net.URLConnection.class,
                        java.net.HttpURLConnection.class, java.net.URL.class,
                        java.nio.channels.SocketChannel.class)
                .evaluate(CLASSES);
        assertThat(violations.getFailureReport().getDetails()).isEmpty();
    }
}

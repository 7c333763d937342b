package dev.jsoncontract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractSourceTest {

    @TempDir
    Path project;

    @Test
    @DisplayName("names the contract: relative to the project, a folder as such, the bundled one as bundled")
    void describe() throws Exception {
        Path folder = Files.createDirectories(project.resolve("src/main/jsonschema"));
        Path file = Files.writeString(folder.resolve("order.schema.json"), "{}");

        assertThat(ContractSource.describe(folder, project)).isEqualTo("the contract src/main/jsonschema (a folder)");
        assertThat(ContractSource.describe(file, project)).isEqualTo("the contract src/main/jsonschema/order.schema.json");
        assertThat(ContractSource.describe(null, project))
                .isEqualTo("the bundled call contract (call.schema.json in the plugin; no schema is configured)");
        assertThat(ContractSource.describe(Path.of("/elsewhere/x.json"), project))
                .isEqualTo("the contract " + Path.of("/elsewhere/x.json").toAbsolutePath());
    }

    @Test
    @DisplayName("warns when the bundled contract is used beside src/main/jsonschema or for another package")
    void warnings() throws Exception {
        assertThat(ContractSource.warnings(null, project, "example.calls", "generate")).isEmpty();
        assertThat(ContractSource.warnings(null, project, null, "verify")).isEmpty();
        assertThat(ContractSource.warnings(null, project, "com.acme.orders", "generate")).singleElement().isEqualTo(
                "jsoncontract: no schema is configured for generate, so it uses the bundled call contract (Call,"
                        + " CallsClient, ...) in the package com.acme.orders. Set <schema>${project.basedir}/src/main/jsonschema"
                        + "</schema> (or your schema file) in the plugin's own <configuration>, outside <executions>, so"
                        + " that every goal and command-line call uses it. (This warning is not given for the package"
                        + " example.calls.)");

        Files.createDirectories(project.resolve("src/main/jsonschema"));
        assertThat(ContractSource.warnings(null, project, "example.calls", "generate")).singleElement().asString()
                .startsWith("jsoncontract: this project has src/main/jsonschema, but no schema is configured for generate");
        assertThat(ContractSource.warnings(project.resolve("src/main/jsonschema"), project, "com.acme", "generate")).isEmpty();
    }
}

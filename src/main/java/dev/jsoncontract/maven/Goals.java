package dev.jsoncontract.maven;

import dev.jsoncontract.contract.ContractSource;
import dev.jsoncontract.generate.RequiredDependencies;
import dev.jsoncontract.verify.report.StaleReports;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/** What the three goals share around their service call: the contract line, stale reports, missing libraries. */
final class Goals {

    /** Marks, in the project's context, that this build already removed the earlier reports. */
    private static final String REPORTS_CLEARED = Goals.class.getName() + ".reportsCleared";

    private Goals() {
    }

    /**
     * Logs the goal's first line, naming the contract, and the warnings when the bundled contract
     * looks unintended.
     *
     * @param packageName the goal's package, or {@code null} when it has none
     */
    static void announce(Log log, String goal, File schema, MavenProject project, String packageName) {
        Path schemaPath = schema == null ? null : schema.toPath();
        log.info("jsoncontract: " + goal + " uses " + ContractSource.describe(schemaPath, project.getBasedir().toPath()));
        for (String warning : ContractSource.warnings(schemaPath, project.getBasedir().toPath(), packageName, goal)) {
            log.warn(warning);
        }
    }

    /**
     * The first jsoncontract goal of a build removes the reports an earlier {@code verify} left,
     * so that a build failing before its own {@code verify} leaves none that says "conform".
     */
    static void removeStaleReports(MavenProject project, File reportsDirectory, Log log) throws MojoExecutionException {
        if (project.getContextValue(REPORTS_CLEARED) != null) {
            return;
        }
        project.setContextValue(REPORTS_CLEARED, Boolean.TRUE);
        try {
            List<Path> removed = StaleReports.remove(reportsDirectory.toPath());
            if (!removed.isEmpty() && log.isDebugEnabled()) {
                log.debug("jsoncontract: removed the reports of an earlier verify: " + removed);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("jsoncontract: the reports of an earlier verify in " + reportsDirectory
                    + " cannot be removed (" + e.getMessage() + "), and they could be taken for this build's. Check"
                    + " that the folder is writable, or run mvn clean.", e);
        }
    }

    /**
     * Warns, before the compiler reports every use of them, about the libraries the generated
     * sources import that the project does not depend on.
     *
     * @param scope the dependencies' scope in words ({@code compile}, {@code test})
     * @param example what to add, as a pom snippet
     */
    static void hintMissingLibraries(MavenProject project, File sourceRoot, String scope, String example, Log log) {
        Set<String> available = new TreeSet<>();
        for (Artifact artifact : project.getArtifacts()) {
            available.add(artifact.getGroupId() + ":" + artifact.getArtifactId());
        }
        List<String> missing;
        try {
            missing = RequiredDependencies.missing(sourceRoot.toPath(), available);
        } catch (IOException e) {
            log.debug("jsoncontract: the generated sources could not be read to check the dependencies: " + e);
            return;
        }
        if (!missing.isEmpty()) {
            log.warn("jsoncontract: the generated sources need " + String.join(", ", missing) + ", which this project"
                    + " does not have among its " + scope + " dependencies, so compiling them will fail. Add to"
                    + " <dependencies>: " + example);
        }
    }
}

package dev.jsoncontract.corpus;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import dev.jsoncontract.contract.Contract;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What happened to one schema of the corpus, filled in step by step by {@link CorpusRunner}. */
final class SchemaRun {

    /** How {@code generate} ended. */
    enum Generated {
        /** A {@code GenerateException}: the schema is refused with a message. */
        REFUSED,
        /** Any other exception or error: a bug. */
        CRASHED,
        /** Still running after the per-schema timeout: a bug. */
        TIMED_OUT,
        GENERATED
    }

    /** How javac judged the generated model. */
    enum Compiled {
        NOT_RUN,
        FAILED,
        WARNINGS,
        CLEAN
    }

    final String name;
    final Path schema;
    final String packageName;
    final List<String> jsonInstances = new ArrayList<>();
    int otherInstances;
    int remoteRefsMapped;
    /** The generate warnings (loosenings). */
    java.util.List<String> warnings = java.util.List.of();

    Generated generated;
    /** The refusal, crash or timeout: the message's first line, or the exception. */
    String problem = "";
    /** Every line of the refusal, or the crash's stack trace. */
    String detail = "";
    boolean pointerNamed;

    Contract contract;
    List<JavaFile> model = List.of();
    TypeName rootType;
    ClassName testClass;
    List<JavaFile> tests = List.of();
    String testsProblem = "";
    /** Whether writing the contract tests threw something other than a contract problem. */
    boolean testsCrash;

    Compiled compiled = Compiled.NOT_RUN;
    final List<String> compileProblems = new ArrayList<>();
    final List<String> testCompileProblems = new ArrayList<>();
    ClassLoader classes;

    int roundTripOk;
    int roundTripDiffers;
    int readFailed;
    int notJson;
    int notTried;
    final List<String> instanceProblems = new ArrayList<>();
    int undescribedNotes;

    int components;
    int looseComponents;
    int positions;
    int loosePositions;
    boolean rootLoose;

    SchemaRun(String name, Path schema, String packageName) {
        this.name = name;
        this.schema = schema;
        this.packageName = packageName;
    }

    boolean compiledOk() {
        return compiled == Compiled.CLEAN || compiled == Compiled.WARNINGS;
    }

    /** The one-word outcome of the table. */
    String outcome() {
        return switch (generated) {
            case REFUSED -> "refused";
            case CRASHED -> "CRASHED";
            case TIMED_OUT -> "TIMED OUT";
            case GENERATED -> switch (compiled) {
                case NOT_RUN -> "generated";
                case FAILED -> "compile failed";
                case WARNINGS -> "compile warnings";
                case CLEAN -> "compiled clean";
            };
        };
    }
}

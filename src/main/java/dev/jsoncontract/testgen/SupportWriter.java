package dev.jsoncontract.testgen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.jsoncontract.codegen.JacksonVersion;
import dev.jsoncontract.testgen.Place.Kind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Writes the generic half of the generated contract tests: one package-private class that reads a
 * recording, compares it with what the generated model writes back, place by place as the contract
 * table says, and counts enum values and {@code oneOf} branches for the coverage lines. Nothing in it
 * depends on a particular contract; the test class passes the table, the recordings and the round
 * trip through the model.
 */
final class SupportWriter {

    static final ClassName DYNAMIC_TEST = ClassName.get("org.junit.jupiter.api", "DynamicTest");
    static final ClassName TEST_REPORTER = ClassName.get("org.junit.jupiter.api", "TestReporter");

    private SupportWriter() {
    }

    /**
     * The support class, named {@code name}.
     *
     * @param jackson the Jackson it is written for
     * @return the class, to be {@linkplain dev.jsoncontract.codegen.GeneratedCode#mark marked}
     */
    static TypeSpec.Builder write(ClassName name, JacksonVersion jackson) {
        ClassName jsonNode = jackson.jsonNode();
        ClassName kind = name.nestedClass("Kind");
        ClassName place = name.nestedClass("Place");
        ClassName recording = name.nestedClass("Recording");
        ClassName roundTrip = name.nestedClass("RoundTrip");
        ClassName differences = name.nestedClass("Differences");
        TypeName strings = ParameterizedTypeName.get(List.class, String.class);
        TypeName table = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), place);
        Map<String, Object> types = new LinkedHashMap<>();
        types.put("node", jsonNode);
        types.put("string", ClassName.get(String.class));
        types.put("system", ClassName.get(System.class));
        types.put("boolean", ClassName.get(Boolean.class));
        types.put("math", ClassName.get(Math.class));
        types.put("exceptionType", ClassName.get(Exception.class));
        types.put("runtimeException", ClassName.get(RuntimeException.class));
        types.put("illegalArgument", ClassName.get(IllegalArgumentException.class));
        types.put("assertionError", ClassName.get(AssertionError.class));
        types.put("bigDecimal", ClassName.get(BigDecimal.class));
        types.put("reporter", TEST_REPORTER);
        types.put("readFailure", jackson.readFailure());
        // reading a recording fails with IOException, and with Jackson 3 also with its unchecked exception
        types.put("readFailures", jackson.checkedReadFailure() ? CodeBlock.of("$T", IOException.class)
                : CodeBlock.of("$T | $T", IOException.class, jackson.readFailure()));
        types.put("asText", jackson == JacksonVersion.JACKSON_2 ? "asText" : "asString");
        types.put("isTextual", jackson == JacksonVersion.JACKSON_2 ? "isTextual" : "isString");
        types.put("textValue", jackson == JacksonVersion.JACKSON_2 ? "textValue()" : "stringValue(null)");
        types.put("kind", kind);
        types.put("place", place);
        types.put("recording", recording);
        types.put("roundTrip", roundTrip);
        types.put("differences", differences);
        types.put("list", ClassName.get(List.class));
        types.put("arrayList", ClassName.get(ArrayList.class));
        types.put("map", ClassName.get(Map.class));
        types.put("linkedHashMap", ClassName.get(LinkedHashMap.class));
        types.put("set", ClassName.get(Set.class));
        types.put("linkedHashSet", ClassName.get(LinkedHashSet.class));
        types.put("treeSet", ClassName.get(TreeSet.class));
        types.put("path", ClassName.get(Path.class));
        types.put("files", ClassName.get(Files.class));
        types.put("ioException", ClassName.get(IOException.class));
        types.put("base64", ClassName.get(Base64.class));
        types.put("utf8", ClassName.get(StandardCharsets.class));
        types.put("offsetDateTime", ClassName.get(OffsetDateTime.class));
        types.put("localDate", ClassName.get(LocalDate.class));
        types.put("uuid", ClassName.get(UUID.class));
        types.put("dynamicTest", DYNAMIC_TEST);
        types.put("stream", ClassName.get(Stream.class));
        types.put("jsonMapper", jackson.jsonMapper());
        types.put("feature", jackson.deserializationFeature());

        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.FINAL)
                .addJavadoc(lines(
                        "The generic half of the contract tests generated by jsoncontract: reads a recording,",
                        "reads it into the generated model and writes it back, and compares the two place by place",
                        "as the contract table of the test says. Needs JUnit 5 and Jackson only."));
        type.addType(kindEnum(kind));
        type.addType(TypeSpec.recordBuilder(place)
                .addJavadoc(lines(
                        "What the contract says about one place of a response, named by a JSON Pointer pattern:",
                        "{@code *} stands for any array index or map key, {@code {role=user}} after it selects",
                        "the branch of a {@code oneOf} whose discriminator {@code role} is {@code user}."))
                .addJavadoc(components("pattern", "kind", "nullable", "required", "properties", "discriminator",
                        "values", "label", "same"))
                .addModifiers(Modifier.STATIC)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(String.class, "pattern")
                        .addParameter(kind, "kind")
                        .addParameter(boolean.class, "nullable")
                        .addParameter(strings, "required")
                        .addParameter(strings, "properties")
                        .addParameter(String.class, "discriminator")
                        .addParameter(strings, "values")
                        .addParameter(String.class, "label")
                        .addParameter(String.class, "same")
                        .build())
                .build());
        type.addType(TypeSpec.recordBuilder(recording)
                .addJavadoc(lines(
                        "One recorded response: a file of the recordings folder, or one entry of a HAR file in it,",
                        "with the contract violations {@code verify} found in it when the test was generated."))
                .addJavadoc(components("source", "file", "entry", "findings"))
                .addModifiers(Modifier.STATIC)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(String.class, "source")
                        .addParameter(String.class, "file")
                        .addParameter(String.class, "entry")
                        .addParameter(strings, "findings")
                        .build())
                .build());
        type.addType(TypeSpec.interfaceBuilder(roundTrip)
                .addJavadoc("Reads a response body into the generated model and writes it back as JSON.\n")
                .addAnnotation(FunctionalInterface.class)
                .addModifiers(Modifier.STATIC)
                .addMethod(MethodSpec.methodBuilder("apply")
                        .addJavadoc("Reads and writes one body.\n\n@param body the response body\n"
                                + "@return the JSON the model writes\n@throws $T when the body does not read\n",
                                Exception.class)
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .addParameter(byte[].class, "body")
                        .returns(String.class)
                        .addException(Exception.class)
                        .build())
                .build());
        type.addType(differencesClass(differences, types));

        type.addField(FieldSpec.builder(jackson.objectMapper(), "READER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Reads recordings exactly: decimals as {@code BigDecimal} as written, so no digit is lost"
                        + " before comparing; a key given twice is an error.\n")
                .initializer("$T.builder()\n$>$>.enable($T.USE_BIG_DECIMAL_FOR_FLOATS)\n"
                        + ".disable($T.STRIP_TRAILING_BIGDECIMAL_ZEROES)\n"
                        + ".enable($T.STRICT_DUPLICATE_DETECTION)\n.build()$<$<",
                        jackson.jsonMapper(), jackson.deserializationFeature(), jackson.jsonNodeFeature(),
                        jackson.streamReadFeature())
                .build());
        type.addField(FieldSpec.builder(int.class, "SHOWN", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("How many characters of a value a message shows.\n")
                .initializer("80")
                .build());
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

        // the table, as the test class writes it
        type.addMethod(documented(MethodSpec.methodBuilder("table")
                .addJavadoc("The contract table: the places by pattern, in the order given.\n")
                .addModifiers(Modifier.STATIC)
                .addParameter(ArrayTypeName.of(place), "places")
                .varargs()
                .returns(table)
                .addCode(named(types, lines(
                        "$map:T<$string:T, $place:T> table = new $linkedHashMap:T<>();",
                        "for ($place:T place : places) {",
                        "    table.put(place.pattern(), place);",
                        "}",
                        "return table;")))
                .build(), "the places by pattern"));
        type.addMethod(factory("value", place, types, "An integer, number, string, boolean, date or anything.",
                List.of(param(String.class, "pattern"), param(kind, "kind"), param(boolean.class, "nullable")),
                "return new $place:T(pattern, kind, nullable, $list:T.of(), $list:T.of(), null, $list:T.of(), null, null);\n"));
        type.addMethod(factory("object", place, types, "An object with described properties.",
                List.of(param(String.class, "pattern"), param(boolean.class, "nullable"), param(strings, "required"),
                        param(strings, "properties")),
                "return new $place:T(pattern, $kind:T.OBJECT, nullable, required, properties, null, $list:T.of(), null,"
                        + " null);\n"));
        type.addMethod(factory("enumeration", place, types, "A string out of a list of values.",
                List.of(param(String.class, "pattern"), param(boolean.class, "nullable"), param(String.class, "label"),
                        param(strings, "values")),
                "return new $place:T(pattern, $kind:T.ENUM, nullable, $list:T.of(), $list:T.of(), null, values, label,"
                        + " null);\n"));
        type.addMethod(factory("union", place, types, "A oneOf whose branches the discriminator tells apart.",
                List.of(param(String.class, "pattern"), param(boolean.class, "nullable"), param(String.class, "label"),
                        param(String.class, "discriminator"), param(strings, "values")),
                "return new $place:T(pattern, $kind:T.UNION, nullable, $list:T.of(), $list:T.of(), discriminator,"
                        + " values, label, null);\n"));
        type.addMethod(factory("same", place, types, "A place described like another one (a schema reached again).",
                List.of(param(String.class, "pattern"), param(boolean.class, "nullable"), param(String.class, "same")),
                "return new $place:T(pattern, $kind:T.SAME, nullable, $list:T.of(), $list:T.of(), null, $list:T.of(),"
                        + " null, same);\n"));
        type.addMethod(documented(MethodSpec.methodBuilder("file")
                .addJavadoc("A recorded response file, with the violations found in it.\n")
                .addModifiers(Modifier.STATIC)
                .addParameter(String.class, "file")
                .addParameter(String[].class, "findings")
                .varargs()
                .returns(recording)
                .addCode(named(types, "return new $recording:T(file, file, null, $list:T.of(findings));\n"))
                .build(), "the recording"));
        type.addMethod(documented(MethodSpec.methodBuilder("harEntry")
                .addJavadoc("One entry of a HAR file ({@code /log/entries/4}), with the violations found in it.\n")
                .addModifiers(Modifier.STATIC)
                .addParameter(String.class, "file")
                .addParameter(String.class, "entry")
                .addParameter(String[].class, "findings")
                .varargs()
                .returns(recording)
                .addCode(named(types, "return new $recording:T(entry.isEmpty() ? file : file + \"#\" + entry, file, entry,"
                        + " $list:T.of(findings));\n"))
                .build(), "the recording"));

        type.addMethod(documented(MethodSpec.methodBuilder("folder")
                .addJavadoc(lines(
                        "The recordings folder: the system property {@code jsoncontract.recordings} when set, else",
                        "{@code relative}; either resolved against the project ({@code basedir}, which Surefire sets,",
                        "else {@code user.dir})."))
                .addModifiers(Modifier.STATIC)
                .addParameter(String.class, "relative")
                .returns(Path.class)
                .addCode(named(types, lines(
                        "$string:T configured = $system:T.getProperty(\"jsoncontract.recordings\");",
                        "$string:T base = $system:T.getProperty(\"basedir\", $system:T.getProperty(\"user.dir\"));",
                        "$string:T folder = configured == null || configured.isBlank() ? relative : configured;",
                        "return $path:T.of(base).resolve(folder).normalize();")))
                .build(), "the folder"));

        type.addMethod(documented(MethodSpec.methodBuilder("check")
                .addJavadoc(lines(
                        "Checks one recording: the violations found when the test was generated, then whether it",
                        "reads into the model and whether what the model writes back keeps everything the contract",
                        "describes. Prints the properties the contract does not describe; fails with every problem."))
                .addModifiers(Modifier.STATIC)
                .addParameter(table, "contract")
                .addParameter(Path.class, "folder")
                .addParameter(recording, "recording")
                .addParameter(String.class, "model")
                .addParameter(roundTrip, "roundTrip")
                .addParameter(TEST_REPORTER, "reporter")
                .addCode(named(types, lines(
                        "$string:T source = recording.source();",
                        "$list:T<$string:T> problems = new $arrayList:T<>();",
                        "for ($string:T finding : recording.findings()) {",
                        "    problems.add(\"contract: \" + finding);",
                        "}",
                        "$differences:T differences = new $differences:T(source, model + \" round trip: \");",
                        "// an empty entry stands for a HAR file that yields no body, only its findings",
                        "try {",
                        "    byte[] body = \"\".equals(recording.entry()) ? null : body(folder, recording);",
                        "    if (body != null) {",
                        "        readAndCompare(contract, body, model, roundTrip, problems, differences);",
                        "    }",
                        "} catch ($readFailures:L e) {",
                        "    problems.add(source + \" cannot be read from \" + folder + \" (\" + e.getClass().getSimpleName()",
                        "            + \": \" + firstLine(e.getMessage()) + \"); regenerate the tests (mvn test) or point\"",
                        "            + \" -Djsoncontract.recordings at the recordings\");",
                        "} catch ($illegalArgument:T e) {",
                        "    problems.add(source + \": \" + firstLine(e.getMessage()));",
                        "}",
                        "// reported, not printed: the tests stay silent under mvn -q",
                        "differences.notes.forEach(note -> report(reporter, note));",
                        "problems.addAll(differences.problems);",
                        "if (!problems.isEmpty()) {",
                        "    throw new $assertionError:T(source + \": \" + problems.size()",
                        "            + (problems.size() == 1 ? \" problem\" : \" problems\") + \"\\n  \"",
                        "            + $string:T.join(\"\\n  \", problems));",
                        "}")))
                .build(), null));

        type.addMethod(MethodSpec.methodBuilder("readAndCompare")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(table, "contract")
                .addParameter(byte[].class, "body")
                .addParameter(String.class, "model")
                .addParameter(roundTrip, "roundTrip")
                .addParameter(strings, "problems")
                .addParameter(differences, "differences")
                .addException(IOException.class)
                .addCode(named(types, lines(
                        "$node:T original;",
                        "try {",
                        "    original = READER.readTree(body);",
                        "} catch ($readFailure:T e) {",
                        "    problems.add(\"is not JSON: \" + firstLine(e.getMessage()));",
                        "    return;",
                        "} catch ($runtimeException:T e) {",
                        "    // a number Jackson cannot hold exactly, such as 1e2147483648",
                        "    problems.add(\"cannot be read exactly: \" + firstLine(e.getMessage()));",
                        "    return;",
                        "}",
                        "$string:T written;",
                        "try {",
                        "    written = roundTrip.apply(body);",
                        "} catch ($exceptionType:T e) {",
                        "    problems.add(\"cannot be read into \" + model + \": \" + firstLine(e.getMessage()));",
                        "    return;",
                        "}",
                        "compare(contract, \"\", \"\", original, READER.readTree(written), differences);")))
                .build());

        type.addMethod(MethodSpec.methodBuilder("body")
                .addJavadoc("The bytes of a recorded body: the file, or the response text of a HAR entry.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(Path.class, "folder")
                .addParameter(recording, "recording")
                .returns(byte[].class)
                .addException(IOException.class)
                .addCode(named(types, lines(
                        "byte[] bytes = $files:T.readAllBytes(folder.resolve(recording.file()));",
                        "if (recording.entry() == null) {",
                        "    return bytes;",
                        "}",
                        "$node:T content = READER.readTree(bytes).at(recording.entry() + \"/response/content\");",
                        "$string:T text = content.path(\"text\").$asText:L(\"\");",
                        "if (\"base64\".equalsIgnoreCase(content.path(\"encoding\").$asText:L(\"\"))) {",
                        "    try {",
                        "        return $base64:T.getMimeDecoder().decode(text);",
                        "    } catch ($illegalArgument:T e) {",
                        "        throw new $illegalArgument:T(\"the entry's response/content/text is not valid base64 (\"",
                        "                + e.getMessage() + \"); export the HAR again or remove the entry\", e);",
                        "    }",
                        "}",
                        "return text.getBytes($utf8:T.UTF_8);")))
                .build());

        type.addMethod(MethodSpec.methodBuilder("resolve")
                .addJavadoc("The place at {@code pattern}, following {@code same}; {@code null} when the contract says nothing.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(table, "contract")
                .addParameter(String.class, "pattern")
                .returns(place)
                .addCode(named(types, lines(
                        "$place:T place = contract.get(pattern);",
                        "for (int hops = 0; place != null && place.kind() == $kind:T.SAME && hops < contract.size(); hops++) {",
                        "    place = contract.get(place.same());",
                        "}",
                        "return place;")))
                .build());

        type.addMethod(MethodSpec.methodBuilder("compare")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(table, "contract")
                .addParameter(String.class, "pattern")
                .addParameter(String.class, "pointer")
                .addParameter(jsonNode, "original")
                .addParameter(jsonNode, "written")
                .addParameter(differences, "differences")
                .addCode(named(types, lines(
                        "$place:T place = resolve(contract, pattern);",
                        "if (original.isNull() || written.isNull() || place == null) {",
                        "    compareExactly(pointer, original, written, differences);",
                        "    return;",
                        "}",
                        "switch (place.kind()) {",
                        "    case OBJECT, MAP -> compareObject(contract, place, pointer, original, written, differences);",
                        "    case ARRAY -> {",
                        "        if (!original.isArray() || !written.isArray()) {",
                        "            compareExactly(pointer, original, written, differences);",
                        "            return;",
                        "        }",
                        "        if (original.size() != written.size()) {",
                        "            differences.changed(pointer, original.size() + \" items\", written.size() + \" items\");",
                        "        }",
                        "        for (int i = 0; i < $math:T.min(original.size(), written.size()); i++) {",
                        "            compare(contract, place.pattern() + \"/*\", pointer + \"/\" + i, original.get(i),",
                        "                    written.get(i), differences);",
                        "        }",
                        "    }",
                        "    case UNION -> {",
                        "        $string:T value = original.path(place.discriminator()).$textValue:L;",
                        "        if (original.isObject() && place.values().contains(value)) {",
                        "            compare(contract, place.pattern() + \"{\" + place.discriminator() + \"=\" + value + \"}\",",
                        "                    pointer, original, written, differences);",
                        "        } else {",
                        "            differences.note(pointer, place.discriminator() + \" \" + show(original.get(place.discriminator()))",
                        "                    + \" is none the contract describes (\" + $string:T.join(\", \", place.values())",
                        "                    + \"); compared as read\");",
                        "            compareExactly(pointer, original, written, differences);",
                        "        }",
                        "    }",
                        "    case INTEGER -> {",
                        "        if (!(original.isNumber() && written.isNumber()",
                        "                && original.isIntegralNumber() == written.isIntegralNumber()",
                        "                && original.decimalValue().compareTo(written.decimalValue()) == 0)) {",
                        "            differences.changed(pointer, show(original), show(written));",
                        "        }",
                        "    }",
                        "    case NUMBER -> {",
                        "        if (!(original.isNumber() && written.isNumber()",
                        "                && original.decimalValue().compareTo(written.decimalValue()) == 0)) {",
                        "            differences.changed(pointer, show(original), show(written));",
                        "        }",
                        "    }",
                        "    case DATE_TIME, DATE, UUID -> {",
                        "        if (!sameValue(place.kind(), original, written)) {",
                        "            differences.changed(pointer, show(original), show(written));",
                        "        }",
                        "    }",
                        "    case ANY -> compareExactly(pointer, original, written, differences);",
                        "    default -> {",
                        "        if (!original.equals(written)) {",
                        "            differences.changed(pointer, show(original), show(written));",
                        "        }",
                        "    }",
                        "}")))
                .build());

        type.addMethod(MethodSpec.methodBuilder("compareObject")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(table, "contract")
                .addParameter(place, "place")
                .addParameter(String.class, "pointer")
                .addParameter(jsonNode, "original")
                .addParameter(jsonNode, "written")
                .addParameter(differences, "differences")
                .addCode(named(types, lines(
                        "if (!original.isObject() || !written.isObject()) {",
                        "    compareExactly(pointer, original, written, differences);",
                        "    return;",
                        "}",
                        "$set:T<$string:T> names = new $linkedHashSet:T<>();",
                        "names.addAll(propertyNames(original));",
                        "names.addAll(propertyNames(written));",
                        "for ($string:T name : names) {",
                        "    $node:T before = original.get(name);",
                        "    $node:T after = written.get(name);",
                        "    $string:T at = pointer + \"/\" + name.replace(\"~\", \"~0\").replace(\"/\", \"~1\");",
                        "    $string:T childPattern = place.kind() == $kind:T.MAP ? place.pattern() + \"/*\"",
                        "            : place.properties().contains(name)",
                        "            ? place.pattern() + \"/\" + name.replace(\"~\", \"~0\").replace(\"/\", \"~1\") : null;",
                        "    if (childPattern == null) {",
                        "        if (before != null) {",
                        "            differences.note(at, \"is not described by the contract\"",
                        "                    + (after == null ? \"; the model drops it\" : \"\"));",
                        "        }",
                        "        if (before != null && after != null) {",
                        "            compareExactly(at, before, after, differences);",
                        "        } else if (before == null) {",
                        "            differences.changed(at, \"absent\", show(after));",
                        "        }",
                        "        continue;",
                        "    }",
                        "    if (before == null || after == null) {",
                        "        $node:T present = before == null ? after : before;",
                        "        $place:T child = contract.get(childPattern);",
                        "        boolean optionalAndNullable = !place.required().contains(name) && child != null",
                        "                && child.nullable();",
                        "        if (!(present.isNull() && optionalAndNullable)) {",
                        "            differences.changed(at, before == null ? \"absent\" : show(before),",
                        "                    after == null ? \"absent\" : show(after));",
                        "        }",
                        "        continue;",
                        "    }",
                        "    compare(contract, childPattern, at, before, after, differences);",
                        "}")))
                .build());

        type.addMethod(MethodSpec.methodBuilder("compareExactly")
                .addJavadoc("Compares values the contract says nothing more about: exactly, numbers by value and kind.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(String.class, "pointer")
                .addParameter(jsonNode, "original")
                .addParameter(jsonNode, "written")
                .addParameter(differences, "differences")
                .addCode(named(types, lines(
                        "if (original.isObject() && written.isObject()) {",
                        "    $set:T<$string:T> names = new $linkedHashSet:T<>();",
                        "    names.addAll(propertyNames(original));",
                        "    names.addAll(propertyNames(written));",
                        "    for ($string:T name : names) {",
                        "        $string:T at = pointer + \"/\" + name.replace(\"~\", \"~0\").replace(\"/\", \"~1\");",
                        "        $node:T before = original.get(name);",
                        "        $node:T after = written.get(name);",
                        "        if (before == null || after == null) {",
                        "            differences.changed(at, before == null ? \"absent\" : show(before),",
                        "                    after == null ? \"absent\" : show(after));",
                        "        } else {",
                        "            compareExactly(at, before, after, differences);",
                        "        }",
                        "    }",
                        "} else if (original.isArray() && written.isArray()) {",
                        "    if (original.size() != written.size()) {",
                        "        differences.changed(pointer, original.size() + \" items\", written.size() + \" items\");",
                        "    }",
                        "    for (int i = 0; i < $math:T.min(original.size(), written.size()); i++) {",
                        "        compareExactly(pointer + \"/\" + i, original.get(i), written.get(i), differences);",
                        "    }",
                        "} else if (original.isNumber() && written.isNumber()) {",
                        "    if (original.isIntegralNumber() != written.isIntegralNumber()",
                        "            || original.decimalValue().compareTo(written.decimalValue()) != 0) {",
                        "        differences.changed(pointer, show(original), show(written));",
                        "    }",
                        "} else if (!original.equals(written)) {",
                        "    differences.changed(pointer, show(original), show(written));",
                        "}")))
                .build());

        type.addMethod(MethodSpec.methodBuilder("sameValue")
                .addJavadoc("Date-times, dates and UUIDs: equal as values ({@code .000Z} and {@code Z} are one time).\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(kind, "kind")
                .addParameter(jsonNode, "original")
                .addParameter(jsonNode, "written")
                .returns(boolean.class)
                .addCode(named(types, lines(
                        "if (!original.$isTextual:L() || !written.$isTextual:L()) {",
                        "    return original.equals(written);",
                        "}",
                        "$string:T before = original.$textValue:L;",
                        "$string:T after = written.$textValue:L;",
                        "try {",
                        "    return switch (kind) {",
                        "        case DATE_TIME -> $offsetDateTime:T.parse(before).equals($offsetDateTime:T.parse(after));",
                        "        case DATE -> $localDate:T.parse(before).equals($localDate:T.parse(after));",
                        "        case UUID -> $uuid:T.fromString(before).equals($uuid:T.fromString(after));",
                        "        default -> before.equals(after);",
                        "    };",
                        "} catch ($runtimeException:T notParsed) {",
                        "    return before.equals(after);",
                        "}")))
                .build());

        type.addMethod(MethodSpec.methodBuilder("show")
                .addJavadoc("A value as JSON text, shortened.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(jsonNode, "value")
                .returns(String.class)
                .addCode(named(types, lines(
                        "if (value == null) {",
                        "    return \"absent\";",
                        "}",
                        "$string:T text;",
                        "if (value.isBigDecimal()) {",
                        "    // plain only while that stays short: 1e2147483647 has no plain form worth writing",
                        "    $bigDecimal:T decimal = value.decimalValue();",
                        "    text = $math:T.abs((long) decimal.scale()) > SHOWN ? decimal.toString() : decimal.toPlainString();",
                        "} else {",
                        "    text = value.toString();",
                        "}",
                        "return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + \"...\";")))
                .build());

        type.addMethod(documented(MethodSpec.methodBuilder("report")
                .addJavadoc(lines(
                        "Reports a line as a JUnit report entry (key {@code jsoncontract}), which IDEs show and",
                        "{@code mvn -q} does not print; with {@code -Djsoncontract.print=true} it is also printed."))
                .addModifiers(Modifier.STATIC)
                .addParameter(TEST_REPORTER, "reporter")
                .addParameter(String.class, "text")
                .addCode(named(types, lines(
                        "reporter.publishEntry(\"jsoncontract\", text);",
                        "if ($boolean:T.getBoolean(\"jsoncontract.print\")) {",
                        "    $system:T.out.println(text);",
                        "}")))
                .build(), null));

        type.addMethod(MethodSpec.methodBuilder("propertyNames")
                .addJavadoc("The member names of an object, in wire order.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(jsonNode, "node")
                .returns(strings)
                .addCode(jackson == JacksonVersion.JACKSON_2
                        ? named(types, lines(
                                "$list:T<$string:T> names = new $arrayList:T<>();",
                                "node.fieldNames().forEachRemaining(names::add);",
                                "return names;"))
                        : named(types, "return new $arrayList:T<>(node.propertyNames());\n"))
                .build());

        type.addMethod(MethodSpec.methodBuilder("firstLine")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(String.class, "message")
                .returns(String.class)
                .addCode(named(types, lines(
                        "if (message == null) {",
                        "    return \"\";",
                        "}",
                        "int end = message.indexOf('\\n');",
                        "return end < 0 ? message : message.substring(0, end);")))
                .build());

        type.addMethod(documented(MethodSpec.methodBuilder("coverage")
                .addJavadoc(lines(
                        "One test per enum and per oneOf of the contract, reporting the values the recordings never",
                        "use (and those they use that the contract does not list) as a JUnit report entry, which",
                        "test reports show and {@code mvn -q} does not print. Never fails: coverage is information."))
                .addModifiers(Modifier.STATIC)
                .addParameter(table, "contract")
                .addParameter(Path.class, "folder")
                .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), recording), "recordings")
                .addParameter(TEST_REPORTER, "reporter")
                .returns(ParameterizedTypeName.get(ClassName.get(Stream.class), DYNAMIC_TEST))
                .addCode(named(types, lines(
                        "$map:T<$string:T, $set:T<$string:T>> seen = new $linkedHashMap:T<>();",
                        "for ($recording:T recording : recordings) {",
                        "    try {",
                        "        collect(contract, \"\", READER.readTree(body(folder, recording)), seen);",
                        "    } catch ($ioException:T | $runtimeException:T e) {",
                        "        // that recording's own test reports it",
                        "    }",
                        "}",
                        "return contract.values().stream()",
                        "        .filter(place -> place.kind() == $kind:T.UNION",
                        "                || (place.kind() == $kind:T.ENUM && place.values().size() > 1))",
                        "        .map(place -> $dynamicTest:T.dynamicTest(place.label(),",
                        "                () -> report(reporter, coverageLine(place, seen.getOrDefault(place.pattern(),",
                        "                        $set:T.of())))));")))
                .build(), "one test per enum and per oneOf"));

        type.addMethod(documented(MethodSpec.methodBuilder("coverageLine")
                .addJavadoc(lines(
                        "{@code coverage call_status: never seen: forwarding}, or {@code every value seen}; values",
                        "seen that the contract does not list follow."))
                .addModifiers(Modifier.STATIC)
                .addParameter(place, "place")
                .addParameter(ParameterizedTypeName.get(Set.class, String.class), "seen")
                .returns(String.class)
                .addCode(named(types, lines(
                        "$list:T<$string:T> never = new $arrayList:T<>(place.values());",
                        "never.removeAll(seen);",
                        "$set:T<$string:T> unknown = new $treeSet:T<>(seen);",
                        "unknown.removeAll(place.values());",
                        "$string:T line = \"coverage \" + place.label() + \": \" + (never.isEmpty()",
                        "        ? \"every value seen (\" + place.values().size() + \")\"",
                        "        : \"never seen: \" + $string:T.join(\", \", never));",
                        "return unknown.isEmpty() ? line : line + \"; seen but not in the contract: \" + $string:T.join(\", \", unknown);")))
                .build(), "the line"));

        type.addMethod(MethodSpec.methodBuilder("collect")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(table, "contract")
                .addParameter(String.class, "pattern")
                .addParameter(jsonNode, "value")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                        ParameterizedTypeName.get(Set.class, String.class)), "seen")
                .addCode(named(types, lines(
                        "$place:T place = resolve(contract, pattern);",
                        "if (place == null || value == null || value.isNull()) {",
                        "    return;",
                        "}",
                        "switch (place.kind()) {",
                        "    case OBJECT -> {",
                        "        for ($string:T name : place.properties()) {",
                        "            collect(contract, place.pattern() + \"/\" + name.replace(\"~\", \"~0\").replace(\"/\", \"~1\"),",
                        "                    value.get(name), seen);",
                        "        }",
                        "    }",
                        "    case MAP, ARRAY -> {",
                        "        for ($node:T element : value) {",
                        "            collect(contract, place.pattern() + \"/*\", element, seen);",
                        "        }",
                        "    }",
                        "    case UNION -> {",
                        "        $string:T discriminator = value.path(place.discriminator()).$textValue:L;",
                        "        if (discriminator != null) {",
                        "            seen.computeIfAbsent(place.pattern(), key -> new $linkedHashSet:T<>()).add(discriminator);",
                        "            if (place.values().contains(discriminator)) {",
                        "                collect(contract, place.pattern() + \"{\" + place.discriminator() + \"=\" + discriminator",
                        "                        + \"}\", value, seen);",
                        "            }",
                        "        }",
                        "    }",
                        "    case ENUM -> {",
                        "        if (value.$isTextual:L()) {",
                        "            seen.computeIfAbsent(place.pattern(), key -> new $linkedHashSet:T<>()).add(value.$textValue:L);",
                        "        }",
                        "    }",
                        "    default -> {",
                        "        // nothing to count",
                        "    }",
                        "}")))
                .build());
        return type;
    }

    private static TypeSpec kindEnum(ClassName kind) {
        TypeSpec.Builder type = TypeSpec.enumBuilder(kind)
                .addJavadoc("What a place holds.\n");
        for (Kind value : Kind.values()) {
            type.addEnumConstant(value.name(), TypeSpec.anonymousClassBuilder("")
                    .addJavadoc("$L\n", value.description())
                    .build());
        }
        return type.build();
    }

    private static TypeSpec differencesClass(ClassName differences, Map<String, Object> types) {
        return TypeSpec.classBuilder(differences)
                .addJavadoc("What a comparison found: problems (fail the test) and notes (reported).\n")
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addField(String.class, "source", Modifier.PRIVATE, Modifier.FINAL)
                .addField(String.class, "prefix", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(ParameterizedTypeName.get(List.class, String.class), "problems",
                        Modifier.FINAL).addJavadoc("What fails the test, one line each.\n")
                        .initializer("new $T<>()", ArrayList.class).build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(List.class, String.class), "notes",
                        Modifier.FINAL).addJavadoc("What is reported without failing, one line each.\n")
                        .initializer("new $T<>()", ArrayList.class).build())
                .addMethod(documented(MethodSpec.constructorBuilder()
                        .addJavadoc("Nothing found yet.\n")
                        .addParameter(String.class, "source")
                        .addParameter(String.class, "prefix")
                        .addStatement("this.source = source")
                        .addStatement("this.prefix = prefix")
                        .build(), null))
                .addMethod(documented(MethodSpec.methodBuilder("changed")
                        .addJavadoc("A value the round trip changed: a problem.\n")
                        .addParameter(String.class, "pointer")
                        .addParameter(String.class, "before")
                        .addParameter(String.class, "after")
                        .addStatement("problems.add(prefix + place(pointer) + \": \" + before + \" became \" + after)")
                        .build(), null))
                .addMethod(documented(MethodSpec.methodBuilder("note")
                        .addJavadoc("Something worth knowing that fails nothing.\n")
                        .addParameter(String.class, "pointer")
                        .addParameter(String.class, "text")
                        .addStatement("notes.add(\"jsoncontract: \" + place(pointer) + \": \" + text)")
                        .build(), null))
                .addMethod(MethodSpec.methodBuilder("place")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(String.class, "pointer")
                        .returns(String.class)
                        .addStatement("return pointer.isEmpty() ? source : source + \"#\" + pointer")
                        .build())
                .build();
    }

    /** What each parameter of the support code's package-level methods is, for their {@code @param} tags. */
    private static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("pattern", "the JSON Pointer pattern of the place"),
            Map.entry("kind", "what the place holds"),
            Map.entry("nullable", "whether the contract allows {@code null} there"),
            Map.entry("required", "the properties the object requires"),
            Map.entry("properties", "the properties the contract describes"),
            Map.entry("discriminator", "the property whose value tells the branches apart"),
            Map.entry("values", "the values the contract lists"),
            Map.entry("label", "how the coverage line names the place"),
            Map.entry("same", "the pattern of the place described alike"),
            Map.entry("places", "the places"),
            Map.entry("file", "the file, relative to the recordings folder"),
            Map.entry("entry", "the entry's JSON Pointer in the HAR file, or {@code \"\"} for the file's own findings"),
            Map.entry("findings", "the violations {@code verify} found, as its reports write them"),
            Map.entry("relative", "the folder relative to the project, as the test was generated"),
            Map.entry("contract", "the contract table"),
            Map.entry("folder", "the recordings folder"),
            Map.entry("recording", "the recording"),
            Map.entry("recordings", "the recordings"),
            Map.entry("model", "the generated type, as people write it"),
            Map.entry("roundTrip", "reads a body into the model and writes it back"),
            Map.entry("reporter", "receives what is worth knowing but fails nothing, as JUnit report entries"),
            Map.entry("place", "the place"),
            Map.entry("seen", "the values the recordings hold there"),
            Map.entry("body", "the response body"),
            Map.entry("source", "what test names and messages call the recording"),
            Map.entry("prefix", "what each problem starts with"),
            Map.entry("pointer", "the JSON Pointer of the value"),
            Map.entry("before", "the value as recorded"),
            Map.entry("after", "the value as written back"),
            Map.entry("text", "what to say about it"));

    /**
     * {@code method} with an {@code @param} for each parameter and an {@code @return}, so that the support
     * code passes the Javadoc lint at package level.
     */
    private static MethodSpec documented(MethodSpec method, String returns) {
        MethodSpec.Builder documented = method.toBuilder().addJavadoc("\n");
        for (ParameterSpec parameter : method.parameters()) {
            String doc = PARAMETERS.get(parameter.name());
            if (doc == null) {
                throw new IllegalStateException("no Javadoc for the parameter " + parameter.name());
            }
            documented.addJavadoc("@param $L $L\n", parameter.name(), doc);
        }
        if (returns != null) {
            documented.addJavadoc("@return $L\n", returns);
        }
        return documented.build();
    }

    /** {@code @param} lines for the components of a record of the support code. */
    private static CodeBlock components(String... names) {
        CodeBlock.Builder docs = CodeBlock.builder().add("\n");
        for (String name : names) {
            docs.add("@param $L $L\n", name, PARAMETERS.get(name));
        }
        return docs.build();
    }

    private record Param(TypeName type, String name) {
    }

    private static Param param(TypeName type, String name) {
        return new Param(type, name);
    }

    private static Param param(Class<?> type, String name) {
        return new Param(TypeName.get(type), name);
    }

    private static MethodSpec factory(String name, ClassName returns, Map<String, Object> types, String javadoc,
            List<Param> params, String body) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addJavadoc("$L\n", javadoc)
                .addModifiers(Modifier.STATIC)
                .returns(returns);
        params.forEach(p -> method.addParameter(p.type(), p.name()));
        return documented(method.addCode(named(types, body)).build(), "the place");
    }

    private static CodeBlock named(Map<String, Object> types, String code) {
        return CodeBlock.builder().addNamed(code, types).build();
    }

    /** Lines of generated code or Javadoc, each ended by a line break. */
    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}

package dev.jsoncontract.codegen;

import com.palantir.javapoet.TypeName;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.SchemaNode;

/**
 * Maps a schema to the Java type that represents it, declaring the records, enums and sealed
 * interfaces it needs on the way. The model generator implements it; the client generator uses it
 * for response bodies.
 */
public interface TypeMapper {

    /**
     * @param schema the schema to map (a {@code $ref} is followed)
     * @param required whether the value is always present and never null; when {@code false} the
     *     result is a boxed or reference type
     * @return the Java type, e.g. {@code List<Call>}
     * @throws ContractException when the schema uses a construct that cannot be mapped, naming the
     *     file and JSON Pointer
     */
    TypeName map(SchemaNode schema, boolean required) throws ContractException;

    /**
     * @param schema the schema (a {@code $ref} is followed)
     * @return whether the schema allows {@code null} as the value itself; by default {@code false}
     * @throws ContractException when the schema uses a construct that cannot be mapped
     */
    default boolean allowsNull(SchemaNode schema) throws ContractException {
        return false;
    }
}

package dev.jsoncontract.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The JSON Schema drafts jsoncontract reads. Draft-04 and draft-06 documents are read with their
 * own spelling of the few keywords that changed (draft-04's {@code id} and boolean
 * {@code exclusiveMaximum}/{@code exclusiveMinimum}); everything else follows draft-07.
 */
public enum Draft {
    DRAFT_04("id"),
    DRAFT_06("$id"),
    DRAFT_07("$id"),
    /** 2019-09 and 2020-12, which jsoncontract refuses: their {@code $ref}, {@code $defs} and vocabularies differ. */
    UNSUPPORTED("$id");

    private final String idKeyword;

    Draft(String idKeyword) {
        this.idKeyword = idKeyword;
    }

    /** The keyword that sets a base URI: {@code id} in draft-04, {@code $id} after. */
    public String idKeyword() {
        return idKeyword;
    }

    /** The draft a document declares in its {@code $schema}; draft-07 when it names none or an unknown one. */
    public static Draft of(JsonNode document) {
        JsonNode schema = document.isObject() ? document.get("$schema") : null;
        if (schema == null || !schema.isTextual()) {
            return DRAFT_07;
        }
        String uri = schema.asText().toLowerCase(Locale.ROOT);
        if (uri.contains("draft-04") || uri.contains("draft-03")) {
            return DRAFT_04;
        }
        if (uri.contains("draft-06")) {
            return DRAFT_06;
        }
        if (uri.contains("2019-09") || uri.contains("2020-12") || uri.contains("/next/")) {
            return UNSUPPORTED;
        }
        return DRAFT_07;
    }
}

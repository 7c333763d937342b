package example;

import example.calls.Call;
import example.calls.CallStatus;
import example.calls.CallsClient;
import example.calls.FailureReason;
import example.calls.ListCallsQuery;
import example.calls.Message;
import example.calls.ToolCallResultMessage;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

/** The README's quick start, exactly as written there. */
public final class App {

    private App() {
    }

    public static void main(String[] args) {
        CallsClient client = CallsClient.builder()
                .baseUrl(URI.create("https://api.clarionhealth.com/v1"))
                .bearerToken(System.getenv("CLARION_API_TOKEN"))
                .build();
        List<Call> calls = client.listCalls(ListCallsQuery.builder()
                .limit(50)
                .createdAtGe(OffsetDateTime.parse("2026-11-01T00:00:00Z"))
                .build());
        for (Call call : calls) {
            CallStatus status = call.callStatus();          // e.g. CallStatus.IN_PROGRESS
            FailureReason reason = call.failureReason();    // null when absent
            for (Message m : call.messages()) {
                if (m instanceof ToolCallResultMessage r) { System.out.println(r.name() + " " + r.result()); }
            }
        }
    }
}

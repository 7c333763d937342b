package dev.jsoncontract.verify.live;
// LOCAL STUB - NOT TO BE COMMITTED (verify-live owns this file)
public final class LiveFetcher {
    public static java.util.List<dev.jsoncontract.verify.ResponseBody> fetch(LiveRequest request, java.util.function.Consumer<String> log) throws LiveException {
        throw new LiveException("stub");
    }
}

package dev.jsoncontract.verify.live;
// LOCAL STUB - NOT TO BE COMMITTED (verify-live owns this file)
public class LiveException extends Exception {
    public LiveException(String m) { super(m); }
}

package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.verify.recorded.FileBody;
import dev.jsoncontract.verify.recorded.Recordings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ThreadSafetyTest {

    private static ResponseValidator fresh() throws Exception {
        Contract contract = ContractLoader.loadBundled();
        return ResponseValidator.forOperation(contract, contract.operations().get(0));
    }

    private static List<ResponseBody> itRecordings() throws Exception {
        List<ResponseBody> bodies = new ArrayList<>();
        try (Stream<Path> its = Files.list(Path.of("it"))) {
            for (Path folder : its.map(it -> it.resolve("src/test/resources/recordings")).filter(Files::isDirectory)
                    .sorted().toList()) {
                for (Recordings.Recording recording : Recordings.list(folder)) {
                    if (!recording.har()) {
                        bodies.add(new FileBody(folder.getParent().getParent().getParent().getParent().getFileName()
                                + "/" + recording.source(), recording.file()));
                    }
                }
            }
        }
        return bodies;
    }

    @Test
    @DisplayName("a fresh validator whose caches fill from 8 threads at once gives the results of one thread")
    void cachesFillConcurrently() throws Exception {
        List<ResponseBody> bodies = itRecordings();
        List<CheckedBody> expected = new ArrayList<>();
        ResponseValidator sequential = fresh();
        for (ResponseBody body : bodies) {
            expected.add(sequential.check(body, false));
        }
        assertThat(expected).flatExtracting(CheckedBody::findings).hasSizeGreaterThan(5);
        for (int round = 0; round < 3; round++) {
            ResponseValidator shared = fresh();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<CheckedBody>>> results = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        List<CheckedBody> checked = new ArrayList<>();
                        for (ResponseBody body : bodies) {
                            checked.add(shared.check(body, false));
                        }
                        return checked;
                    }));
                }
                start.countDown();
                for (Future<List<CheckedBody>> result : results) {
                    assertThat(result.get()).isEqualTo(expected);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    @DisplayName("schema cache keys compare by identity, not by everit's structural equality")
    void identityKeys() {
        String a = new String("schema");
        String b = new String("schema");
        assertThat(new IdentityKey(a)).isEqualTo(new IdentityKey(a)).hasSameHashCodeAs(new IdentityKey(a));
        assertThat(new IdentityKey(a)).isNotEqualTo(new IdentityKey(b));
    }
}

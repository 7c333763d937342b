package dev.jsoncontract.bench.memory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.GarbageCollectionNotificationInfo;
import dev.jsoncontract.bench.CallSchema;
import dev.jsoncontract.bench.JsoncontractVerify;
import dev.jsoncontract.verify.CheckedBody;
import dev.jsoncontract.verify.ResponseValidator;
import dev.jsoncontract.verify.recorded.FileBody;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.json.JSONArray;
import org.json.JSONTokener;

/**
 * Runs one workload over every {@code *.json} file of a corpus (or one file), one file at a time,
 * and prints one line of {@code key=value} pairs:
 * <ul>
 *   <li>{@code peakHeapMB}: the highest heap use seen, sampled every 5 ms and at every GC (before
 *       collection), so it includes garbage not yet collected: it depends on {@code -Xmx} and the
 *       collector;</li>
 *   <li>{@code liveHeapMB}: the highest heap use right after a GC, the closest to the live set:
 *       this is the figure that must stay flat as the corpus grows ({@code none} when no GC ran);</li>
 *   <li>{@code outcome}: {@code ok}, or {@code OutOfMemoryError} and the file it happened on, or
 *       {@code stopped} and the file it was on when the JVM was stopped from outside (SIGTERM:
 *       {@code bench/run}'s time limit); the figures are then those reached so far.</li>
 * </ul>
 *
 * <p>Workloads: {@code jackson} (readTree), {@code everit} (org.json parse + everit validation,
 * the naive baseline) and {@code verify} (jsoncontract's per-file validation path).
 */
public final class MemoryRun {

    private static final AtomicLong COLLECTIONS = new AtomicLong();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());

    private MemoryRun() {
    }

    @FunctionalInterface
    interface Workload {
        /** Handles one file; returns a number that depends on the result (kept, so nothing is optimised away). */
        long run(Path file) throws IOException;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: MemoryRun (jackson|everit|verify) <corpus folder or file>");
            System.exit(2);
        }
        Workload workload = workload(args[0]);
        List<Path> files = files(Path.of(args[1]));

        AtomicLong peak = new AtomicLong();
        AtomicLong live = new AtomicLong();
        watchCollections(peak, live);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        Progress progress = new Progress(args[0], files.size(), peak, live);
        // stopped from outside (bench/run's time limit sends SIGTERM): still say how far it got
        Thread report = new Thread(() -> progress.print("stopped@" + progress.file), "memory-report");
        Runtime.getRuntime().addShutdownHook(report);
        String outcome = "ok";
        for (Path file : files) {
            progress.file = file.getFileName().toString();
            try {
                progress.check += workload.run(file);
                progress.bytes += Files.size(file);
            } catch (OutOfMemoryError e) {
                outcome = "OutOfMemoryError@" + file.getFileName();
                break;
            }
        }
        sampler.interrupt();
        sampler.join();
        progress.print(outcome);
        Runtime.getRuntime().removeShutdownHook(report);
    }

    /** How far the run got, printed once: at the end, or when the JVM is stopped. */
    private static final class Progress {
        final String workload;
        final int files;
        final AtomicLong peak;
        final AtomicLong live;
        final long start = System.nanoTime();
        volatile String file = "-";
        volatile long bytes;
        volatile long check;
        private boolean printed;

        Progress(String workload, int files, AtomicLong peak, AtomicLong live) {
            this.workload = workload;
            this.files = files;
            this.peak = peak;
            this.live = live;
        }

        synchronized void print(String outcome) {
            if (printed) {
                return;
            }
            printed = true;
            double seconds = (System.nanoTime() - start) / 1e9;
            peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
            System.out.printf(Locale.ROOT,
                    "workload=%s files=%d bytes=%d seconds=%.2f peakHeapMB=%.1f liveHeapMB=%s gcs=%d maxHeapMB=%.1f check=%d outcome=%s%n",
                    workload, files, bytes, seconds, mb(peak.get()),
                    COLLECTIONS.get() == 0 ? "none" : String.format(Locale.ROOT, "%.1f", mb(live.get())),
                    COLLECTIONS.get(), mb(MEMORY.getHeapMemoryUsage().getMax()), check, outcome);
            System.out.flush();
        }
    }

    static Workload workload(String name) {
        switch (name) {
            case "jackson": {
                ObjectMapper mapper = new ObjectMapper();
                return file -> {
                    try (InputStream in = open(file)) {
                        return mapper.readTree(in).size();
                    }
                };
            }
            case "everit": {
                Schema response = CallSchema.response();
                return file -> {
                    JSONArray calls;
                    try (InputStream in = open(file)) {
                        calls = new JSONArray(new JSONTokener(new InputStreamReader(in, StandardCharsets.UTF_8)));
                    }
                    try {
                        response.validate(calls);
                        return calls.length();
                    } catch (ValidationException e) {
                        return -e.getViolationCount();
                    }
                };
            }
            case "verify": {
                ResponseValidator validator = JsoncontractVerify.validator();
                return file -> {
                    CheckedBody checked = validator.check(new FileBody(file.getFileName().toString(), file), false);
                    return checked.clean() ? 1 : -checked.findings().size();
                };
            }
            default:
                throw new IllegalArgumentException("Unknown workload " + name + ": use jackson, everit or verify.");
        }
    }

    private static InputStream open(Path file) throws IOException {
        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    static List<Path> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of(root);
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    /** At every GC: heap before it feeds the peak, heap after it the live set. */
    private static void watchCollections(AtomicLong peak, AtomicLong live) {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        return;
                    }
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                    COLLECTIONS.incrementAndGet();
                    peak.accumulateAndGet(sum(info.getMemoryUsageBeforeGc()), Math::max);
                    live.accumulateAndGet(sum(info.getMemoryUsageAfterGc()), Math::max);
                }, null, null);
            }
        }
    }

    /** Heap pools only: the collectors report non-heap pools (metaspace, code cache) too. */
    private static long sum(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream()
                .filter(pool -> HEAP_POOLS.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed())
                .sum();
    }

    private static double mb(long bytes) {
        return bytes / 1_000_000.0;
    }
}

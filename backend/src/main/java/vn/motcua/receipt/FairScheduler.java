package vn.motcua.receipt;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs expensive jobs (decoding photos) fairly between clients, and never blocks a thread while a job waits.
 *
 * <p>At most {@code maxRunning} jobs run at once on the executor, at most {@code perClientRunning} of them for one
 * client. Waiting jobs are queued per client ({@code perClientQueued} each, {@code maxQueuedBytes} in all) and the
 * clients take turns: when a slot frees, the next client in the rotation that may run gets it, then goes to the back.
 * So one client's flood occupies one slot and its own short queue; everyone else's photo runs at once or in the next
 * free slot. A client whose own queue is full is refused ({@link Busy}, 429 with a wait); so is anyone when all
 * queues together hold too many bytes (503). A waiting job is only a queue entry: no thread, no semaphore.
 */
public final class FairScheduler {
    private final int maxRunning;
    private final int perClientRunning;
    private final int perClientQueued;
    private final long maxQueuedBytes;
    private final Duration perJobEstimate;
    private final Executor executor;

    // guarded by this
    private final Map<String, ClientJobs> clients = new HashMap<>();
    private final ArrayDeque<String> rotation = new ArrayDeque<>();
    private int running;
    private long queuedBytes;

    public FairScheduler(int maxRunning, int perClientRunning, int perClientQueued, long maxQueuedBytes,
                         Duration perJobEstimate, Executor executor) {
        if (maxRunning < 1 || perClientRunning < 1 || perClientQueued < 0 || maxQueuedBytes < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxRunning = maxRunning;
        this.perClientRunning = perClientRunning;
        this.perClientQueued = perClientQueued;
        this.maxQueuedBytes = maxQueuedBytes;
        this.perJobEstimate = perJobEstimate;
        this.executor = executor;
    }

    /**
     * Runs {@code work} for {@code client} when its turn comes; {@code bytes} is what the job holds while it waits.
     * The answer arrives on the caller's Vert.x context when there is one. Cancelling a waiting job removes it.
     */
    public <T> Uni<T> submit(String client, long bytes, Supplier<T> work) {
        return Uni.createFrom().<T>emitter(emitter -> {
            Job<T> job = new Job<>(client, bytes, work, emitter, Vertx.currentContext());
            Busy refusal = enqueue(job);
            if (refusal != null) {
                emitter.fail(refusal);
                return;
            }
            emitter.onTermination(() -> withdraw(job));
            dispatch();
        });
    }

    /** Jobs running and waiting now (for tests and metrics). */
    public synchronized int running() {
        return running;
    }

    public synchronized int waiting() {
        return clients.values().stream().mapToInt(c -> c.waiting.size()).sum();
    }

    private synchronized Busy enqueue(Job<?> job) {
        ClientJobs jobs = clients.computeIfAbsent(job.client, k -> new ClientJobs());
        // after every dispatch a free slot means every waiting client is at its own cap: this job starts at once
        boolean startsNow = running < maxRunning && jobs.running < perClientRunning;
        if (!startsNow && jobs.waiting.size() >= perClientQueued) {
            forgetIfIdle(job.client, jobs);
            return new Busy(429, wait(jobs.running + jobs.waiting.size()));
        }
        if (!startsNow && queuedBytes + job.bytes > maxQueuedBytes) {
            forgetIfIdle(job.client, jobs);
            return new Busy(503, wait(1 + waitingJobs() / Math.max(1, maxRunning)));
        }
        jobs.waiting.addLast(job);
        queuedBytes += job.bytes;
        if (!rotation.contains(job.client)) {
            rotation.addLast(job.client);
        }
        return null;
    }

    /** Starts as many waiting jobs as the caps allow, clients in turn; runs the jobs outside the lock. */
    private void dispatch() {
        while (true) {
            Job<?> next;
            synchronized (this) {
                next = takeNext();
                if (next == null) {
                    return;
                }
            }
            Job<?> started = next;
            try {
                executor.execute(() -> started.run(this));
            } catch (RuntimeException e) {
                finished(started);
                started.emitter.fail(e);
            }
        }
    }

    private Job<?> takeNext() {
        if (running >= maxRunning) {
            return null;
        }
        for (Iterator<String> turn = rotation.iterator(); turn.hasNext(); ) {
            String client = turn.next();
            ClientJobs jobs = clients.get(client);
            if (jobs.running >= perClientRunning) {
                continue;
            }
            Job<?> job = jobs.waiting.pollFirst();
            turn.remove();
            if (!jobs.waiting.isEmpty()) {
                rotation.addLast(client);
            }
            queuedBytes -= job.bytes;
            job.started = true;
            jobs.running++;
            running++;
            return job;
        }
        return null;
    }

    private void finished(Job<?> job) {
        synchronized (this) {
            ClientJobs jobs = clients.get(job.client);
            jobs.running--;
            running--;
            forgetIfIdle(job.client, jobs);
        }
        dispatch();
    }

    private synchronized void withdraw(Job<?> job) {
        ClientJobs jobs = clients.get(job.client);
        if (job.started || jobs == null || !jobs.waiting.remove(job)) {
            return;
        }
        queuedBytes -= job.bytes;
        if (jobs.waiting.isEmpty()) {
            rotation.remove(job.client);
        }
        forgetIfIdle(job.client, jobs);
    }

    private void forgetIfIdle(String client, ClientJobs jobs) {
        if (jobs.running == 0 && jobs.waiting.isEmpty()) {
            clients.remove(client);
        }
    }

    private int waitingJobs() {
        return clients.values().stream().mapToInt(c -> c.waiting.size()).sum();
    }

    private long wait(int jobsAhead) {
        return Math.max(1, (long) Math.ceil(perJobEstimate.toMillis() * Math.max(1, jobsAhead) / 1000.0));
    }

    /** Refused: too much already waits. {@code status} 429 (this client's queue) or 503 (everyone's). */
    public static final class Busy extends RuntimeException {
        private final int status;
        private final long retryAfterSeconds;

        Busy(int status, long retryAfterSeconds) {
            super(status == 429 ? "this client's queue is full" : "the decode queue is full", null, false, false);
            this.status = status;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public int status() {
            return status;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private static final class ClientJobs {
        final ArrayDeque<Job<?>> waiting = new ArrayDeque<>();
        int running;
    }

    private static final class Job<T> {
        final String client;
        final long bytes;
        final Supplier<T> work;
        final UniEmitter<? super T> emitter;
        final Context context;
        boolean started;

        Job(String client, long bytes, Supplier<T> work, UniEmitter<? super T> emitter, Context context) {
            this.client = client;
            this.bytes = bytes;
            this.work = work;
            this.emitter = emitter;
            this.context = context;
        }

        void run(FairScheduler scheduler) {
            T result = null;
            Throwable failure = null;
            try {
                result = work.get();
            } catch (Throwable e) {
                failure = e;
            } finally {
                scheduler.finished(this);
            }
            T item = result;
            Throwable error = failure;
            Runnable answer = () -> {
                if (error != null) {
                    emitter.fail(error);
                } else {
                    emitter.complete(item);
                }
            };
            if (context != null) {
                context.runOnContext(x -> answer.run());
            } else {
                answer.run();
            }
        }
    }
}
